// The binary layout round trip: features → writeBinary → readBinary gives back every column, rows sorted
// by toll with `src` pointing at the input order, and the metadata chunks give back the full features.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, type EventFeature, type EventType } from '../../../src/shared/schema.ts';
import { readGeoJsonFeatures } from '../../../src/pipeline/binary/geojson-lines.ts';
import { encodeFeatures } from '../../../src/pipeline/binary/encode.ts';
import { decodeBinary, decodeHeader, epochDayToIso, isoToEpochDay, UNDATED, UNKNOWN_TYPE } from '../../../src/pipeline/binary/layout.ts';
import { readBinary, readMetaChunk, writeBinary } from '../../../src/pipeline/binary/write.ts';
import { ATTRIBUTES, decodeAttributes, fileBytes } from '../../../src/pipeline/binary/attributes.ts';
import { binaryCommand } from '../../../src/pipeline/binary/command.ts';

const dir = mkdtempSync(join(tmpdir(), 'cm-binary-'));

export function feature(i: number, o: Partial<{ lon: number; lat: number; type: string; start: string | null; end: string | null; best: number | null; geo: 'place' | 'admin1' | 'country' }> = {}): EventFeature {
  const best = o.best === undefined ? i % 7 : o.best;
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [o.lon ?? 10 + i / 100, o.lat ?? 20 - i / 100] },
    properties: {
      id: `ev-${i}`,
      event_type: (o.type ?? EVENT_TYPES[i % EVENT_TYPES.length]) as EventType,
      sub_event_type: null,
      date_start: o.start === undefined ? `2020-01-${String(1 + (i % 28)).padStart(2, '0')}` : o.start,
      date_end: o.end === undefined ? null : o.end,
      date_precision: 'day',
      place: { name: `Place ${i}`, geonameid: null, admin1: null, country: 'SY' },
      geo_precision: o.geo ?? 'place',
      fatalities: best === null ? null : { low: best, best, high: best + 1 },
      actors: [],
      sources: [{ article: `a${i}`, quote: `Quote ${i}.`, start: 0, end: 9 }],
      confidence: 0.9,
    },
  };
}

describe('binary layout', () => {
  it('round-trips every column, in draw order (coarse places first, then by toll), with src pointing at the input', async () => {
    const input = [
      feature(0, { best: 5, start: '2020-01-10', end: '2020-01-12' }),
      feature(1, { best: null, start: null }),
      feature(2, { best: 100, type: 'Something else', geo: 'country' }),
      feature(3, { best: 0, start: '2019-12-31', geo: 'admin1', lon: -179.99999, lat: -85 }),
    ];
    const path = join(dir, 'a.bin');
    const summary = await writeBinary(input, path, { metaChunk: 3 });
    expect(summary).toMatchObject({ count: 4, skipped: 0, metaChunks: 2 });
    const ev = await readBinary(path);
    expect(ev.header).toMatchObject({ count: 4, dayOrigin: isoToEpochDay('2019-12-31'), metaChunk: 3 });
    expect(Array.from(ev.src)).toEqual([2, 3, 0, 1]);
    expect(Array.from(ev.tollBest.slice(0, 3))).toEqual([100, 0, 5]);
    expect(Number.isNaN(ev.tollBest[3])).toBe(true);
    expect(ev.type[0]).toBe(UNKNOWN_TYPE);
    expect(ev.bits[0]! & 3).toBe(2);
    expect(ev.bits[1]! & 3).toBe(1);
    expect(epochDayToIso(ev.header.dayOrigin + ev.dayStart[2]!)).toBe('2020-01-10');
    expect(epochDayToIso(ev.header.dayOrigin + ev.dayEnd[2]!)).toBe('2020-01-12');
    expect(ev.dayStart[3]).toBe(UNDATED);
    expect(ev.dayStart[1]).toBe(0);
    expect(ev.lon[1]).toBeCloseTo(-179.99999, 4);
    expect(ev.header.dayCount).toBe(isoToEpochDay('2020-01-12') - isoToEpochDay('2019-12-31') + 1);
    const chunk1 = await readMetaChunk(path, 1);
    expect(chunk1[0]).toEqual(input[3]);
    expect((await readMetaChunk(path, 0))[ev.src[2]!]).toEqual(input[0]);
  });

  it('keeps coordinates to a metre and every date and toll, for any events', async () => {
    const arb = fc.array(
      fc.record({
        lon: fc.double({ min: -180, max: 180, noNaN: true }),
        lat: fc.double({ min: -85, max: 85, noNaN: true }),
        day: fc.option(fc.integer({ min: 0, max: 4000 })),
        span: fc.integer({ min: 0, max: 30 }),
        best: fc.option(fc.integer({ min: 0, max: 100_000 })),
      }),
      { maxLength: 60 },
    );
    let run = 0;
    await fc.assert(
      fc.asyncProperty(arb, async (rows) => {
        const input = rows.map((r, i) => {
          const start = r.day === null ? null : epochDayToIso(15_000 + r.day);
          const end = r.day === null ? null : epochDayToIso(15_000 + r.day + r.span);
          return feature(i, { lon: r.lon, lat: r.lat, start, end, best: r.best });
        });
        const path = join(dir, `p${run++}.bin`);
        await writeBinary(input, path, { meta: false });
        const ev = await readBinary(path);
        expect(ev.header.count).toBe(rows.length);
        for (let row = 0; row < rows.length; row++) {
          const r = rows[ev.src[row]!]!;
          expect(Math.abs(ev.lon[row]! - r.lon)).toBeLessThan(2e-5);
          expect(Math.abs(ev.lat[row]! - r.lat)).toBeLessThan(1e-5);
          if (r.day === null) expect(ev.dayStart[row]).toBe(UNDATED);
          else {
            expect(ev.header.dayOrigin + ev.dayStart[row]!).toBe(15_000 + r.day);
            expect(ev.header.dayOrigin + ev.dayEnd[row]!).toBe(15_000 + r.day + r.span);
          }
          if (r.best === null) expect(Number.isNaN(ev.tollBest[row])).toBe(true);
          else expect(ev.tollBest[row]).toBe(r.best);
          if (row > 0) expect((Number.isNaN(ev.tollBest[row - 1]!) ? -1 : ev.tollBest[row - 1]!) >= (Number.isNaN(ev.tollBest[row]!) ? -1 : ev.tollBest[row]!)).toBe(true);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('streams the importer layout (one feature per line) and falls back for other layouts', async () => {
    const features = [feature(0), feature(1), feature(2)];
    const lines = join(dir, 'lines.geojson');
    writeFileSync(lines, `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n],"report":[]}\n`);
    const pretty = join(dir, 'pretty.geojson');
    writeFileSync(pretty, JSON.stringify({ type: 'FeatureCollection', features }, null, 2));
    for (const path of [lines, pretty]) {
      const got: EventFeature[] = [];
      for await (const f of readGeoJsonFeatures(path)) got.push(f);
      expect(got).toEqual(features);
    }
    const out = join(dir, 'cli.bin');
    const logs: string[] = [];
    expect(await binaryCommand([lines, '-o', out], (l) => logs.push(l))).toBe(0);
    expect(logs.join('\n')).toMatch(/3 events/);
    expect((await readBinary(out)).header.count).toBe(3);
    expect(await binaryCommand([lines], () => {})).toBe(1);
  });

  it('encodes in-memory features to the same columns as the file (the browser path for large GeoJSON)', async () => {
    const input = Array.from({ length: 50 }, (_, i) => feature(i, { best: i % 3 ? i : null, start: i % 5 ? `2021-03-${String(1 + (i % 28)).padStart(2, '0')}` : null }));
    const path = join(dir, 'mem.bin');
    await writeBinary(input, path, { meta: false });
    const fromFile = await readBinary(path);
    const bytes = encodeFeatures(input, { attributes: ATTRIBUTES });
    const columns = decodeBinary(bytes);
    expect({ ...columns, attributes: decodeAttributes(bytes, columns.header) }).toEqual(fromFile);
  });

  it('writes the attribute columns and strings after the ten columns, and says so in the header', async () => {
    const input = [feature(0, { best: 3 }), feature(1, { best: 9 })];
    input[1]!.properties.actors = ['Syrian army'];
    input[1]!.properties.victims = ['civilians'];
    input[1]!.properties.sub_event_type = 'Armed clash';
    input[1]!.properties.sources[0]!.outlet = 'SANA';
    const path = join(dir, 'attrs.bin');
    const s = await writeBinary(input, path, { meta: false });
    const ev = await readBinary(path);
    expect(s.bytes).toBe(fileBytes(ev.header));
    const a = ev.attributes!;
    // Row 0 is the larger toll: input 1.
    expect(ev.src[0]).toBe(1);
    expect(a.strings.ids).toEqual(['ev-0', 'ev-1']);
    expect(a.strings.people[a.people[0]!]).toEqual([['Syrian army'], ['civilians']]);
    expect(a.strings.outlets[a.outlets[0]!]).toEqual(['SANA']);
    expect(a.strings.subTypes[a.subType[0]!]).toBe('Armed clash');
    expect(a.strings.places[a.place[1]!]).toEqual(['Place 0', null, null, 'SY', null]);
    expect(a.confidence[1]).toBeCloseTo(0.9, 6);
    const bare = join(dir, 'bare.bin');
    await writeBinary(input, bare, { meta: false, attributes: false });
    expect((await readBinary(bare)).attributes).toBeNull();
  });

  it('rejects a file that is not binary events', () => {
    expect(() => decodeHeader(new Uint8Array(32).buffer)).toThrow(/magic/);
  });
});
