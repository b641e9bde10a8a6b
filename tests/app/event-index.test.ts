import { describe, expect, it } from 'vitest';
import { buildEventIndex } from '../../src/app/map/features-index.ts';
import { matchesFilters, NO_FILTERS, type Filters } from '../../src/app/state/filters.ts';
import { filterByRange, type DateRange } from '../../src/app/state/range.ts';
import { selectionTollText, tollText } from '../../src/app/ui/count.ts';
import { shownInOrder, sortEvents, tableOrders } from '../../src/app/ui/table-order.ts';
import { generateDemo, type DemoGazetteer } from '../../src/pipeline/demo/generate.ts';
import type { EventFeature } from '../../src/shared/schema.ts';

const GAZ: DemoGazetteer = {
  country: { code: 'SY', name: 'Syria', geonameid: 163843, lat: 35, lon: 38 },
  places: [
    { name: 'Aleppo', geonameid: 170063, admin1: 'SY.09', lat: 36.2, lon: 37.16, population: 1_600_000 },
    { name: 'Hama', geonameid: 170017, admin1: 'SY.10', lat: 35.13, lon: 36.76, population: 460_000 },
    { name: 'Kafr Nabl', geonameid: 169375, admin1: 'SY.12', lat: 35.61, lon: 36.56, population: 15_000 },
  ],
  admin1: {
    'SY.09': { name: 'Aleppo', geonameid: 170062, lat: 36.1, lon: 37.6 },
    'SY.10': { name: 'Hama', geonameid: 170016, lat: 35.2, lon: 37.2 },
    'SY.12': { name: 'Idlib', geonameid: 169387, lat: 35.85, lon: 36.68 },
  },
};

const features = generateDemo(GAZ, { events: 3000, seed: 7 }).features as EventFeature[];
const index = buildEventIndex(features);
const f0 = features[0]!.properties;
const CASES: Array<[string, DateRange | null, Filters]> = [
  ['nothing', null, NO_FILTERS],
  ['a range', { start: '2012-01-01', end: '2012-03-31' }, NO_FILTERS],
  ['a day', { start: '2012-06-05', end: '2012-06-05' }, NO_FILTERS],
  ['types and toll', { start: '2011-06-01', end: '2013-01-31' }, { ...NO_FILTERS, types: ['Battles', 'Explosions/Remote violence'], minKilled: 10 }],
  ['precise and confident', null, { ...NO_FILTERS, precise: true, confident: true }],
  ['actor text', null, { ...NO_FILTERS, actor: ` ${(f0.actors[0] ?? 'forces').slice(2, 9).toUpperCase()} ` }],
  ['outlet', { start: '2011-01-01', end: '2012-12-31' }, { ...NO_FILTERS, outlet: f0.sources[0]?.outlet ?? null }],
  ['a type listed that no event has', null, { ...NO_FILTERS, types: ['Riots', 'No such type'] }],
  ['no type at all', { start: '2012-01-01', end: '2012-03-31' }, { ...NO_FILTERS, types: [] }],
  ['a toll of one', null, { ...NO_FILTERS, minKilled: 1 }],
];

describe('the filtered index', () => {
  for (const [name, range, filters] of CASES)
    it(`selects what matchesFilters and the date rule select: ${name}`, () => {
      const expected = filterByRange(features.filter((f) => matchesFilters(f, filters)), range);
      const sel = index.select(range, filters);
      expect(sel.features().map((f) => f.properties.id)).toEqual(expected.map((f) => f.properties.id));
      expect(sel.count).toBe(expected.length);
      expect(selectionTollText(sel)).toBe(tollText(expected));
      expect([...sel.mask].reduce((a, b) => a + b, 0)).toBe(expected.length);
    });
  it('keeps the row mask of equal filters (a brush recomputes nothing else)', () => {
    const a = index.filterMask({ ...NO_FILTERS, minKilled: 5 });
    expect(index.filterMask({ ...NO_FILTERS, minKilled: 5 })).toBe(a);
  });
  it('gives the country-wide totals\' toll, said to be totals, when no located event gives one', () => {
    const only = features.filter((f) => f.properties.fatalities).slice(0, 2).map((f) => ({ ...f, properties: { ...f.properties, aggregate: true } }));
    const sel = buildEventIndex(only).select(null, NO_FILTERS);
    expect(selectionTollText(sel)).toBe(tollText(only));
    expect(selectionTollText(sel)).toMatch(/country-wide totals/);
    expect(sel.toll.any).toBe(false);
  });
  it('finds rows by id', () => expect(index.rowOf(features[17]!.properties.id)).toBe(17));
});

describe('table orders', () => {
  it('give the shown rows in the order sortEvents gives them', () => {
    const orders = tableOrders(features);
    const sel = index.select({ start: '2012-01-01', end: '2012-12-31' }, NO_FILTERS);
    for (const sort of [{ key: 'date', descending: false }, { key: 'killed', descending: true }, { key: 'place', descending: false }] as const) {
      const rows = shownInOrder(orders(sort), sel.mask, sel.count);
      expect(Array.from(rows, (r) => features[r]!.properties.id)).toEqual(sortEvents(sel.features(), sort).map((f) => f.properties.id));
    }
  });
});
