// In/out fixtures, Turf style: tests/fixtures/<stage>/<case>/input.* → output.json.
// UPDATE=1 rewrites the expected outputs from the current code.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

const ROOT = new URL('../fixtures/', import.meta.url).pathname;

export function fixtureCases(stage: string): Array<{ name: string; dir: string }> {
  const dir = join(ROOT, stage);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => ({ name: d.name, dir: join(dir, d.name) }));
}

export function readFixture(dir: string, file: string): string {
  return readFileSync(join(dir, file), 'utf8');
}

/** Compares with output.json, or writes it when UPDATE=1 (or when it does not exist yet). */
export function expectFixture(dir: string, actual: unknown, file = 'output.json'): void {
  const path = join(dir, file);
  const text = `${JSON.stringify(actual, null, 2)}\n`;
  if (process.env.UPDATE === '1' || !existsSync(path)) {
    writeFileSync(path, text);
    return;
  }
  expect(JSON.parse(text)).toEqual(JSON.parse(readFileSync(path, 'utf8')));
}
