import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { EVENT_TYPES, type EventFeature } from '../../src/shared/schema.ts';
import { actorsKey, filtersExpression, matchesFilters, NO_FILTERS, parseFilters, writeFilters, type Filters } from '../../src/app/state/filters.ts';
import { toMapCollection } from '../../src/app/map/events-source.ts';

const ACTORS = ['Syrian army', 'security forces', 'protesters', 'Army defectors', 'armed gangs'];
const OUTLETS = ['Reuters', 'AP', 'Al Jazeera', 'Reuters (via X)'];

const ev = (i: number, type: string, killed: number | null, prec: string, actors: string[] = [], outlets: string[] = [], confidence = 0.5): EventFeature => ({
  type: 'Feature', geometry: { type: 'Point', coordinates: [36, 34] },
  properties: {
    id: `e${i}`, event_type: type, sub_event_type: null, date_start: '2011-08-05', date_end: '2011-08-05', date_precision: 'day',
    place: { name: 'X', geonameid: null, admin1: null, country: 'SY' }, geo_precision: prec, actors, confidence,
    sources: outlets.map((outlet) => ({ article: 'a', quote: 'q', start: 0, end: 1, outlet })),
    fatalities: killed === null ? null : { low: killed, best: killed, high: killed },
  },
}) as unknown as EventFeature;

describe('filters', () => {
  it('the map expression selects exactly the events the JavaScript rule selects', () => {
    const arbEvent = fc.tuple(fc.nat(1000), fc.constantFrom(...EVENT_TYPES), fc.option(fc.nat(500)), fc.constantFrom('place', 'admin1', 'country'),
      fc.subarray(ACTORS), fc.subarray(OUTLETS), fc.constantFrom(0.05, 0.3, 0.49, 0.5, 0.65, 0.99));
    const arbFilters = fc.record({
      types: fc.option(fc.subarray([...EVENT_TYPES], { minLength: 1 })), minKilled: fc.nat(300), precise: fc.boolean(),
      actor: fc.constantFrom('', 'army', 'ARMY ', 'forces', 'gangs', 'rmed g', 's\np', 'nobody'), outlet: fc.option(fc.constantFrom(...OUTLETS)),
      confident: fc.boolean(),
    });
    fc.assert(fc.property(fc.array(arbEvent, { maxLength: 30 }), arbFilters, (raw, filters: Filters) => {
      const events = raw.map(([i, t, k, p, a, o, c], j) => ev(i * 100 + j, t, k, p, a, o, c));
      const compiled = featureFilter(filtersExpression(filters), 'filter');
      const mapped = toMapCollection(events).features;
      const byMap = mapped.filter((f) => compiled.filter({ zoom: 5 }, { type: 1, properties: f.properties as never, id: 0 })).map((f) => String(f.properties.id)).sort();
      const byJs = events.filter((e) => matchesFilters(e, filters)).map((e) => e.properties.id).sort();
      expect(byMap).toEqual(byJs);
    }), { numRuns: 300 });
  });

  it('actor text matches within one name, in any case', () => {
    const e = ev(1, 'Protests', null, 'place', ['Syrian army', 'protesters']);
    expect(matchesFilters(e, { ...NO_FILTERS, actor: ' ARMY' })).toBe(true);
    expect(matchesFilters(e, { ...NO_FILTERS, actor: 'army protesters' })).toBe(false);
  });
  it('actor text also finds the people an act was done to', () => {
    const e = ev(1, 'Violence against civilians', 3, 'place', ['Syrian army']);
    e.properties.victims = ['civilians'];
    expect(matchesFilters(e, { ...NO_FILTERS, actor: 'civilians' })).toBe(true);
    expect(actorsKey(e)).toBe('\nsyrian army\ncivilians\n');
  });
  it('an outlet filter keeps events with a source from that outlet', () => {
    const e = ev(1, 'Protests', null, 'place', [], ['Reuters', 'AP']);
    expect(matchesFilters(e, { ...NO_FILTERS, outlet: 'AP' })).toBe(true);
    expect(matchesFilters(e, { ...NO_FILTERS, outlet: 'Reuters (via X)' })).toBe(false);
  });
  it('"hide low-confidence events" hides those below 0.5 and round-trips through the hash as confident=1', () => {
    expect(matchesFilters(ev(1, 'Protests', null, 'place', [], [], 0.45), { ...NO_FILTERS, confident: true })).toBe(false);
    expect(matchesFilters(ev(1, 'Protests', null, 'place', [], [], 0.5), { ...NO_FILTERS, confident: true })).toBe(true);
    expect(matchesFilters(ev(1, 'Protests', null, 'place', [], [], 0.45), NO_FILTERS)).toBe(true);
    const params = new URLSearchParams();
    writeFilters(params, { ...NO_FILTERS, confident: true });
    expect(params.toString()).toBe('confident=1');
    expect(parseFilters(params)).toEqual({ ...NO_FILTERS, confident: true });
    expect(parseFilters(new URLSearchParams('confident=yes')).confident).toBe(false);
  });
  it('actor and outlet round-trip through the hash; blanks are left out', () => {
    const params = new URLSearchParams();
    writeFilters(params, { ...NO_FILTERS, actor: 'security forces', outlet: 'Reuters & Co' });
    expect(parseFilters(new URLSearchParams(params.toString()))).toEqual({ ...NO_FILTERS, actor: 'security forces', outlet: 'Reuters & Co' });
    const blank = new URLSearchParams();
    writeFilters(blank, { ...NO_FILTERS, actor: '   ' });
    expect(blank.toString()).toBe('');
  });
});
