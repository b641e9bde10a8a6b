// The index of a binary file (src/app/map/binary-index.ts) against the index of the same features
// (src/app/map/features-index.ts): the same events for every filter and range, the same count line, and
// each row's event with every field the map shows but the sources' sentences.
import { describe, expect, it } from 'vitest';
import { binaryIndex } from '../../src/app/map/binary-index.ts';
import { buildEventIndex } from '../../src/app/map/features-index.ts';
import { indexOrders } from '../../src/app/map/index-order.ts';
import { timelineGroups } from '../../src/app/map/timeline-groups.ts';
import { NO_FILTERS, type Filters } from '../../src/app/state/filters.ts';
import type { DateRange } from '../../src/app/state/range.ts';
import { chartBins } from '../../src/app/timeline/measure.ts';
import { selectionTollText } from '../../src/app/ui/count.ts';
import { sortEvents } from '../../src/app/ui/table-order.ts';
import { encodeFeatures } from '../../src/pipeline/binary/encode.ts';
import { generateDemo, type DemoGazetteer } from '../../src/pipeline/demo/generate.ts';
import type { EventFeature } from '../../src/shared/schema.ts';
import { ATTRIBUTES } from '../../src/pipeline/binary/attributes.ts';

const GAZ: DemoGazetteer = {
  country: { code: 'YE', name: 'Yemen', geonameid: 69543, lat: 15.5, lon: 47.5 },
  places: [
    { name: 'Aden', geonameid: 415189, admin1: 'YE.02', lat: 12.78, lon: 45.04, population: 550_000 },
    { name: 'Taiz', geonameid: 70225, admin1: 'YE.11', lat: 13.58, lon: 44.02, population: 615_000 },
  ],
  admin1: {
    'YE.02': { name: 'Aden', geonameid: 79415, lat: 12.8, lon: 45.0 },
    'YE.11': { name: 'Taizz', geonameid: 70222, lat: 13.5, lon: 44.0 },
  },
};

const features = generateDemo(GAZ, { events: 2000, seed: 3 }).features as EventFeature[];
const plain = buildEventIndex(features);
const bin = binaryIndex(encodeFeatures(features, { attributes: ATTRIBUTES }), 'events.bin');
const ids = (index: typeof plain, rows: ArrayLike<number>): string[] => Array.from(rows, (r) => index.idOf(r)).sort();
const p0 = features.find((f) => f.properties.actors.length && f.properties.sources.some((s) => s.outlet))!.properties;
const CASES: Array<[string, DateRange | null, Filters]> = [
  ['nothing', null, NO_FILTERS],
  ['a range', { start: '2012-01-01', end: '2012-03-31' }, NO_FILTERS],
  ['types and toll', { start: '2011-06-01', end: '2013-01-31' }, { ...NO_FILTERS, types: ['Battles', 'Explosions/Remote violence'], minKilled: 10 }],
  ['precise and confident', null, { ...NO_FILTERS, precise: true, confident: true }],
  ['actor text', null, { ...NO_FILTERS, actor: ` ${p0.actors[0]!.slice(1, 7).toUpperCase()} ` }],
  ['outlet', { start: '2011-01-01', end: '2012-12-31' }, { ...NO_FILTERS, outlet: p0.sources.find((s) => s.outlet)!.outlet! }],
];

describe('the index of a binary file', () => {
  for (const [name, range, filters] of CASES)
    it(`selects the events the features' index selects: ${name}`, () => {
      const a = plain.select(range, filters);
      const b = bin.select(range, filters);
      expect(b.count).toBe(a.count);
      expect(ids(bin, b.rows)).toEqual(ids(plain, a.rows));
      expect(selectionTollText(b)).toBe(selectionTollText(a));
    });
  it('has the same extent, undated count and largest toll', () => {
    expect(bin.extent).toEqual(plain.extent);
    expect(bin.undated).toBe(plain.undated);
    expect(bin.maxToll).toBe(plain.maxToll);
  });
  it("gives each row's event with every field but the sources' sentences", () => {
    for (const id of [features[0]!.properties.id, features[999]!.properties.id]) {
      const want = features[plain.rowOf(id)!]!;
      const got = bin.feature(bin.rowOf(id)!);
      const { sources, summary: _s, injured: _i, admin: _a, dataset: _d, ...rest } = want.properties;
      expect(got.properties).toMatchObject({ ...rest, date_end: got.properties.date_end });
      expect(got.properties.date_end ?? null).toBe(want.properties.date_end ?? want.properties.date_start);
      expect(got.properties.sources.map((s) => s.outlet)).toEqual([...new Set(sources.map((s) => s.outlet))].filter(Boolean));
      expect(got.geometry.coordinates[0]).toBeCloseTo(want.geometry.coordinates[0], 4);
    }
  });
  it('orders the table by date, then id, as the features are ordered', () => {
    const order = indexOrders(bin)({ key: 'date', descending: false });
    expect(Array.from(order, (r) => bin.idOf(r))).toEqual(sortEvents(features, { key: 'date', descending: false }).map((f) => f.properties.id));
    const byToll = indexOrders(bin)({ key: 'killed', descending: true });
    expect(Array.from(byToll, (r) => bin.idOf(r))).toEqual(sortEvents(features, { key: 'killed', descending: true }).map((f) => f.properties.id));
  });
  it("lists the table's date order from the file's byDate column, as the features sort", () => {
    const want = sortEvents(features, { key: 'date', descending: false }).map((f) => f.properties.id);
    expect(Array.from(bin.byDate!, (r) => bin.idOf(r))).toEqual(want);
    const list = bin.select(null, NO_FILTERS).inDateOrder();
    expect(Array.from({ length: list.length }, (_, k) => bin.idOf(list.at(k)))).toEqual(want);
  });
  it("draws the timeline's bars from groups of events as from the events one by one", () => {
    const g = timelineGroups(bin);
    expect(g.features.length).toBeLessThan(features.length);
    for (const measure of ['events', 'deaths'] as const)
      for (const unit of ['day', 'month'] as const) {
        const a = chartBins(features, plain.extent, measure, unit);
        const b = chartBins(g.features, bin.extent, measure, unit, g.weights);
        expect(b.max).toBeCloseTo(a.max, 6);
        expect(b.undated).toBeCloseTo(a.undated, 6);
        expect(b.bars.map((x) => [x.day, x.type, x.spread, x.outline, Math.round(x.value * 1000)])).toEqual(
          a.bars.map((x) => [x.day, x.type, x.spread, x.outline, Math.round(x.value * 1000)]),
        );
      }
  });
});
