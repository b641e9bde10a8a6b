// The streaming import: fixtures, accounting, schema validity, format mismatch, the command, atomic output.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateEvent } from '../../../src/shared/validate.ts';
import { IMPORT_OUTPUT, importCommand } from '../../../src/pipeline/import/command.ts';
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
  it('rows in = events out + duplicate rows merged + rejected', async () => {
    for (const c of fixtureCases()) {
      const { summary, collection } = await runCsv(c.format, readInput(c.dir));
      expect(summary.rows).toBe(summary.events + summary.duplicates + summary.rejected);
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

describe('one event per event_id_cnty', () => {
  const MONADIC = join(FIXTURES, 'acled-monadic');

  it('a monadic export listing an event once per actor gives one event with both actors, its deaths counted once', async () => {
    const { summary, collection } = await runCsv('acled', readInput(MONADIC));
    const ids = collection.features.map((f) => f.id);
    expect(ids).toEqual(['acled:YEM59201', 'acled:SDN8841', 'acled:BLR1203', 'acled:BLR1204']);
    expect(summary.duplicates).toBe(2);
    const yem = collection.features[0]?.properties;
    expect(yem?.actors).toEqual(['Military Forces of Yemen (2016-) Houthi', 'Military Forces of Yemen (2012-) Hadi', 'Tribal Militia of Yemen']);
    expect(yem?.fatalities).toEqual({ low: 4, best: 4, high: 4 });
    const deaths = collection.features.reduce((n, f) => n + ((f.properties.fatalities as { best: number } | null)?.best ?? 0), 0);
    expect(deaths).toBe(6);
  });

  it('the second row of an event keeps the first row of the event in file order, and the sources are not repeated', async () => {
    const { collection } = await runCsv('acled', readInput(MONADIC));
    const sources = collection.features[0]?.properties.sources as Array<{ article: string; outlet: string }>;
    expect(sources.map((s) => [s.article, s.outlet])).toEqual([['YEM59201', 'Mareb Press'], ['YEM59201#2', 'Yemen Data Project']]);
  });

  it('duplicates far apart in a large file are merged too', async () => {
    const dir = tmp();
    await writeSyntheticAcled(join(dir, 'a.csv'), 3000, 3);
    const [header, ...rows] = readFileSync(join(dir, 'a.csv'), 'utf8').trimEnd().split('\n');
    const plain = rows.filter((r) => /^[A-Z]+\d+,/.test(r) && !r.includes('\n'));
    const csv = [header, ...rows, plain[0], plain[10], plain[2000]].join('\n');
    const { summary } = await runCsv('acled', `${csv}\n`);
    expect([summary.events, summary.duplicates, summary.rejected]).toEqual([3000, 3, 0]);
  });
});

describe('rejections by reason', () => {
  it('count every rejection by its kind of reason, with the first row numbers of each', async () => {
    const { summary } = await runCsv('acled', readInput(ACLED_BAD));
    expect(summary.reasons[0]).toEqual({ reason: 'wrong column count', count: 2, rows: [6, 11] });
    expect(summary.reasons.reduce((n, r) => n + r.count, 0)).toBe(summary.rejected);
  });

  it('list at most five row numbers of a reason but count them all', async () => {
    const header = readInput(ACLED_BAD).split('\n')[0] ?? '';
    const bad = 'X,9-May-20,,1,Political violence,Battles,Armed clash,A,,1,,,0,10,,760,Middle East,Syria,Idleb,Idleb,,Idleb,35.9,36.6,1,Reuters,National,n,0,,1';
    const { summary } = await runCsv('acled', `${header}\n${Array(8).fill(bad).join('\n')}\n`);
    expect(summary.reasons).toEqual([{ reason: 'unparseable event_date', count: 8, rows: [2, 3, 4, 5, 6] }]);
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
  const run = async (args: string[]): Promise<{ code: number; lines: string[] }> => {
    const lines: string[] = [];
    const code = await importCommand(args, (l) => lines.push(...l.split('\n')));
    return { code, lines };
  };

  it('writes the GeoJSON atomically and prints rows in, events out and the rejections by reason with their first rows', async () => {
    const out = join(tmp(), 'sub', 'events.geojson');
    const { lines } = await run(['--format', 'acled', join(ACLED_BAD, 'input.csv'), '-o', out, '--max-rejected', '1']);
    expect(lines[0]).toBe(`11 rows: 2 events, 9 rejected → ${out}`);
    expect(lines[1]).toBe('  rejected 9 of 11 rows (81.8%), by reason:');
    expect(lines).toContain('          2  wrong column count (rows 6, 11)');
    expect(lines).toContain('          1  missing coordinates (row 3)');
    expect(JSON.parse(readFileSync(out, 'utf8')).features).toHaveLength(2);
  });

  it('exits 1 when more than --max-rejected of the rows are rejected (default 5%), and says so', async () => {
    const out = join(tmp(), 'events.geojson');
    const strict = await run(['--format', 'acled', join(ACLED_BAD, 'input.csv'), '-o', out]);
    expect(strict.code).toBe(1);
    expect(strict.lines.at(-1)).toMatch(/^import: 81\.8% of the rows were rejected, more than --max-rejected 0\.05 allows/);
    expect((await run(['--format', 'acled', join(ACLED_BAD, 'input.csv'), '-o', out, '--max-rejected', '90%'])).code).toBe(0);
    expect((await run(['--format', 'acled', join(FIXTURES, 'acled-basic', 'input.csv'), '-o', out])).code).toBe(0);
    expect((await run(['--format', 'acled', join(ACLED_BAD, 'input.csv'), '-o', out, '--max-rejected', 'lots'])).code).toBe(1);
  });

  it('takes --format in any case (ACLED, Acled, ucdp)', async () => {
    const out = join(tmp(), 'events.geojson');
    for (const f of ['ACLED', 'Acled', ' acled ']) expect((await run(['--format', f, join(FIXTURES, 'acled-basic', 'input.csv'), '-o', out])).code).toBe(0);
    expect((await run(['--format', 'UCDP', join(FIXTURES, 'ucdp-sources', 'input.csv'), '-o', out])).code).toBe(0);
  });

  it('prints the duplicate rows merged', async () => {
    const out = join(tmp(), 'events.geojson');
    const { lines } = await run(['--format', 'acled', join(FIXTURES, 'acled-monadic', 'input.csv'), '-o', out, '--max-rejected', '0.2']);
    expect(lines[0]).toBe(`7 rows: 4 events, 1 rejected, 2 duplicate rows merged → ${out}`);
    expect(lines[1]).toMatch(/^ {2}2 rows repeated an event of an earlier row/);
  });

  it('writes its own default file, and never overwrites a file written by build without --force', async () => {
    expect(IMPORT_OUTPUT).toBe('public/data/imported.geojson');
    const out = join(tmp(), 'events.geojson');
    writeFileSync(out, '{"type":"FeatureCollection","schema_version":"1.0.0","generated_by":"conflict-map","features":[],"report":[]}\n');
    const refused = await run(['--format', 'acled', join(FIXTURES, 'acled-basic', 'input.csv'), '-o', out]);
    expect(refused.code).toBe(1);
    expect(refused.lines[0]).toMatch(/was written by "conflict-map build"; not overwriting it\..*--force/);
    expect(JSON.parse(readFileSync(out, 'utf8')).features).toEqual([]);
    expect((await run(['--format', 'acled', join(FIXTURES, 'acled-basic', 'input.csv'), '-o', out, '--force'])).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).generated_by).toBe('conflict-map import');
    expect((await run(['--format', 'acled', join(FIXTURES, 'acled-basic', 'input.csv'), '-o', out])).code).toBe(0);
  });

  it('a wrong format exits 1 with a clear message and leaves the old output untouched', async () => {
    const out = join(tmp(), 'events.geojson');
    writeFileSync(out, 'old');
    const { code, lines } = await run(['--format', 'ucdp', join(ACLED_BAD, 'input.csv'), '-o', out]);
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
