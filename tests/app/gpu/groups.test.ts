// Per-group (H3 cell) totals from sorted days and running sums equal a pass over the group's events.
import fc from 'fast-check';
import { latLngToCell } from 'h3-js';
import { describe, expect, it } from 'vitest';
import { bruteForceRows, TOLL_LEVELS } from '../../../src/app/map/gpu/aggregates.ts';
import type { GpuFilter } from '../../../src/app/map/gpu/filter.ts';
import { buildGroupAggregates } from '../../../src/app/map/gpu/groups.ts';
import { buildCellAggregates } from '../../../src/app/map/gpu/h3cells.ts';
import type { GpuEvents } from '../../../src/app/map/gpu/data.ts';
import { columns, rowArb } from './events.ts';

const DAYS = 90;
const filterArb: fc.Arbitrary<GpuFilter> = fc.record({
  range: fc.option(fc.tuple(fc.integer({ min: -10, max: DAYS + 10 }), fc.integer({ min: -2, max: 50 })).map(([s, l]) => ({ start: s, end: s + l })), { freq: 4 }),
  typeMask: fc.oneof({ weight: 3, arbitrary: fc.constant(0x7f) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 0x7f }) }),
  minToll: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.constantFrom(...TOLL_LEVELS, 7) }),
});

describe('per-group totals', () => {
  it('equal a brute-force pass over each group', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(rowArb(DAYS), fc.integer({ min: 0, max: 4 })), { maxLength: 150 }), fc.array(filterArb, { minLength: 1, maxLength: 6 }), (pairs, filters) => {
        const cols = columns(pairs.map(([r]) => r), DAYS);
        const groupOf = Uint32Array.from(pairs.map(([, g]) => g));
        const agg = buildGroupAggregates(cols, cols.count, groupOf, 5);
        for (let g = 0; g < 5; g++) {
          const mine = [...groupOf.keys()].filter((i) => groupOf[i] === g);
          expect(Array.from(agg.rows(g)).sort((a, b) => a - b)).toEqual(mine);
          for (const f of filters) expect(agg.query(g, f)).toEqual(bruteForceRows(cols, mine, mine.length, f));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('groups events by their H3 cell', async () => {
    const lon = Float32Array.from([36.2, 36.2001, 44.1, -100]);
    const lat = Float32Array.from([33.5, 33.5001, 15.3, 20]);
    const cols = columns(
      [0, 1, 2, 3].map((i) => ({ start: i * 3, span: 0, type: 0, toll: i + 1, x: 0.5, y: 0.4, prec: 0 })),
      DAYS,
    );
    const ev = { ...cols, lon, lat } as unknown as GpuEvents;
    const cells = await buildCellAggregates(ev, 4, 2);
    expect(cells.groups).toBe(3);
    const g = cells.groupOf(latLngToCell(33.5, 36.2, 4));
    expect(cells.query(g, { range: null, typeMask: 0x7f, minToll: 0 })).toEqual({ events: 2, fatalities: 3 });
    expect(cells.query(g, { range: { start: 3, end: 10 }, typeMask: 0x7f, minToll: 0 })).toEqual({ events: 1, fatalities: 2 });
    expect(cells.groupOf('8400000ffffffff')).toBe(-1);
  });
});
