// Shape checks of a Toponym as the geoparse contract states it.
import { TOPONYM_KINDS, type Toponym } from '../../src/shared/schema.ts';

export function validateToponymShape(t: Toponym): string[] {
  const errs: string[] = [];
  if (!Number.isInteger(t.start) || !Number.isInteger(t.end) || t.end <= t.start) errs.push('offsets');
  if (!Number.isFinite(t.lat) || Math.abs(t.lat) > 90 || !Number.isFinite(t.lon) || Math.abs(t.lon) > 180) errs.push('coordinates');
  if (!TOPONYM_KINDS.includes(t.kind)) errs.push('kind');
  if (t.kind !== 'place' && (!t.bbox || t.bbox.length !== 4)) errs.push('area without bbox');
  if (t.country !== null && !/^[A-Z]{2}$/.test(t.country)) errs.push('country');
  return errs;
}
