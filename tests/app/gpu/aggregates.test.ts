// Prefix-sum totals must equal a pass over the events, for any events and any filter.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bruteForce, buildAggregates, TOLL_LEVELS } from '../../../src/app/map/gpu/aggregates.ts';
import { matchesFilter, type GpuFilter } from '../../../src/app/map/gpu/filter.ts';
import { columns, rowArb } from './events.ts';

const DAYS = 120;
const filterArb: fc.Arbitrary<GpuFilter> = fc.record({
  range: fc.option(
    fc.tuple(fc.integer({ min: -20, max: DAYS + 20 }), fc.integer({ min: -3, max: 60 })).map(([s, len]) => ({ start: s, end: s + len })),
    { freq: 4 },
  ),
  typeMask: fc.oneof(fc.constant(0x7f), fc.integer({ min: 0, max: 0x7f })),
  minToll: fc.oneof(fc.constantFrom(...TOLL_LEVELS), fc.integer({ min: -5, max: 1500 })),
});

describe('day aggregates', () => {
  it('range totals from prefix sums equal a brute-force pass', () => {
    fc.assert(
      fc.property(fc.array(rowArb(DAYS), { maxLength: 200 }), fc.array(filterArb, { minLength: 1, maxLength: 8 }), (rows, filters) => {
        const cols = columns(rows, DAYS);
        const agg = buildAggregates(cols, cols.count, DAYS);
        for (const f of filters) expect(agg.query(f)).toEqual(bruteForce(cols, cols.count, f));
      }),
      { numRuns: 300 },
    );
  });

  it('per-day totals count an event on every day of its span', () => {
    fc.assert(
      fc.property(fc.array(rowArb(DAYS), { maxLength: 120 }), fc.integer({ min: 0, max: 0x7f }), fc.constantFrom(...TOLL_LEVELS), (rows, typeMask, minToll) => {
        const cols = columns(rows, DAYS);
        const perDay = buildAggregates(cols, cols.count, DAYS).perDay({ typeMask, minToll });
        for (let d = 0; d < DAYS; d += 7) {
          let n = 0;
          for (let i = 0; i < cols.count; i++) if (matchesFilter(cols, i, { range: { start: d, end: d }, typeMask, minToll })) n++;
          expect(perDay.events[d]).toBe(n);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('follows the app rule: undated events only without a range; spans overlap inclusively', () => {
    const cols = columns(
      [
        { start: null, span: 0, type: 0, toll: 3, x: 0.5, y: 0.4, prec: 0 },
        { start: 10, span: 5, type: 1, toll: 12, x: 0.5, y: 0.4, prec: 0 },
        { start: 20, span: 0, type: 255, toll: -1, x: 0.5, y: 0.4, prec: 0 },
      ],
      DAYS,
    );
    const agg = buildAggregates(cols, 3, DAYS);
    const all = { typeMask: 0x7f, minToll: 0 };
    expect(agg.query({ range: null, ...all })).toEqual({ events: 3, fatalities: 15 });
    expect(agg.query({ range: { start: 15, end: 15 }, ...all })).toEqual({ events: 1, fatalities: 12 });
    expect(agg.query({ range: { start: 16, end: 20 }, ...all })).toEqual({ events: 1, fatalities: 0 });
    expect(agg.query({ range: { start: 0, end: 99 }, typeMask: 1 << 6, minToll: 0 })).toEqual({ events: 1, fatalities: 0 });
    expect(agg.query({ range: null, typeMask: 0x7f, minToll: 10 })).toEqual({ events: 1, fatalities: 12 });
  });
});
