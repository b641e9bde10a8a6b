// The decoded events as the GPU path holds them: the file's columns (views, no copy), Web Mercator
// positions in doubles (picking), the drawn toll, and one interleaved vertex buffer for the GPU (a single
// upload): position split into high and low Float32 halves (points stay exact to the centimetre at any
// zoom: the shader subtracts the camera centre from each half first), toll, days, type and bits.
import { decodeBinary, drawnToll, type BinaryEvents } from '../../../pipeline/binary/layout.ts';

export interface GpuEvents extends BinaryEvents {
  count: number;
  /** Mercator x, y in [0, 1] (doubles, for picking). */
  mx: Float64Array;
  my: Float64Array;
  /** VERTEX_STRIDE bytes per event, laid out as VERTEX_LAYOUT. */
  vertices: ArrayBuffer;
  /** The figure the marker is sized by; -1 when there is none. */
  toll: Float32Array;
  maxToll: number;
}

const MAX_LAT = 85.051129;

/** Bytes per vertex: hi.xy, lo.xy, toll (Float32), dayStart, dayEnd (Uint16), type, bits (Uint8), 2 spare. */
export const VERTEX_STRIDE = 28;
/** Attribute name → [byte offset, components, kind]. */
export const VERTEX_LAYOUT = {
  a_hi: [0, 2, 'f32'],
  a_lo: [8, 2, 'f32'],
  a_toll: [16, 1, 'f32'],
  a_ds: [20, 1, 'u16'],
  a_de: [22, 1, 'u16'],
  a_type: [24, 1, 'u8'],
  a_bits: [25, 1, 'u8'],
} as const;

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
  const vertices = new ArrayBuffer(n * VERTEX_STRIDE);
  const f32 = new Float32Array(vertices);
  const u16 = new Uint16Array(vertices);
  const u8 = new Uint8Array(vertices);
  const toll = new Float32Array(n);
  let maxToll = 0;
  for (let i = 0; i < n; i++) {
    const x = mercatorX(events.lon[i] ?? 0);
    const y = mercatorY(events.lat[i] ?? 0);
    mx[i] = x;
    my[i] = y;
    const hx = Math.fround(x);
    const hy = Math.fround(y);
    const f = i * (VERTEX_STRIDE / 4);
    f32[f] = hx;
    f32[f + 1] = hy;
    f32[f + 2] = x - hx;
    f32[f + 3] = y - hy;
    const t = drawnToll(events, i);
    f32[f + 4] = t;
    u16[f * 2 + 10] = events.dayStart[i] ?? 0;
    u16[f * 2 + 11] = events.dayEnd[i] ?? 0;
    u8[f * 4 + 24] = events.type[i] ?? 0;
    u8[f * 4 + 25] = events.bits[i] ?? 0;
    toll[i] = t;
    if (t > maxToll) maxToll = t;
  }
  return { ...events, count: n, mx, my, vertices, toll, maxToll };
}

export function decodeEvents(buffer: ArrayBuffer): GpuEvents {
  return prepareEvents(decodeBinary(buffer));
}
