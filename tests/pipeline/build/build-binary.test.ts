// `build -o FILE.bin`: the build's merged events written straight into the binary layout the map opens
// large sets from, byte for byte what `build` to GeoJSON then `binary` gives, metadata chunks included; its
// report beside it (FILE.bin.meta/report.json), which also says which command wrote the file, so import and
// build never overwrite each other's binary file without --force.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { binaryCommand } from '../../../src/pipeline/binary/command.ts';
import { readBinary, readMetaChunk } from '../../../src/pipeline/binary/write.ts';
import { runBuild } from '../../../src/pipeline/build.ts';
import { main } from '../../../src/pipeline/cli.ts';
import { importCommand } from '../../../src/pipeline/import/command.ts';
import { overwriteRefusal, writtenBy } from '../../../src/pipeline/import/owner.ts';
import type { EventCollection } from '../../../src/shared/schema.ts';
import { FIXTURES } from '../import/helpers.ts';

const COMBINE = join(FIXTURES, 'combine');

describe('build -o FILE.bin', () => {
  it('writes the binary layout and its metadata, the same bytes as build then binary', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cm-build-bin-'));
    copyFileSync('data/articles/jpost-2011-08-06-syrian-army-defector.md', join(dir, 'seed.md'));
    const events = [join(COMBINE, 'acled.csv'), join(COMBINE, 'ucdp.csv')];
    const out = mkdtempSync(join(tmpdir(), 'cm-build-bin-out-'));
    const bin = join(out, 'events.bin');
    const geojson = join(out, 'events.geojson');
    const summary = await runBuild([dir], bin, { events });
    expect(summary).toMatch(/events\.bin: \d+ events from 1 articles and 5 events of 2 dataset files/);
    // The summary names the report it wrote: the GeoJSON output's report, every input accounted for.
    expect(summary).toContain(`report in ${bin}.meta/report.json`);
    await runBuild([dir], geojson, { events });
    const collection: EventCollection = JSON.parse(readFileSync(geojson, 'utf8'));
    const twoStep = join(out, 'two-step.bin');
    expect(await binaryCommand([geojson, '-o', twoStep], () => {})).toBe(0);

    expect(readFileSync(bin).equals(readFileSync(twoStep))).toBe(true);
    const ev = await readBinary(bin);
    expect(ev.header.count).toBe(collection.features.length);
    // The same chunks, and the build's report (which `binary` from a GeoJSON file does not write).
    expect(readdirSync(`${bin}.meta`).sort()).toEqual([...readdirSync(`${twoStep}.meta`), 'report.json'].sort());
    const report = JSON.parse(readFileSync(`${bin}.meta/report.json`, 'utf8'));
    expect(report).toEqual({ schema_version: collection.schema_version, generated_by: 'conflict-map', report: collection.report });
    expect(report.report.map((r: { input: string }) => r.input)).toEqual(expect.arrayContaining([relative(process.cwd(), join(dir, 'seed.md')), ...events]));
    expect(await writtenBy(bin)).toBe('build');
    expect(await writtenBy(twoStep)).toBeNull();
    // The popups' chunk holds the build's events whole, sentences and all.
    const chunk = await readMetaChunk(bin, 0);
    expect(chunk).toEqual(collection.features.slice(0, chunk.length));
    expect(chunk.some((f) => f.properties.sources.some((s) => s.quote.length > 20))).toBe(true);
  }, 180_000);

  it('neither build nor import overwrites the other\'s binary file without --force, and both say so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cm-build-bin-guard-'));
    copyFileSync('data/articles/jpost-2011-08-06-syrian-army-defector.md', join(dir, 'seed.md'));
    const acled = join(COMBINE, 'acled.csv');
    const imported = join(dir, 'imported.bin');
    expect(await importCommand(['--format', 'acled', acled, '-o', imported, '--max-rejected', '1'], () => {})).toBe(0);
    expect(await writtenBy(imported)).toBe('import');
    const report = JSON.parse(readFileSync(`${imported}.meta/report.json`, 'utf8'));
    expect(report).toMatchObject({ generated_by: 'conflict-map import', import: { format: 'acled', rows: expect.any(Number) } });
    const before = statSync(imported).mtimeMs;
    expect(await overwriteRefusal('build', imported, false)).toMatch(/imported\.bin was written by "conflict-map import"; not overwriting it\..*--force/);
    expect(await main(['build', dir, '-o', imported, '--quiet'])).toBe(1);
    expect(statSync(imported).mtimeMs).toBe(before);
    expect(await main(['build', dir, '-o', imported, '--quiet', '--force'])).toBe(0);
    expect(await writtenBy(imported)).toBe('build');
    const lines: string[] = [];
    expect(await importCommand(['--format', 'acled', acled, '-o', imported, '--max-rejected', '1'], (l) => lines.push(l))).toBe(1);
    expect(lines.join('\n')).toMatch(/was written by "conflict-map build"; not overwriting it/);
    expect(await writtenBy(imported)).toBe('build');
  }, 180_000);
});
