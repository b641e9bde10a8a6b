// The language of place names: `lang=en|ar` in the hash. Only names change with it (map labels, the
// popup's and the table's place); the rest of the page stays English.

export const LANGS = ['en', 'ar'] as const;
export type Lang = (typeof LANGS)[number];

export const DEFAULT_LANG: Lang = 'en';

/** Reads a language code; anything but a known one is the default. */
export function parseLang(text: string | null | undefined): Lang {
  return (LANGS as readonly string[]).includes(text ?? '') ? (text as Lang) : DEFAULT_LANG;
}

/** The hash value: null for the default, so a plain URL stays plain. */
export function serialiseLang(lang: Lang | undefined): string | null {
  return lang && lang !== DEFAULT_LANG ? lang : null;
}

/** The direction of text in a language. */
export function dirOf(lang: Lang): 'rtl' | 'ltr' {
  return lang === 'ar' ? 'rtl' : 'ltr';
}

/** A place's name in a language, falling back to the English name. */
export function placeName(place: { name: string; name_ar?: string }, lang: Lang | undefined): string {
  return lang === 'ar' && place.name_ar ? place.name_ar : place.name;
}

/** The event with its place named in a language (the English name kept when there is no other). Pure. */
export function localiseEvent<F extends { properties: { place: { name: string; name_ar?: string } } }>(f: F, lang: Lang | undefined): F {
  const name = placeName(f.properties.place, lang);
  if (name === f.properties.place.name) return f;
  return { ...f, properties: { ...f.properties, place: { ...f.properties.place, name } } };
}

const ARABIC = /[\u0600-\u06FF\u0750-\u077F]/;
const STRONG = /[A-Za-z\u00C0-\u024F\u0600-\u06FF\u0750-\u077F]/;

/** True when a text's first strong letter is Arabic (as `dir="auto"` would decide). */
export function startsArabic(text: string): boolean {
  const first = STRONG.exec(text)?.[0];
  return first !== undefined && ARABIC.test(first);
}
