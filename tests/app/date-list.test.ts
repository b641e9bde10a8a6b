// A brush's work without a pass over the rows (src/app/map/day-sums.ts, date-list.ts): the count and the
// count line's tolls from per-day sums, the table's rows in date order found one by one, each the same as
// a pass over every event gives, for ranges that cut through events reported over many days.
import { describe, expect, it } from 'vitest';
import { buildEventIndex } from '../../src/app/map/features-index.ts';
import { matchesFilters, NO_FILTERS, type Filters } from '../../src/app/state/filters.ts';
import { filterByRange, type DateRange } from '../../src/app/state/range.ts';
import { selectionTollText, tollText } from '../../src/app/ui/count.ts';
import { sortEvents } from '../../src/app/ui/table-order.ts';
import { generateDemo, type DemoGazetteer } from '../../src/pipeline/demo/generate.ts';
import type { EventFeature } from '../../src/shared/schema.ts';

const GAZ: DemoGazetteer = {
  country: { code: 'SD', name: 'Sudan', geonameid: 366755, lat: 15, lon: 30 },
  places: [
    { name: 'Khartoum', geonameid: 379252, admin1: 'SD.29', lat: 15.55, lon: 32.53, population: 1_900_000 },
    { name: 'El Fasher', geonameid: 371745, admin1: 'SD.55', lat: 13.63, lon: 25.35, population: 250_000 },
  ],
  admin1: {
    'SD.29': { name: 'Khartoum', geonameid: 379253, lat: 15.6, lon: 32.6 },
    'SD.55': { name: 'North Darfur', geonameid: 408667, lat: 16.0, lon: 25.0 },
  },
};

const base = generateDemo(GAZ, { events: 2500, seed: 21 }).features as EventFeature[];
// Some events reported over long spans (up to a year), so that ranges cut through them.
const features = base.map((f, i) =>
  i % 97 === 0 && f.properties.date_start
    ? { ...f, properties: { ...f.properties, date_end: new Date(Date.parse(f.properties.date_start) + (i % 400) * 86_400_000).toISOString().slice(0, 10) } }
    : f,
);
const index = buildEventIndex(features);
const CASES: Array<[DateRange | null, Filters]> = [
  [null, NO_FILTERS],
  [{ start: '2012-01-01', end: '2012-03-31' }, NO_FILTERS],
  [{ start: '2012-06-05', end: '2012-06-05' }, NO_FILTERS],
  [{ start: '2011-06-01', end: '2013-01-31' }, { ...NO_FILTERS, minKilled: 4 }],
  [{ start: '2012-02-10', end: '2012-02-20' }, { ...NO_FILTERS, types: ['Battles'] }],
  [{ start: '1990-01-01', end: '1990-12-31' }, NO_FILTERS],
];

describe('a selection without a pass over the rows', () => {
  for (const [range, filters] of CASES) {
    const expected = filterByRange(features.filter((f) => matchesFilters(f, filters)), range);
    const label = `${range ? `${range.start}…${range.end}` : 'all dates'}, ${JSON.stringify(filters).length} chars of filters`;
    it(`counts and sums tolls as a pass does, from the range's rows and then from per-day sums: ${label}`, async () => {
      const fresh = buildEventIndex(features);
      const first = fresh.select(range, filters);
      // The day sums are built after the first range under a filter setting, off the change itself.
      await new Promise((r) => setTimeout(r, 0));
      const again = fresh.select(range, filters);
      const ids = new Set(expected.map((f) => f.properties.id));
      for (const sel of [first, again]) {
        expect(sel.count).toBe(expected.length);
        expect(selectionTollText(sel)).toBe(tollText(expected));
        for (let r = 0; r < features.length; r += 7) expect(sel.has(r)).toBe(ids.has(features[r]!.properties.id));
      }
    });
    it(`lists the shown rows in the table's date order one by one: ${label}`, () => {
      const list = index.select(range, filters).inDateOrder();
      const want = sortEvents(expected, { key: 'date', descending: false }).map((f) => f.properties.id);
      expect(list.length).toBe(want.length);
      expect(Array.from({ length: list.length }, (_, k) => features[list.at(k)]!.properties.id)).toEqual(want);
    });
  }
});
