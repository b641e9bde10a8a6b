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
