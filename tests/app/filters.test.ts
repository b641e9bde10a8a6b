import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { EVENT_TYPES, type EventFeature } from '../../src/shared/schema.ts';
import { filtersExpression, matchesFilters, type Filters } from '../../src/app/state/filters.ts';
import { toMapCollection } from '../../src/app/map/events-source.ts';

const ev = (i: number, type: string, killed: number | null, prec: string): EventFeature => ({
  type: 'Feature', geometry: { type: 'Point', coordinates: [36, 34] },
  properties: {
    id: `e${i}`, event_type: type, sub_event_type: null, date_start: '2011-08-05', date_end: '2011-08-05', date_precision: 'day',
    place: { name: 'X', geonameid: null, admin1: null, country: 'SY' }, geo_precision: prec, actors: [], confidence: 0.5, sources: [],
    fatalities: killed === null ? null : { low: killed, best: killed, high: killed },
  },
}) as unknown as EventFeature;

describe('filters', () => {
  it('the map expression selects exactly the events the JavaScript rule selects', () => {
    const arbEvent = fc.tuple(fc.nat(1000), fc.constantFrom(...EVENT_TYPES), fc.option(fc.nat(500)), fc.constantFrom('place', 'admin1', 'country'));
    const arbFilters = fc.record({ types: fc.option(fc.subarray([...EVENT_TYPES], { minLength: 1 })), minKilled: fc.nat(300), precise: fc.boolean() });
    fc.assert(fc.property(fc.array(arbEvent, { maxLength: 30 }), arbFilters, (raw, filters: Filters) => {
      const events = raw.map(([i, t, k, p], j) => ev(i * 100 + j, t, k, p));
      const compiled = featureFilter(filtersExpression(filters), 'filter');
      const mapped = toMapCollection(events).features;
      const byMap = mapped.filter((f) => compiled.filter({ zoom: 5 }, { type: 1, properties: f.properties as never, id: 0 })).map((f) => String(f.properties.id)).sort();
      const byJs = events.filter((e) => matchesFilters(e, filters)).map((e) => e.properties.id).sort();
      expect(byMap).toEqual(byJs);
    }), { numRuns: 200 });
  });
});
