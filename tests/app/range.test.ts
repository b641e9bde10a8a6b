import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toMapFeature } from '../../src/app/map/events-source.ts';
import { dataExtent, eventSpan, filterByRange, matchesRange, normaliseRange, rangeFilter } from '../../src/app/state/range.ts';
import { addDays } from '../../src/app/state/dates.ts';
import { event } from './helpers.ts';

const hama = event({ id: 'hama', date_start: '2011-07-31', date_end: '2011-08-06', date_precision: 'week' });
const friday = event({ id: 'friday', date_start: '2011-08-05', date_end: '2011-08-05' });
const undated = event({ id: 'undated', date_start: null, date_end: '2011-08-06', date_precision: 'unknown' });
const noEnd = event({ id: 'no-end', date_start: '2011-08-02', date_end: null });

describe('matchesRange', () => {
  it('shows everything, undated events included, when no range is set', () => {
    expect(filterByRange([hama, friday, undated], null)).toHaveLength(3);
  });
  it('matches an event whose span overlaps the range, both ends included', () => {
    const day = { start: '2011-08-05', end: '2011-08-05' };
    expect(filterByRange([hama, friday, undated], day).map((f) => f.properties.id)).toEqual(['hama', 'friday']);
    expect(matchesRange(hama, { start: '2011-08-06', end: '2011-08-09' })).toBe(true);
    expect(matchesRange(hama, { start: '2011-08-07', end: '2011-08-09' })).toBe(false);
    expect(matchesRange(hama, { start: '2011-07-01', end: '2011-07-31' })).toBe(true);
    expect(matchesRange(hama, { start: '2011-07-01', end: '2011-07-30' })).toBe(false);
  });
  it('counts undated events as outside any range', () => {
    expect(matchesRange(undated, { start: '2011-08-06', end: '2011-08-06' })).toBe(false);
  });
  it('treats a missing end as a single day', () => {
    expect(eventSpan(noEnd)).toEqual({ start: '2011-08-02', end: '2011-08-02' });
    expect(matchesRange(noEnd, { start: '2011-08-03', end: '2011-08-04' })).toBe(false);
  });
});

describe('ranges', () => {
  it('puts the ends in order and fills a missing one', () => {
    expect(normaliseRange('2011-08-06', '2011-08-01')).toEqual({ start: '2011-08-01', end: '2011-08-06' });
    expect(normaliseRange('2011-08-06', null)).toEqual({ start: '2011-08-06', end: '2011-08-06' });
    expect(normaliseRange(null, null)).toBeNull();
  });
  it('finds the extent of the dated events', () => {
    expect(dataExtent([friday, undated, hama])).toEqual({ start: '2011-07-31', end: '2011-08-06' });
    expect(dataExtent([undated])).toBeNull();
  });
});

describe('the map filter expression', () => {
  const passes = (f: ReturnType<typeof event>, range: Parameters<typeof rangeFilter>[0]): boolean => {
    const mf = toMapFeature(f, 0);
    return featureFilter(rangeFilter(range), 'filter').filter({ zoom: 5 }, { type: 1, properties: mf.properties as never, id: 0 });
  };
  it('agrees with matchesRange on the examples', () => {
    for (const f of [hama, friday, undated, noEnd])
      for (const r of [null, { start: '2011-08-05', end: '2011-08-05' }, { start: '2011-07-01', end: '2011-07-30' }, { start: '2011-08-02', end: '2011-08-02' }])
        expect(passes(f, r), `${f.properties.id} ${JSON.stringify(r)}`).toBe(matchesRange(f, r));
  });
  it('agrees with matchesRange on any event and range', () => {
    const day = fc.integer({ min: 0, max: 60 }).map((n) => addDays('2011-07-01', n));
    fc.assert(
      fc.property(fc.option(day), fc.integer({ min: 0, max: 9 }), day, fc.integer({ min: 0, max: 9 }), (s, len, rs, rlen) => {
        const f = event({ date_start: s, date_end: s === null ? null : addDays(s, len) });
        const r = { start: rs, end: addDays(rs, rlen) };
        expect(passes(f, r)).toBe(matchesRange(f, r));
      }),
    );
  });
});
