// Combining sources: `build` reads event CSVs beside articles, and imported and extracted events go through
// the one merge into one GeoJSON; `import` and `build` never overwrite each other's file without --force.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventCollection, EventFeature } from '../../../src/shared/schema.ts';
import { validateCollection } from '../../../src/shared/validate.ts';
import { runBuild } from '../../../src/pipeline/build.ts';
import { main } from '../../../src/pipeline/cli.ts';
import { createMerger } from '../../../src/pipeline/merge.ts';
import { overwriteRefusal, writtenBy } from '../../../src/pipeline/import/owner.ts';
import { sniffFormat } from '../../../src/pipeline/import/stream.ts';
import { FIXTURES } from './helpers.ts';

const COMBINE = join(FIXTURES, 'combine');
const tmp = (): string => mkdtempSync(join(tmpdir(), 'cm-combine-'));

const event = (id: string, over: Partial<EventFeature['properties']> = {}): EventFeature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [36.7578, 35.1318] },
  properties: {
    id, event_type: 'Battles', sub_event_type: null, date_start: '2011-08-05', date_end: '2011-08-05', date_precision: 'day',
    place: { name: 'Hama', geonameid: null, admin1: null, country: 'SY' }, geo_precision: 'place',
    fatalities: { low: 2, best: 2, high: 2 }, actors: [], sources: [{ article: id, quote: 'q', start: 0, end: 1 }], confidence: 0.9, ...over,
  },
});

describe('the merge and dataset events', () => {
  it('two events of a dataset at the same place and day stay two (the dataset gave them different ids)', () => {
    const m = createMerger();
    m.add(event('acled:A', { dataset: 'acled' }));
    m.add(event('acled:B', { dataset: 'acled' }));
    expect(m.events.map((e) => e.properties.id)).toEqual(['acled:A', 'acled:B']);
  });
  it('a report of the same event joins the dataset event, and a second dataset event still stays apart', () => {
    const m = createMerger();
    m.add(event('report-1'));
    m.add(event('acled:A', { dataset: 'acled' }));
    m.add(event('acled:B', { dataset: 'acled' }));
    expect(m.events.map((e) => [e.properties.id, e.properties.sources.length])).toEqual([['report-1', 2], ['acled:B', 1]]);
  });
});

describe('build with event CSVs', () => {
  it('sniffs the format of an event CSV from its header', async () => {
    expect(await sniffFormat(join(COMBINE, 'acled.csv'))).toBe('acled');
    expect(await sniffFormat(join(COMBINE, 'ucdp.csv'))).toBe('ucdp');
    await expect(sniffFormat('data/articles/jpost-2011-08-06-syrian-army-defector.md')).rejects.toThrow(/neither an ACLED export nor a UCDP GED file/);
  });

  it('merges imported and extracted events into one valid GeoJSON, every dataset event kept, every row accounted for', async () => {
    const dir = tmp();
    copyFileSync('data/articles/jpost-2011-08-06-syrian-army-defector.md', join(dir, 'seed.md'));
    const out = join(dir, 'out.geojson');
    const summary = await runBuild([dir], out, { events: [join(COMBINE, 'acled.csv'), join(COMBINE, 'ucdp.csv')] });
    expect(summary).toMatch(/ from 1 articles and 5 events of 2 dataset files /);
    const collection: EventCollection = JSON.parse(readFileSync(out, 'utf8'));
    expect(validateCollection(collection).errors).toEqual([]);
    const ids = collection.features.map((f) => f.properties.id);
    for (const id of ['acled:SYR1101', 'acled:SYR1102', 'acled:SYR1103', 'ucdp:412307', 'ucdp:412308']) expect(ids).toContain(id);
    // The monadic pair is one event (deaths once), and two ACLED events in Hama that day are two.
    expect(ids.filter((id) => id === 'acled:SYR1101')).toHaveLength(1);
    expect(collection.features.find((f) => f.properties.id === 'acled:SYR1101')?.properties.fatalities).toEqual({ low: 18, best: 18, high: 18 });
    // The article's own events are there too (300 killed in Hama, resolved to GeoNames 170017).
    expect(collection.features.some((f) => f.properties.place.geonameid === 170017)).toBe(true);
    const report = collection.report ?? [];
    expect(report).toContainEqual(expect.objectContaining({ input: join(COMBINE, 'acled.csv'), status: 'events', events: 3 }));
    expect(report).toContainEqual(expect.objectContaining({ input: `${join(COMBINE, 'acled.csv')} row 6`, status: 'skipped' }));
  }, 120_000);

  it('reads the event CSVs inside an input directory too, and reports a CSV that is no event file', async () => {
    const dir = tmp();
    copyFileSync('data/articles/jpost-2011-08-06-syrian-army-defector.md', join(dir, 'seed.md'));
    copyFileSync(join(COMBINE, 'acled.csv'), join(dir, 'acled.csv'));
    writeFileSync(join(dir, 'notes.csv'), 'a,b\n1,2\n');
    const out = join(dir, 'out.geojson');
    const summary = await runBuild([dir], out);
    expect(summary).toMatch(/ and 3 events of 1 dataset file /);
    const collection: EventCollection = JSON.parse(readFileSync(out, 'utf8'));
    expect(collection.features.filter((f) => f.properties.dataset === 'acled')).toHaveLength(3);
    const about = (name: string) => (collection.report ?? []).filter((r) => r.input.endsWith(name));
    expect(about('acled.csv')).toEqual([expect.objectContaining({ status: 'events', events: 3 })]);
    expect(about('notes.csv')).toEqual([expect.objectContaining({ status: 'skipped', reason: expect.stringMatching(/is neither an ACLED export nor a UCDP GED file/) })]);
  }, 120_000);

  it('build refuses to overwrite a file written by import without --force, and says so', async () => {
    const dir = tmp();
    const out = join(dir, 'events.geojson');
    writeFileSync(out, '{"type":"FeatureCollection","schema_version":"1.0.0","generated_by":"conflict-map import","features":[]}\n');
    expect(await writtenBy(out)).toBe('import');
    expect(await overwriteRefusal('build', out, false)).toMatch(/was written by "conflict-map import"; not overwriting it\..*--force/);
    expect(await overwriteRefusal('build', out, true)).toBeNull();
    expect(await overwriteRefusal('import', out, false)).toBeNull();
    expect(await main(['build', dir, '-o', out])).toBe(1);
    expect(readFileSync(out, 'utf8')).toMatch(/conflict-map import/);
  });

  it('files from neither command (demo data, older imports) are not guarded', async () => {
    const out = join(tmp(), 'demo.geojson');
    writeFileSync(out, '{"type":"FeatureCollection","schema_version":"1.0.0","generated_by":"conflict-map demo data (seed 1)","features":[]}\n');
    expect(await writtenBy(out)).toBeNull();
    expect(await writtenBy(join(tmp(), 'missing.geojson'))).toBeNull();
  });
});
