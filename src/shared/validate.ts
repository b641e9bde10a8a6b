// Runtime validator for the event schema. Returns readable errors ("features[3].properties.date_start:
// expected YYYY-MM-DD or null, got "Aug 5"") instead of throwing, so callers can keep the valid part.
import {
  DATE_PRECISIONS,
  EVENT_TYPES,
  GEO_PRECISIONS,
  type EventCollection,
  type EventFeature,
} from './schema.ts';

export interface ValidationResult<T> {
  ok: boolean;
  errors: string[];
  value?: T;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const show = (v: unknown): string => {
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 60 ? `${s.slice(0, 57)}...` : s;
};

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar day written YYYY-MM-DD (rejects 2011-02-30). */
export function isIsoDay(v: unknown): v is string {
  if (typeof v !== 'string' || !ISO_DAY.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

class Checker {
  errors: string[] = [];
  fail(path: string, want: string, got: unknown): void {
    this.errors.push(`${path}: expected ${want}, got ${show(got)}`);
  }
  string(o: Obj, k: string, path: string, nullable = false): void {
    const v = o[k];
    if (nullable && v === null) return;
    if (typeof v !== 'string') this.fail(`${path}.${k}`, nullable ? 'a string or null' : 'a string', v);
  }
  optString(o: Obj, k: string, path: string): void {
    if (o[k] !== undefined) this.string(o, k, path);
  }
  number(o: Obj, k: string, path: string, nullable = false): void {
    const v = o[k];
    if (nullable && v === null) return;
    if (typeof v !== 'number' || !Number.isFinite(v))
      this.fail(`${path}.${k}`, nullable ? 'a finite number or null' : 'a finite number', v);
  }
  oneOf(o: Obj, k: string, path: string, allowed: readonly string[]): void {
    if (!allowed.includes(o[k] as string)) this.fail(`${path}.${k}`, `one of ${allowed.join(' | ')}`, o[k]);
  }
  day(o: Obj, k: string, path: string): void {
    const v = o[k];
    if (v !== null && !isIsoDay(v)) this.fail(`${path}.${k}`, 'YYYY-MM-DD or null', v);
  }
  range(o: Obj, k: string, path: string): void {
    const v = o[k];
    if (v === null || v === undefined) return;
    if (!isObj(v)) return this.fail(`${path}.${k}`, '{low, best, high} or null', v);
    for (const part of ['low', 'best', 'high']) {
      this.number(v, part, `${path}.${k}`, true);
      const n = v[part];
      if (typeof n === 'number' && n < 0) this.fail(`${path}.${k}.${part}`, 'a number ≥ 0', n);
    }
    const { low, high } = v;
    if (typeof low === 'number' && typeof high === 'number' && low > high)
      this.errors.push(`${path}.${k}: low ${low} is above high ${high}`);
  }
}

function checkFeature(c: Checker, f: unknown, path: string): void {
  if (!isObj(f)) return c.fail(path, 'a GeoJSON Feature object', f);
  if (f.type !== 'Feature') c.fail(`${path}.type`, '"Feature"', f.type);
  const g = f.geometry;
  if (!isObj(g) || g.type !== 'Point') c.fail(`${path}.geometry`, 'a Point geometry', g);
  else {
    const xy = g.coordinates;
    if (!Array.isArray(xy) || xy.length < 2 || !xy.every((n) => typeof n === 'number' && Number.isFinite(n)))
      c.fail(`${path}.geometry.coordinates`, '[lon, lat]', xy);
    else if (Math.abs(xy[0] as number) > 180 || Math.abs(xy[1] as number) > 90)
      c.fail(`${path}.geometry.coordinates`, 'lon within ±180 and lat within ±90', xy);
  }
  const p = f.properties;
  const pp = `${path}.properties`;
  if (!isObj(p)) return c.fail(pp, 'an object', p);
  c.string(p, 'id', pp);
  c.oneOf(p, 'event_type', pp, EVENT_TYPES);
  c.string(p, 'sub_event_type', pp, true);
  c.day(p, 'date_start', pp);
  c.day(p, 'date_end', pp);
  if (typeof p.date_start === 'string' && typeof p.date_end === 'string' && p.date_start > p.date_end)
    c.errors.push(`${pp}: date_start ${p.date_start} is after date_end ${p.date_end}`);
  c.oneOf(p, 'date_precision', pp, DATE_PRECISIONS);
  c.oneOf(p, 'geo_precision', pp, GEO_PRECISIONS);
  const place = p.place;
  if (!isObj(place)) c.fail(`${pp}.place`, '{name, geonameid, admin1, country}', place);
  else {
    c.string(place, 'name', `${pp}.place`);
    c.number(place, 'geonameid', `${pp}.place`, true);
    c.string(place, 'admin1', `${pp}.place`, true);
    c.string(place, 'country', `${pp}.place`, true);
    c.optString(place, 'name_ar', `${pp}.place`);
  }
  c.range(p, 'fatalities', pp);
  if (p.fatalities === undefined) c.fail(`${pp}.fatalities`, '{low, best, high} or null', undefined);
  c.range(p, 'injured', pp);
  if (!Array.isArray(p.actors) || !p.actors.every((a) => typeof a === 'string'))
    c.fail(`${pp}.actors`, 'an array of strings', p.actors);
  if (p.victims !== undefined && (!Array.isArray(p.victims) || !p.victims.every((a) => typeof a === 'string')))
    c.fail(`${pp}.victims`, 'an array of strings', p.victims);
  c.optString(p, 'summary', pp);
  c.optString(p, 'dataset', pp);
  if (p.admin !== undefined) {
    if (!isObj(p.admin)) c.fail(`${pp}.admin`, '{admin1, admin2, admin3?}', p.admin);
    else {
      c.string(p.admin, 'admin1', `${pp}.admin`, true);
      c.string(p.admin, 'admin2', `${pp}.admin`, true);
      for (const k of ['admin3', 'location']) if (p.admin[k] !== undefined) c.string(p.admin, k, `${pp}.admin`, true);
    }
  }
  c.number(p, 'confidence', pp);
  if (typeof p.confidence === 'number' && (p.confidence < 0 || p.confidence > 1))
    c.fail(`${pp}.confidence`, 'a number from 0 to 1', p.confidence);
  if (!Array.isArray(p.sources)) return c.fail(`${pp}.sources`, 'an array of sources', p.sources);
  p.sources.forEach((s, i) => {
    const sp = `${pp}.sources[${i}]`;
    if (!isObj(s)) return c.fail(sp, '{article, quote, start, end}', s);
    c.string(s, 'article', sp);
    c.string(s, 'quote', sp);
    c.number(s, 'start', sp);
    c.number(s, 'end', sp);
    for (const k of ['outlet', 'url', 'published', 'title']) c.optString(s, k, sp);
  });
}

/** Checks one event Feature. */
export function validateEvent(f: unknown, path = 'feature'): ValidationResult<EventFeature> {
  const c = new Checker();
  checkFeature(c, f, path);
  return c.errors.length ? { ok: false, errors: c.errors } : { ok: true, errors: [], value: f as EventFeature };
}

/**
 * Checks a whole collection. `valid` keeps the features that passed, so a viewer can show the valid
 * part of a partly broken file and say what was dropped.
 */
export function validateCollection(
  data: unknown,
): ValidationResult<EventCollection> & { valid: EventFeature[]; rejected: number } {
  const c = new Checker();
  const valid: EventFeature[] = [];
  if (!isObj(data) || data.type !== 'FeatureCollection' || !Array.isArray(data.features)) {
    c.fail('collection', 'a GeoJSON FeatureCollection with a features array', data);
    return { ok: false, errors: c.errors, valid, rejected: 0 };
  }
  if (typeof data.schema_version !== 'string') c.fail('collection.schema_version', 'a string', data.schema_version);
  data.features.forEach((f, i) => {
    const before = c.errors.length;
    checkFeature(c, f, `features[${i}]`);
    if (c.errors.length === before) valid.push(f as EventFeature);
  });
  const rejected = data.features.length - valid.length;
  return {
    ok: c.errors.length === 0,
    errors: c.errors,
    valid,
    rejected,
    ...(c.errors.length === 0 ? { value: data as unknown as EventCollection } : {}),
  };
}
