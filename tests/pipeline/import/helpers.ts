// Test helpers for the importers: run a CSV string through the streaming converter, and compare with (or,
// with UPDATE=1, rewrite) the expected output.json of a fixture case.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { expect } from 'vitest';
import { convertCsv, type ConvertOptions, type Format, type ImportSummary } from '../../../src/pipeline/import/stream.ts';

export const FIXTURES = new URL('../../fixtures/import/', import.meta.url).pathname;

export interface Collection {
  type: 'FeatureCollection';
  schema_version: string;
  features: Array<{ id: string; properties: Record<string, unknown> & { id: string } } & Record<string, unknown>>;
  report: Array<{ input: string; status: string; events?: number; reason?: string }>;
  import: { rows: number; events: number; rejected: number; rejections_not_listed: number };
}

/** Converts CSV text; `text` is the raw output, `collection` its parse. Small chunks exercise streaming. */
export async function runCsv(
  format: Format,
  csv: string,
  options: ConvertOptions = {},
): Promise<{ summary: ImportSummary; text: string; collection: Collection }> {
  const chunks: string[] = [];
  for (let i = 0; i < csv.length; i += 997) chunks.push(csv.slice(i, i + 997));
  let text = '';
  const out = new Writable({
    write(chunk, _enc, cb) {
      text += String(chunk);
      cb();
    },
  });
  const summary = await convertCsv(Readable.from(chunks), format, out, options);
  return { summary, text, collection: JSON.parse(text) as Collection };
}

/** Fixture cases: tests/fixtures/import/<format>-<case>/input.csv → output.json (directories without input.csv are other tests' files). */
export function fixtureCases(): Array<{ name: string; format: Format; dir: string }> {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(FIXTURES, d.name, 'input.csv')))
    .map((d) => ({ name: d.name, format: d.name.startsWith('ucdp') ? 'ucdp' : 'acled', dir: join(FIXTURES, d.name) }) as const);
}

export const readInput = (dir: string): string => readFileSync(join(dir, 'input.csv'), 'utf8');

/** Compares with output.json, or writes it when UPDATE=1 or when it does not exist yet. */
export function expectOutput(dir: string, actual: unknown): void {
  const path = join(dir, 'output.json');
  const text = `${JSON.stringify(actual, null, 2)}\n`;
  if (process.env.UPDATE === '1' || !existsSync(path)) {
    writeFileSync(path, text);
    return;
  }
  expect(JSON.parse(text)).toEqual(JSON.parse(readFileSync(path, 'utf8')));
}
