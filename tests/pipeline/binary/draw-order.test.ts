import { describe, expect, it } from 'vitest';
import { drawOrder } from '../../../src/pipeline/binary/encode.ts';
import { packBits } from '../../../src/pipeline/binary/layout.ts';
import type { GeoPrecision } from '../../../src/shared/schema.ts';

function columns(rows: Array<{ geo: GeoPrecision; toll: number | null }>) {
  return {
    bits: Uint8Array.from(rows, (r) => packBits(r.geo, 'day', false, false)),
    tollLow: Float32Array.from(rows, (r) => r.toll ?? NaN),
    tollBest: Float32Array.from(rows, (r) => r.toll ?? NaN),
    tollHigh: Float32Array.from(rows, (r) => r.toll ?? NaN),
  };
}

describe('drawOrder', () => {
  it('draws coarse places first, so a town is drawn above a country-wide ring whatever the tolls', () => {
    const cols = columns([
      { geo: 'place', toll: 3 },
      { geo: 'country', toll: 1 },
      { geo: 'admin1', toll: 2 },
      { geo: 'place', toll: 500 },
    ]);
    // First drawn first: the country ring (toll 1) under the province (2) under both towns.
    expect(Array.from(drawOrder(cols, 4))).toEqual([1, 2, 3, 0]);
  });

  it('within one precision, draws the largest toll first and an unknown toll last, ties in input order', () => {
    const cols = columns([
      { geo: 'place', toll: null },
      { geo: 'place', toll: 10 },
      { geo: 'place', toll: 0 },
      { geo: 'place', toll: 10 },
      { geo: 'country', toll: null },
      { geo: 'country', toll: 40 },
    ]);
    expect(Array.from(drawOrder(cols, 6))).toEqual([5, 4, 1, 3, 2, 0]);
  });
});
