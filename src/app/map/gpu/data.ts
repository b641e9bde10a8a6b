// The decoded events as the GPU path holds them: the file's columns as they are (uploaded to the GPU
// without a copy), plus Web Mercator positions split into high and low Float32 halves (so points stay
// exact to the centimetre at any zoom: the shader subtracts the camera centre from each half first),
// and the drawn toll. Built once per file.
import { decodeBinary, drawnToll, type BinaryEvents } from '../../../pipeline/binary/layout.ts';

export interface GpuEvents extends BinaryEvents {
  count: number;
  /** Mercator x, y in [0, 1] (doubles, for picking). */
  mx: Float64Array;
  my: Float64Array;
  /** Interleaved [x, y] high and low halves: (hi + lo) is the double position. */
  hi: Float32Array;
  lo: Float32Array;
  /** The figure the marker is sized by; -1 when there is none. */
  toll: Float32Array;
  maxToll: number;
}

const MAX_LAT = 85.051129;

export function mercatorX(lon: number): number {
  return (180 + lon) / 360;
}

export function mercatorY(lat: number): number {
  const l = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
  return (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (l * Math.PI) / 360))) / 360;
}

/** Splits a double into a float32 and the float32 of what it left out. */
export function splitDouble(v: number): [number, number] {
  const hi = Math.fround(v);
  return [hi, Math.fround(v - hi)];
}

export function prepareEvents(events: BinaryEvents): GpuEvents {
  const n = events.header.count;
  const mx = new Float64Array(n);
  const my = new Float64Array(n);
  const hi = new Float32Array(2 * n);
  const lo = new Float32Array(2 * n);
  const toll = new Float32Array(n);
  let maxToll = 0;
  for (let i = 0; i < n; i++) {
    const x = mercatorX(events.lon[i] ?? 0);
    const y = mercatorY(events.lat[i] ?? 0);
    mx[i] = x;
    my[i] = y;
    const hx = Math.fround(x);
    const hy = Math.fround(y);
    hi[2 * i] = hx;
    hi[2 * i + 1] = hy;
    lo[2 * i] = x - hx;
    lo[2 * i + 1] = y - hy;
    const t = drawnToll(events, i);
    toll[i] = t;
    if (t > maxToll) maxToll = t;
  }
  return { ...events, count: n, mx, my, hi, lo, toll, maxToll };
}

export function decodeEvents(buffer: ArrayBuffer): GpuEvents {
  return prepareEvents(decodeBinary(buffer));
}
