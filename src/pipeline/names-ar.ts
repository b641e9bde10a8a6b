// Arabic place names for the output: towns (by GeoNames id) and provinces (by admin1 code) from the side
// table the gazetteer build writes (picked there from GeoNames alternate names and Natural Earth's
// `name_ar`, see gazetteer/source-arabic.ts), countries from i18n-iso-countries.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import countries from 'i18n-iso-countries';
import type { EventFeature } from '../shared/schema.ts';
import { freshBuildDir } from './gazetteer/build.ts';
import { ARABIC_NAMES_FILE, type ArabicNames } from './gazetteer/format.ts';
import { readArabicNames } from './gazetteer/source-arabic.ts';

export { pickArabicName } from './gazetteer/source-arabic.ts';

let table: ArabicNames | null = null;

/**
 * The Arabic names table of the current gazetteer build, read once per process. Without a fresh build
 * (a unit test before any gazetteer exists) it is picked from the data packages, by the same code.
 */
export function arabicNamesTable(): ArabicNames {
  if (table) return table;
  const dir = freshBuildDir();
  let text: string | null = null;
  try {
    if (dir) text = readFileSync(join(dir, ARABIC_NAMES_FILE), 'utf8');
  } catch { /* removed by a newer build: pick from the packages */ }
  table = text ? (JSON.parse(text) as ArabicNames) : readArabicNames();
  return table;
}

const own = (names: Record<string, string>, key: string): string | null => (Object.hasOwn(names, key) ? names[key]! : null);

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

/** The lookups over the bundled data; the gazetteer's table is read the first time it is needed. */
export const BUNDLED_NAMES: ArabicLookups = {
  city: (id) => own(arabicNamesTable().places, String(id)),
  admin1: (code) => own(arabicNamesTable().admin1, code),
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
