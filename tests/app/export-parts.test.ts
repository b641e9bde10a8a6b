// Exports of a large set (src/app/ui/export.ts): the CSV and GeoJSON files are written in parts, one a
// batch of events, and carry every source's sentence, a binary file's read from its metadata chunks
// (src/app/map/binary-index.ts eachDetails), each chunk fetched once.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { binaryIndex } from '../../src/app/map/binary-index.ts';
import { NO_FILTERS } from '../../src/app/state/filters.ts';
import { csvPart, toCsv } from '../../src/app/ui/export-csv.ts';
import { geoJsonParts, toGeoJson } from '../../src/app/ui/export-geojson.ts';
import { writeBinary } from '../../src/pipeline/binary/write.ts';
import { generateDemo, type DemoGazetteer } from '../../src/pipeline/demo/generate.ts';
import type { EventFeature } from '../../src/shared/schema.ts';

const GAZ: DemoGazetteer = {
  country: { code: 'YE', name: 'Yemen', geonameid: 69543, lat: 15.5, lon: 47.5 },
  places: [{ name: 'Aden', geonameid: 415189, admin1: 'YE.02', lat: 12.78, lon: 45.04, population: 550_000 }],
  admin1: { 'YE.02': { name: 'Aden', geonameid: 79415, lat: 12.8, lon: 45.0 } },
};
const features = generateDemo(GAZ, { events: 700, seed: 5 }).features as EventFeature[];
const dir = mkdtempSync(join(tmpdir(), 'cm-export-parts-'));
const fetched: string[] = [];

describe('exports in parts', () => {
  beforeAll(async () => {
    await writeBinary(features, join(dir, 'events.bin'), { metaChunk: 64 });
    vi.stubGlobal('document', { baseURI: 'http://example.test/' });
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(url);
      const path = join(dir, new URL(url).pathname);
      return { ok: true, json: async () => JSON.parse(readFileSync(path, 'utf8')) as unknown };
    });
  });
  afterAll(() => vi.unstubAllGlobals());

  it('the CSV parts joined are the CSV of all the events', () => {
    const parts = [csvPart([], true), csvPart(features.slice(0, 300), false), csvPart([], false), csvPart(features.slice(300), false)];
    expect(parts.join('')).toBe(toCsv(features));
    expect(`${csvPart([], true)}\r\n`).toBe(toCsv([]));
  });

  it('the GeoJSON parts joined are the GeoJSON of all the events, with the selection after them', () => {
    const meta = { range: { start: '2012-01-01', end: '2012-02-01' } };
    const p = geoJsonParts(meta);
    const text = p.head + p.features(features.slice(0, 10), true) + p.features(features.slice(10), false) + p.tail;
    expect(text).toBe(toGeoJson(features, meta));
    expect(JSON.parse(text).features).toHaveLength(features.length);
    expect(p.head + p.tail).toBe(toGeoJson([], meta));
  });

  it("a binary file's shown events come with their sentences from the metadata chunks, each chunk fetched once", async () => {
    const buffer = readFileSync(join(dir, 'events.bin'));
    const index = binaryIndex(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer, 'http://example.test/events.bin');
    const shown = index.select({ start: '2012-01-01', end: '2012-12-31' }, { ...NO_FILTERS, minKilled: 2 });
    expect(shown.count).toBeGreaterThan(50);
    expect(shown.features().every((f) => f.properties.sources.every((s) => s.quote === ''))).toBe(true);
    fetched.length = 0;
    const got: EventFeature[] = [];
    await index.eachDetails(shown.rows, (batch) => got.push(...batch));
    const byId = new Map(features.map((f) => [f.properties.id, f]));
    expect(got.map((f) => f.properties.id).sort()).toEqual(Array.from(shown.rows, (r) => index.idOf(r)).sort());
    for (const f of got) expect(f).toEqual(byId.get(f.properties.id));
    expect(got.some((f) => f.properties.sources.some((s) => s.quote.length > 20))).toBe(true);
    expect(new Set(fetched).size).toBe(fetched.length);
    expect(fetched.length).toBeLessThanOrEqual(Math.ceil(features.length / 64));
  });
});
