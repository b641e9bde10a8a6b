// Where the map opens: around the events, not the whole world.
import type { LngLatBoundsLike } from 'maplibre-gl';
import type { EventFeature } from '../../shared/schema.ts';

/** [west, south, east, north] around the events, at least `minSpan` degrees wide and high. */
export function eventBounds(features: readonly EventFeature[], minSpan = 3): [number, number, number, number] | null {
  if (!features.length) return null;
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (const f of features) {
    const [x, y] = f.geometry.coordinates;
    w = Math.min(w, x);
    e = Math.max(e, x);
    s = Math.min(s, y);
    n = Math.max(n, y);
  }
  const grow = (lo: number, hi: number): [number, number] => {
    const pad = Math.max(0, minSpan - (hi - lo)) / 2;
    return [lo - pad, hi + pad];
  };
  const [w2, e2] = grow(w, e);
  const [s2, n2] = grow(s, n);
  return [Math.max(-180, w2), Math.max(-85, s2), Math.min(180, e2), Math.min(85, n2)];
}

export const WORLD: LngLatBoundsLike = [-170, -60, 170, 75];
