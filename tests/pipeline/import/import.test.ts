// The streaming import: fixtures, accounting, schema validity, format mismatch, the command, atomic output.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateEvent } from '../../../src/shared/validate.ts';
import { importCommand } from '../../../src/pipeline/import/command.ts';
import { ImportError } from '../../../src/pipeline/import/stream.ts';
import { writeSyntheticAcled } from '../../../src/pipeline/import/synthetic.ts';
import { expectOutput, fixtureCases, readInput, runCsv, FIXTURES } from './helpers.ts';

const tmp = (): string => mkdtempSync(join(tmpdir(), 'cm-import-'));
const ACLED_BAD = join(FIXTURES, 'acled-bad-rows');

describe('fixtures', () => {
  for (const c of fixtureCases())
    it(`${c.name}: output matches output.json`, async () => {
      const { collection } = await runCsv(c.format, readInput(c.dir), { name: 'input.csv' });
      expectOutput(c.dir, collection);
    });

  it('every produced feature passes validateEvent', async () => {
    let n = 0;
    for (const c of fixtureCases()) {
      const { collection } = await runCsv(c.format, readInput(c.dir));
      for (const f of collection.features) {
        expect(validateEvent(f).errors).toEqual([]);
        n++;
      }
    }
    expect(n).toBeGreaterThan(5);
  });
});

describe('accounting', () => {
  it('rows in = events out + rejected', async () => {
    for (const c of fixtureCases()) {
      const { summary, collection } = await runCsv(c.format, readInput(c.dir));
      expect(summary.rows).toBe(summary.events + summary.rejected);
      expect(collection.features.length).toBe(summary.events);
      expect(collection.import).toMatchObject({ rows: summary.rows, events: summary.events, rejected: summary.rejected });
    }
  });

  it('a row without coordinates is rejected with its row number (the header is row 1)', async () => {
    const { summary } = await runCsv('acled', readInput(ACLED_BAD));
    expect(summary.rejections).toContainEqual({ row: 3, reason: 'missing coordinates' });
  });

  it('a row with the wrong column count is rejected, not shifted', async () => {
    const { summary } = await runCsv('acled', readInput(ACLED_BAD));
    expect(summary.rejections.filter((r) => r.reason.startsWith('wrong column count')).map((r) => r.row)).toEqual([6, 11]);
  });

  it('rejections are listed up to the cap, the rest counted', async () => {
    const { summary, collection } = await runCsv('acled', readInput(ACLED_BAD), { maxListed: 2, name: 'bad.csv' });
    expect(summary.rejections).toHaveLength(2);
    expect(summary.rejections_not_listed).toBe(summary.rejected - 2);
    expect(collection.report.at(-1)?.reason).toBe(`${summary.rejected - 2} more rejected rows not listed`);
    expect(collection.report[0]).toEqual({ input: 'bad.csv', status: 'events', events: 2, reason: '11 rows: 2 events, 9 rejected' });
  });

  it('quoted fields keep their commas, quotes and line breaks', async () => {
    const { collection } = await runCsv('acled', readInput(join(FIXTURES, 'acled-basic')));
    const quote = (collection.features[1]?.properties.sources as Array<{ quote: string }>)[0]?.quote;
    expect(quote).toBe('Protesters gathered after Friday prayers.\nA second line of notes, with a comma.');
  });

  it('a byte-order mark and CRLF line ends change nothing but the line ends inside notes', async () => {
    const csv = readInput(join(FIXTURES, 'acled-basic'));
    const plain = await runCsv('acled', csv);
    const windows = await runCsv('acled', `\uFEFF${csv.replace(/\n/g, '\r\n')}`);
    expect(windows.summary).toEqual(plain.summary);
    expect(windows.collection.features.map((f) => f.id)).toEqual(plain.collection.features.map((f) => f.id));
  });

  it('the same input gives byte-identical output', async () => {
    const csv = readInput(ACLED_BAD);
    expect((await runCsv('acled', csv)).text).toBe((await runCsv('acled', csv)).text);
  });
});

describe('format mismatch', () => {
  it('--format ucdp on an ACLED file fails naming the missing columns and the likely format', async () => {
    const err = await runCsv('ucdp', readInput(join(FIXTURES, 'acled-basic'))).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect((err as Error).message).toMatch(/not a UCDP GED file: missing columns id, type_of_violence, .*use --format acled/);
  });

  it('an empty file is a clear error', async () => {
    await expect(runCsv('acled', '')).rejects.toThrow(/empty/);
  });

  it('a header-only file gives an empty collection', async () => {
    const header = readInput(ACLED_BAD).split('\n')[0] ?? '';
    const { summary, collection } = await runCsv('acled', `${header}\n`);
    expect([summary.rows, collection.features]).toEqual([0, []]);
  });
});

describe('the import command', () => {
  it('writes the GeoJSON atomically and prints a one-line summary', async () => {
    const dir = tmp();
    const out = join(dir, 'sub', 'events.geojson');
    const lines: string[] = [];
    const code = await importCommand(['--format', 'acled', join(ACLED_BAD, 'input.csv'), '-o', out], (l) => lines.push(l));
    expect(code).toBe(0);
    expect(lines).toEqual([`11 rows: 2 events, 9 rejected → ${out}`]);
    expect(JSON.parse(readFileSync(out, 'utf8')).features).toHaveLength(2);
  });

  it('a wrong format exits 1 with a clear message and leaves the old output untouched', async () => {
    const dir = tmp();
    const out = join(dir, 'events.geojson');
    writeFileSync(out, 'old');
    const lines: string[] = [];
    const code = await importCommand(['--format', 'ucdp', join(ACLED_BAD, 'input.csv'), '-o', out], (l) => lines.push(l));
    expect(code).toBe(1);
    expect(lines[0]).toMatch(/^import: This is not a UCDP GED file: missing columns/);
    expect(readFileSync(out, 'utf8')).toBe('old');
  });

  it('a missing file, a missing or unknown --format exit 1', async () => {
    const log = (): void => undefined;
    expect(await importCommand(['--format', 'acled', '/nonexistent/file.csv'], log)).toBe(1);
    expect(await importCommand([join(ACLED_BAD, 'input.csv')], log)).toBe(1);
    expect(await importCommand(['--format', 'gdelt', join(ACLED_BAD, 'input.csv')], log)).toBe(1);
    expect(await importCommand(['--help'], log)).toBe(0);
  });
});

describe('synthetic ACLED files', () => {
  it('are deterministic per seed and import without rejections', async () => {
    const dir = tmp();
    await writeSyntheticAcled(join(dir, 'a.csv'), 2000, 7);
    await writeSyntheticAcled(join(dir, 'b.csv'), 2000, 7);
    const csv = readFileSync(join(dir, 'a.csv'), 'utf8');
    expect(readFileSync(join(dir, 'b.csv'), 'utf8')).toBe(csv);
    const { summary, collection } = await runCsv('acled', csv);
    expect([summary.rows, summary.events, summary.rejected]).toEqual([2000, 2000, 0]);
    const types = new Set(collection.features.map((f) => f.properties.event_type));
    expect(types.size).toBe(6);
  });
});
