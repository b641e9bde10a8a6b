import { describe, expect, it } from 'vitest';
import { binTollByDay, tollOf } from '../../../src/app/timeline/toll-bins.ts';
import { event } from '../helpers.ts';

const EXTENT = { start: '2011-07-31', end: '2011-08-06' };
const toll = (best: number | null, low: number | null = best, high: number | null = best) => ({ low, best, high });

describe('reported deaths per day', () => {
  it("an event's toll is its best figure, else its lower bound, else its upper one", () => {
    expect(tollOf(event({ fatalities: toll(20, 18, 24) }))).toBe(20);
    expect(tollOf(event({ fatalities: toll(null, 18, null) }))).toBe(18);
    expect(tollOf(event({ fatalities: toll(null, null, 5) }))).toBe(5);
    expect(tollOf(event({ fatalities: null }))).toBe(0);
  });

  it('sums the tolls of one day, stacked by type', () => {
    const b = binTollByDay(
      [
        event({ id: 'a', event_type: 'Battles', date_start: '2011-08-05', date_end: '2011-08-05', fatalities: toll(10) }),
        event({ id: 'b', event_type: 'Protests', date_start: '2011-08-05', date_end: '2011-08-05', fatalities: toll(5) }),
        event({ id: 'c', event_type: 'Battles', date_start: '2011-08-05', date_end: '2011-08-05', fatalities: toll(2) }),
      ],
      EXTENT,
    );
    expect(b.segments.map((s) => [s.type, s.value, s.y0, s.y1])).toEqual([
      ['Battles', 12, 0, 12],
      ['Protests', 5, 12, 17],
    ]);
    expect(b.max).toBe(17);
    expect(b.located).toBe(17);
  });

  it("spreads a multi-day toll evenly over its days, so the days add up to the toll once", () => {
    const b = binTollByDay([event({ date_start: '2011-07-31', date_end: '2011-08-06', fatalities: toll(300) })], EXTENT);
    expect(b.segments).toHaveLength(7);
    expect(b.segments.every((s) => s.spread && !s.aggregate)).toBe(true);
    const sum = b.segments.reduce((n, s) => n + s.value, 0);
    expect(sum).toBeCloseTo(300, 9);
    expect(b.segments[0]?.value).toBeCloseTo(300 / 7, 9);
    expect(b.located).toBe(300);
  });

  it('draws country-wide totals from zero beside the located deaths, never stacked on them or added to them', () => {
    const b = binTollByDay(
      [
        event({ id: 'a', date_start: '2011-08-05', date_end: '2011-08-05', fatalities: toll(10) }),
        event({ id: 'n', event_type: 'Protests', date_start: '2011-08-05', date_end: '2011-08-05', fatalities: toll(18, 18, null), aggregate: true }),
      ],
      EXTENT,
    );
    const total = b.segments.find((s) => s.aggregate);
    expect(total).toMatchObject({ y0: 0, y1: 18, value: 18 });
    expect(b.located).toBe(10);
    expect(b.max).toBe(18);
  });

  it('puts the deaths of undated events in the date-unknown lane, leaving country-wide totals out', () => {
    const b = binTollByDay(
      [
        event({ id: 'a', date_start: null, date_end: null, fatalities: toll(4) }),
        event({ id: 'n', date_start: null, date_end: null, fatalities: toll(50), aggregate: true }),
      ],
      EXTENT,
    );
    expect(b.undated).toBe(4);
    expect(b.segments).toEqual([]);
  });

  it('leaves out events without a toll', () => {
    expect(binTollByDay([event({ fatalities: null })], EXTENT).segments).toEqual([]);
  });
});
