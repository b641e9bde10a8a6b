import { describe, expect, it } from 'vitest';
import type { EventFeature, EventProperties } from '../../src/shared/schema.ts';
import { mergeEvents } from '../../src/pipeline/merge.ts';

function ev(id: string, p: Partial<EventProperties>, article = id): EventFeature {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [38.99, 34.8] },
    properties: {
      id, event_type: 'Protests', sub_event_type: 'Excessive force against protesters',
      date_start: '2011-08-05', date_end: '2011-08-05', date_precision: 'day',
      place: { name: 'Syria', geonameid: 163843, admin1: null, country: 'SY' }, geo_precision: 'country',
      fatalities: null, actors: [], confidence: 0.5,
      sources: [{ article, quote: `quote of ${article}`, start: 0, end: 10 }],
      ...p,
    },
  };
}

describe('mergeEvents', () => {
  it('one event reported by two outlets becomes one feature with both sources', () => {
    const out = mergeEvents([ev('a', {}), ev('b', {})]);
    expect(out).toHaveLength(1);
    expect(out[0]?.properties.sources.map((s) => s.article)).toEqual(['a', 'b']);
  });
  it('tolls that disagree become a range, never a sum (at least 18 and at least 24 → 18–24)', () => {
    const out = mergeEvents([ev('a', { fatalities: { low: 18, best: 18, high: null } }), ev('b', { fatalities: { low: 24, best: 24, high: null } })]);
    expect(out[0]?.properties.fatalities).toEqual({ low: 18, best: 24, high: 24 });
  });
  it('two towns the gazetteer lacks, coded to one province, stay two events; reports of one of them merge', () => {
    const at = (id: string, name: string) => ev(id, { geo_precision: 'admin1', place: { name, geonameid: null, admin1: 'LK.36', country: 'LK' } });
    expect(mergeEvents([at('a', 'Dehiwala'), at('b', 'Dematagoda')])).toHaveLength(2);
    expect(mergeEvents([at('a', 'Dehiwala'), at('b', 'Dehiwala')])).toHaveLength(1);
  });
  it('events of different types or places stay apart', () => {
    expect(mergeEvents([ev('a', {}), ev('b', { event_type: 'Battles' })])).toHaveLength(2);
    const hama = { name: 'Hama', geonameid: 170017, admin1: 'SY.10', country: 'SY' };
    expect(mergeEvents([ev('a', {}), ev('b', { place: hama, geo_precision: 'place' })])).toHaveLength(2);
  });
  it('dates more than a day apart stay apart; a day apart merge', () => {
    expect(mergeEvents([ev('a', {}), ev('b', { date_start: '2011-08-01', date_end: '2011-08-01' })])).toHaveLength(2);
    expect(mergeEvents([ev('a', {}), ev('b', { date_start: '2011-08-06', date_end: '2011-08-06' })])).toHaveLength(1);
  });
  it('within one article, a toll below another\'s open lower bound is a part of it (over 100, of them 60–70 → over 100)', () => {
    const over100 = ev('a1', { fatalities: { low: 100, best: 100, high: null } }, 'a');
    const part = ev('a2', { fatalities: { low: 60, best: 65, high: 70 } }, 'a');
    expect(mergeEvents([over100, part], { sameArticle: true })[0]?.properties.fatalities).toEqual({ low: 100, best: 100, high: null });
    expect(mergeEvents([part, over100], { sameArticle: true })[0]?.properties.fatalities).toEqual({ low: 100, best: 100, high: null });
  });
  it('across articles the same tolls still become a range', () =>
    expect(mergeEvents([ev('a', { fatalities: { low: 100, best: 100, high: null } }), ev('b', { fatalities: { low: 60, best: 65, high: 70 } })])[0]?.properties.fatalities).toEqual({ low: 60, best: 100, high: 100 }));
  it('within one article an undated mention folds into the dated event', () => {
    const out = mergeEvents([ev('a1', { date_start: null, date_precision: 'unknown' }, 'a'), ev('a2', {}, 'a')], { sameArticle: true });
    expect(out).toHaveLength(1);
    expect(out[0]?.properties.date_start).toBe('2011-08-05');
  });
  it('across articles an undated claim does not merge into a dated event', () =>
    expect(mergeEvents([ev('a', { date_start: null, date_precision: 'unknown' }), ev('b', {})])).toHaveLength(2));
  it('does not modify its input', () => {
    const a = ev('a', { fatalities: { low: 1, best: 1, high: 1 } });
    mergeEvents([a, ev('b', { fatalities: { low: 5, best: 5, high: 5 } })]);
    expect(a.properties.fatalities).toEqual({ low: 1, best: 1, high: 1 });
  });
});
