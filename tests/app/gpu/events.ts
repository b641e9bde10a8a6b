// Random GPU-path columns for the property tests.
import fc from 'fast-check';
import { UNDATED } from '../../../src/pipeline/binary/layout.ts';

export interface Row {
  start: number | null;
  span: number;
  type: number;
  toll: number;
  x: number;
  y: number;
  prec: number;
}

export const rowArb = (days: number): fc.Arbitrary<Row> =>
  fc.record({
    start: fc.option(fc.integer({ min: 0, max: days - 1 }), { freq: 8 }),
    span: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 40 })),
    type: fc.oneof(fc.integer({ min: 0, max: 5 }), fc.constant(255)),
    toll: fc.oneof(fc.constant(-1), fc.constant(0), fc.integer({ min: 1, max: 2000 }), fc.constantFrom(1, 10, 100, 1000)),
    x: fc.double({ min: 0.5, max: 0.51, noNaN: true }),
    y: fc.double({ min: 0.4, max: 0.41, noNaN: true }),
    prec: fc.integer({ min: 0, max: 2 }),
  });

export function columns(rows: Row[], days: number) {
  const n = rows.length;
  const dayStart = new Uint16Array(n);
  const dayEnd = new Uint16Array(n);
  const type = new Uint8Array(n);
  const toll = new Float32Array(n);
  const bits = new Uint8Array(n);
  const mx = new Float64Array(n);
  const my = new Float64Array(n);
  rows.forEach((r, i) => {
    dayStart[i] = r.start === null ? UNDATED : r.start;
    dayEnd[i] = r.start === null ? UNDATED : Math.min(days - 1, r.start + r.span);
    type[i] = r.type;
    toll[i] = r.toll;
    bits[i] = r.prec;
    mx[i] = r.x;
    my[i] = r.y;
  });
  return { count: n, dayStart, dayEnd, type, toll, bits, mx, my };
}
