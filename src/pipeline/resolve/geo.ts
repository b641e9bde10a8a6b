// Small geographic helpers for resolution.
import type { GazEntry } from '../gazetteer/load.ts';
import { inBox } from '../gazetteer/bbox.ts';

const R = 6371.0088;
const rad = (d: number) => (d * Math.PI) / 180;

export function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Whether entry `inner` lies within area `outer` (same country, same admin-1, or inside its box). An admin-2 area
 * holds what lies in its province and inside its box ("Jalalpur, Shamli" is not the Jalalpur 500 km east in the
 * same state); one without a box, every place of its province.
 */
export function within(inner: GazEntry, outer: GazEntry): boolean {
  if (inner.ord === outer.ord) return false;
  switch (outer.kind) {
    case 'country':
      return inner.country === outer.country;
    case 'admin1':
      return inner.admin1 === outer.admin1 || (!!outer.bbox && inner.country === outer.country && inBox(outer.bbox, inner.lat, inner.lon));
    case 'place':
      return false;
    case 'admin2':
      return !!outer.country && inner.country === outer.country && inner.admin1 === outer.admin1 && (!outer.bbox || inBox(outer.bbox, inner.lat, inner.lon));
    default:
      return !!outer.bbox && inBox(outer.bbox, inner.lat, inner.lon);
  }
}
