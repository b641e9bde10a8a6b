// The overlays read an index's rows (src/app/overlays/overlay-rows.ts): hexagons, provinces and the
// "reported apart" panel give exactly what they give from the features, for a GeoJSON set's index and a
// binary file's, over ranges and filters.
import { describe, expect, it } from 'vitest';
import { binaryIndex } from '../../../src/app/map/binary-index.ts';
import type { EventIndex } from '../../../src/app/map/event-index.ts';
import { buildEventIndex } from '../../../src/app/map/features-index.ts';
import { apartOf, MAX_LISTED } from '../../../src/app/overlays/country-badge.ts';
import { binHexagonRows, hexagonTotals } from '../../../src/app/overlays/hexagons.ts';
import { splitForOverlay } from '../../../src/app/overlays/overlay-events.ts';
import { apartList, largestTolls, splitRows } from '../../../src/app/overlays/overlay-rows.ts';
import { regionRowFinder, regionRowTotals, regionTotals, type Regions } from '../../../src/app/overlays/regions.ts';
import { NO_FILTERS, type Filters } from '../../../src/app/state/filters.ts';
import type { DateRange } from '../../../src/app/state/range.ts';
import { encodeFeatures } from '../../../src/pipeline/binary/encode.ts';
import { generateDemo, type DemoGazetteer } from '../../../src/pipeline/demo/generate.ts';
import type { EventFeature } from '../../../src/shared/schema.ts';
import { ATTRIBUTES } from '../../../src/pipeline/binary/attributes.ts';

const GAZ: DemoGazetteer = {
  country: { code: 'YE', name: 'Yemen', geonameid: 69543, lat: 15.5, lon: 47.5 },
  places: [
    { name: 'Aden', geonameid: 415189, admin1: 'YE.02', lat: 12.78, lon: 45.04, population: 550_000 },
    { name: 'Taiz', geonameid: 70225, admin1: 'YE.11', lat: 13.58, lon: 44.02, population: 615_000 },
    { name: 'Marib', geonameid: 71779, admin1: null as unknown as string, lat: 15.46, lon: 45.33, population: 40_000 },
  ],
  admin1: {
    'YE.02': { name: 'Aden', geonameid: 79415, lat: 12.8, lon: 45.0 },
    'YE.11': { name: 'Taizz', geonameid: 70222, lat: 13.5, lon: 44.0 },
  },
};
const square = (x0: number, y0: number, x1: number, y1: number): number[][] => [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]];
const REGIONS: Regions = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', geometry: { type: 'Polygon', coordinates: [square(44.5, 12, 46, 13.2)] }, properties: { id: 'YE.02', name: 'Aden', country: 'YE' } },
    { type: 'Feature', geometry: { type: 'Polygon', coordinates: [square(43, 13.2, 44.5, 14)] }, properties: { id: 'YE.11', name: 'Taizz', country: 'YE' } },
    { type: 'Feature', geometry: { type: 'Polygon', coordinates: [square(45, 15, 46, 16)] }, properties: { id: 'YE.14', name: 'Marib', country: 'YE' } },
  ],
};

const features = generateDemo(GAZ, { events: 1500, seed: 7 }).features as EventFeature[];
const INDEXES: Array<[string, EventIndex]> = [
  ['GeoJSON', buildEventIndex(features)],
  ['binary', binaryIndex(encodeFeatures(features, { attributes: ATTRIBUTES }), 'events.bin')],
];
const CASES: Array<[string, DateRange | null, Filters]> = [
  ['all', null, NO_FILTERS],
  ['a range', { start: '2012-01-01', end: '2012-04-30' }, NO_FILTERS],
  ['types and toll', null, { ...NO_FILTERS, types: ['Battles', 'Explosions/Remote violence'], minKilled: 5 }],
];
const idsOf = (list: readonly EventFeature[]): string[] => list.map((f) => f.properties.id);

describe('overlays from index rows', () => {
  it('the demo set has what the overlays tell apart', () => {
    const kinds = new Set(features.map((f) => `${f.properties.geo_precision}${f.properties.aggregate ? '+total' : ''}`));
    expect([...kinds].sort()).toEqual(expect.arrayContaining(['admin1', 'country', 'place']));
  });

  for (const [kind, index] of INDEXES)
    for (const [name, range, filters] of CASES) {
      const rows = (): Uint32Array => index.select(range, filters).rows;
      it(`${kind} index, ${name}: hexagons as from the features`, () => {
        const split = splitRows(index, rows(), 'hexagons');
        for (const res of [3, 6]) expect(binHexagonRows(index, split.summed, res)).toEqual(hexagonTotals(features, range, filters, res));
        const fromFeatures = splitForOverlay(features, range, filters, 'hexagons');
        expect(Array.from(split.apart, (r) => index.idOf(r)).sort()).toEqual(idsOf(fromFeatures.apart).sort());
      });

      it(`${kind} index, ${name}: provinces and the panel as from the features`, () => {
        const split = splitRows(index, rows(), 'regions');
        const got = regionRowTotals(index, split, REGIONS, regionRowFinder(REGIONS, index));
        const want = regionTotals(features, range, filters, REGIONS);
        expect(got.regions).toEqual(want.regions);
        expect(got.apart.map((r) => index.idOf(r)).sort()).toEqual(idsOf(want.apart).sort());
        const list = apartList(index, got.apart, MAX_LISTED);
        const ref = apartOf(want.apart);
        expect(list.count).toBe(ref.count);
        expect(list.countryWide).toBe(ref.countryWide);
        const toll = (f: EventFeature): number => f.properties.fatalities?.best ?? f.properties.fatalities?.low ?? f.properties.fatalities?.high ?? -1;
        expect(list.listed.map(toll)).toEqual(ref.listed.map(toll));
      });
    }

  it('largestTolls keeps the largest few in order, no toll last, ties by row', () => {
    const toll = Float32Array.from([5, -1, 30, 5, 0, 30, 7]);
    expect(largestTolls({ toll }, [0, 1, 2, 3, 4, 5, 6], 4)).toEqual([2, 5, 6, 0]);
    expect(largestTolls({ toll }, [1, 4], 4)).toEqual([4, 1]);
    expect(largestTolls({ toll }, [], 4)).toEqual([]);
  });
});
