// Picking: the grid finds exactly the events whose drawn circle holds the point and that pass the filter,
// and picks the most precise, then the smallest toll.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesFilter, type GpuFilter } from '../../../src/app/map/gpu/filter.ts';
import { buildPickIndex } from '../../../src/app/map/gpu/picking.ts';
import { markerRadius } from '../../../src/app/map/gpu/radius.ts';
import { columns, rowArb } from './events.ts';

const DAYS = 60;
const WORLD = 512 * 2 ** 9;

describe('GPU picking', () => {
  it('hits are exactly the filtered events under the point (brute force)', () => {
    const filterArb = fc.record({
      range: fc.option(fc.tuple(fc.integer({ min: 0, max: DAYS }), fc.integer({ min: 0, max: 20 })).map(([s, l]) => ({ start: s, end: s + l }))),
      typeMask: fc.integer({ min: 0, max: 0x7f }),
      minToll: fc.constantFrom(0, 1, 10, 55),
    });
    fc.assert(
      fc.property(
        fc.array(rowArb(DAYS), { maxLength: 150 }),
        filterArb,
        fc.double({ min: 0.5, max: 0.51, noNaN: true }),
        fc.double({ min: 0.4, max: 0.41, noNaN: true }),
        fc.boolean(),
        (rows, filter: GpuFilter, x, y, dense) => {
          const cols = columns(rows, DAYS);
          const index = buildPickIndex(cols, 16);
          const got = index.hits(x, y, WORLD, filter, 1.5, dense).sort((a, b) => a - b);
          const want: number[] = [];
          for (let i = 0; i < cols.count; i++) {
            const r = markerRadius(cols.toll[i]!, cols.bits[i]!, 1.5, dense) + 1;
            const d = Math.hypot((cols.mx[i]! - x) * WORLD, (cols.my[i]! - y) * WORLD);
            if (d <= r && matchesFilter(cols, i, filter)) want.push(i);
          }
          expect(got).toEqual(want);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('honours the filter and prefers the most precise, then the smallest toll', () => {
    const at = { x: 0.5, y: 0.4 };
    const cols = columns(
      [
        { start: 5, span: 0, type: 0, toll: 50, ...at, prec: 2 },
        { start: 5, span: 0, type: 0, toll: 40, ...at, prec: 0 },
        { start: 9, span: 0, type: 0, toll: 3, ...at, prec: 0 },
      ],
      DAYS,
    );
    const index = buildPickIndex(cols);
    const all: GpuFilter = { range: null, typeMask: 0x7f, minToll: 0 };
    expect(index.pick(at.x, at.y, WORLD, all, 1.5)).toBe(2);
    expect(index.pick(at.x, at.y, WORLD, { ...all, range: { start: 5, end: 5 } }, 1.5)).toBe(1);
    expect(index.pick(at.x, at.y, WORLD, { ...all, range: { start: 5, end: 5 }, minToll: 45 }, 1.5)).toBe(0);
    expect(index.pick(at.x, at.y, WORLD, { ...all, typeMask: 0b10 }, 1.5)).toBe(-1);
    expect(index.pick(at.x + 100 / WORLD, at.y, WORLD, all, 1.5)).toBe(-1);
  });
});
