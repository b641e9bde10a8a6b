import { Readable } from 'node:stream';
import { expect, it } from 'vitest';
import { readJobs } from '../../src/pipeline/jsonl.ts';

it('readJobs tells the bytes read so far (UTF-8 bytes and the newline), for the progress bar', async () => {
  const lines = [JSON.stringify({ id: 'a', text: 'Ḥamā' }), 'not json'];
  const seen: number[] = [];
  const jobs = [];
  for await (const j of readJobs(Readable.from([`${lines.join('\n')}\n`]), (b) => seen.push(b))) jobs.push(j);
  expect(jobs).toHaveLength(2);
  expect(seen).toEqual([Buffer.byteLength(lines[0] as string) + 1, Buffer.byteLength(`${lines.join('\n')}\n`)]);
});
