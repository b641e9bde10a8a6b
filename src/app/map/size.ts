// Marker size: the area of a circle grows with the toll (a square-root scale on the radius), so a
// toll twice as high reads as a circle twice as large. Events with no toll get a small fixed dot.
import type { ExpressionSpecification } from 'maplibre-gl';

export const NO_TOLL_RADIUS = 3.5;
export const BASE_RADIUS = 4.5;
export const MAX_RADIUS = 30;
/** The most pixels per √death, so a small data set does not blow up a handful of deaths. */
export const MAX_SCALE = 1.8;

/** Pixels per √death for a data set whose largest toll is `max`. */
export function sizeScale(max: number): number {
  if (!(max > 0)) return MAX_SCALE;
  return Math.min(MAX_SCALE, (MAX_RADIUS - BASE_RADIUS) / Math.sqrt(max));
}

export function radiusFor(toll: number | null, scale: number): number {
  if (toll === null || !(toll > 0)) return NO_TOLL_RADIUS;
  return BASE_RADIUS + scale * Math.sqrt(toll);
}

/** The same as `radiusFor`, over the map's `toll` property (-1 for none). */
export function radiusExpression(scale: number): ExpressionSpecification {
  return [
    'case',
    ['<=', ['get', 'toll'], 0],
    NO_TOLL_RADIUS,
    ['+', BASE_RADIUS, ['*', scale, ['sqrt', ['get', 'toll']]]],
  ];
}

/** Round tolls to show in a size key: up to three of 10, 100, 1000… not above the largest toll. */
export function keyTolls(max: number): number[] {
  const out: number[] = [];
  for (let v = 1; v <= max && out.length < 6; v *= 10) out.push(v);
  const picked = out.filter((v) => v >= 10).slice(-3);
  return picked.length ? picked : max > 0 ? [Math.max(1, Math.round(max))] : [];
}
