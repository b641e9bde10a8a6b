import { describe, expect, it } from 'vitest';
import type { EventFeature } from '../../../src/shared/schema.ts';
import { applyCodedToll, codedToll } from '../../../src/pipeline/events/coded-toll.ts';

const event = (id: string, fatalities: EventFeature['properties']['fatalities'], geo_precision: 'place' | 'country' = 'place'): EventFeature => ({
  type: 'Feature', geometry: { type: 'Point', coordinates: [69, 34] },
  properties: {
    id, event_type: 'Battles', sub_event_type: 'Armed clash', date_start: '2020-03-05', date_end: '2020-03-05', date_precision: 'day',
    place: { name: 'Nijrab', geonameid: null, admin1: null, country: 'AF' }, geo_precision, fatalities, actors: [],
    sources: [{ article: 'a', quote: 'q', start: 0, end: 1 }], confidence: 0.8,
  },
});

describe('codedToll', () => {
  it('the figure a note says was coded is read, with or without a vague lead', () => {
    expect(codedToll('3 were killed in clashes. Fatalities coded as 0 (VoJ reported 3 fatalities).')).toBe(0);
    expect(codedToll('An unknown number were killed. Unknown number of fatalities coded as 10.')).toBe(10);
    expect(codedToll("'Some' fighters killed. Some fatalities coded as 3.")).toBe(3);
  });
  it('a closing sentence that only counts fatalities is the coded figure', () => {
    expect(codedToll('Three men were killed and six persons were injured. A fourth person died later. 4 fatalities.')).toBe(4);
    expect(codedToll('Two of the victims died. 2 fatalities and 1 injured.')).toBe(2);
  });
  it('fatalities mentioned in running prose are no coded figure', () => {
    expect(codedToll('The fatalities included two children, officials said.')).toBeNull();
    expect(codedToll('Eleven fatalities were reported by the hospital on Friday.')).toBeNull();
  });
});

describe('applyCodedToll', () => {
  it('a coded 0 clears every toll', () => {
    expect(applyCodedToll([event('a', { low: 3, best: 3, high: 3 })], 'Fatalities coded as 0.').map((e) => e.properties.fatalities)).toEqual([null]);
  });
  it('a coded figure replaces the largest toll, or goes on the first placed event', () => {
    const out = applyCodedToll([event('a', { low: 1, best: 1, high: 1 }), event('b', { low: 16, best: 16, high: 16 })], 'Fatalities coded as 15 (VoJ reported 16).');
    expect(out.map((e) => e.properties.fatalities?.best)).toEqual([1, 15]);
    const none = applyCodedToll([event('c', null, 'country'), event('d', null)], 'Unknown fatalities coded as 10.');
    expect(none.map((e) => e.properties.fatalities?.best ?? null)).toEqual([null, 10]);
  });
});
