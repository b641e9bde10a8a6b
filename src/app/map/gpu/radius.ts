// Marker radii of the GPU layer in CSS pixels: the plain map's rules (../size.ts, ../layers.ts) in one
// function, which the vertex shader repeats (./shaders.ts) and picking uses.
import { BASE_RADIUS, MAX_RADIUS, NO_TOLL_RADIUS } from '../size.ts';

/** Above this many events, province- and country-wide markers keep the toll's radius (no wide halo). */
export const GPU_DENSE = 20_000;

/** Dense data: events without a toll are smaller dots (a million 3.5 px dots only overplot). */
export const DENSE_NO_TOLL_RADIUS = 2.5;

/** Geo precision codes of the binary layout: 0 place, 1 admin1, 2 country. */
export function markerRadius(toll: number, geoPrecision: number, scale: number, dense = false): number {
  const r = toll > 0 ? BASE_RADIUS + scale * Math.sqrt(toll) : dense ? DENSE_NO_TOLL_RADIUS : NO_TOLL_RADIUS;
  if (dense) return geoPrecision === 2 ? r + 1.5 : r;
  if (geoPrecision === 1) return Math.max(14, r + 6);
  if (geoPrecision === 2) return Math.max(18, r + 8);
  return r;
}

/** The largest radius any marker can have (the pick index searches this far). */
export const MAX_MARKER_RADIUS = MAX_RADIUS + 8 + 2;
