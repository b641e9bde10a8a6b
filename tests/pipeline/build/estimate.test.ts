import { Readable } from 'node:stream';
import { expect, it } from 'vitest';
import { countLines } from '../../../src/pipeline/build/estimate.ts';

it('counts the non-empty lines of a JSONL stream, across chunk boundaries and CRLF', async () => {
  const chunks = ['{"id":1}\r\n{"id"', ':2}\n\n  \n{"id":3}'].map((s) => Buffer.from(s));
  expect(await countLines(Readable.from(chunks))).toBe(3);
  expect(await countLines(Readable.from([Buffer.from('')]))).toBe(0);
});
