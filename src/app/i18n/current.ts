// The interface's language: `t()` reads the catalogue (./catalogue.ts) in the current one, numbers and days
// are written with `Intl` (Arabic-Indic digits and Arabic month names in Arabic), and the parts of the page
// that draw text listen with `onLanguage`. English until `setLanguage` says otherwise (the unit tests' case).
// The Arabic catalogue is its own chunk, loaded when first asked for (`loadCatalogue`; the page awaits it
// before drawing in Arabic); until it is there a message is written in English, and the listeners are
// told again when it arrives.
import type { EventType } from '../../shared/schema.ts';
import type { Lang } from '../state/lang.ts';
import type { MessageKey } from './catalogue.ts';
import { EN } from './messages-en.ts';

/** The keys that start with a prefix ('table.' → 'table.date' | …). */
export type MessageKeyOf<P extends string> = Extract<MessageKey, `${P}${string}`>;

let current: Lang = 'en';
/** Intl's locale for a language: Arabic with Arabic-Indic digits, which CLDR no longer makes the default for 'ar'. */
const LOCALE: Record<Lang, string> = { en: 'en-US', ar: 'ar-u-nu-arab' };
const listeners = new Set<(lang: Lang) => void>();

export const language = (): Lang => current;

const catalogues: Partial<Record<Lang, Readonly<Record<MessageKey, string>>>> = { en: EN };
let arabic: Promise<void> | null = null;

export const hasCatalogue = (lang: Lang): boolean => catalogues[lang] !== undefined;

/** Resolves once the language's catalogue is loaded (Arabic: its own chunk, fetched once). */
export function loadCatalogue(lang: Lang): Promise<void> {
  if (catalogues[lang]) return Promise.resolve();
  arabic ??= import('./messages-ar.ts').then(({ AR }) => {
    catalogues.ar = AR;
    if (current === 'ar') for (const l of listeners) l('ar');
  });
  return arabic;
}

export function setLanguage(lang: Lang): void {
  if (lang === current) return;
  current = lang;
  for (const l of listeners) l(lang);
  void loadCatalogue(lang).catch((err: unknown) => console.error('The interface language could not be loaded', err));
}

export function onLanguage(listener: (lang: Lang) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The message in the current language, `{name}` filled from `vars` (a value in the other direction's
 * script isolated: see `isolateForeign`). */
export function t(key: MessageKey, vars: Readonly<Record<string, string | number>> = {}): string {
  const text: string = catalogues[current]?.[key] ?? EN[key];
  return text.replace(/\{(\w+)\}/g, (_, k: string) => {
    const v = vars[k];
    return v === undefined ? '' : typeof v === 'number' ? formatNumber(v) : isolateForeign(v);
  });
}

const LATIN = /[A-Za-z\u00C0-\u024F]/;
const ARABIC = /[\u0600-\u06FF\u0750-\u077F]/;
export const FSI = '\u2068';
export const PDI = '\u2069';

/**
 * A text written in the script of the other direction (a place with no Arabic name, an actor, an outlet in
 * the Arabic interface; an Arabic name in the English one), between FIRST STRONG ISOLATE and POP DIRECTIONAL
 * ISOLATE: laid out on its own, in its own direction, so its brackets, digits and punctuation stay with it
 * and the sentence around it keeps its order ("⁨Syria⁩ (على مستوى البلاد)" reads right to left as a whole).
 * The two marks are invisible: browsers, canvas text and MapLibre's labels lay them out and draw nothing.
 */
export function isolateForeign(text: string, lang: Lang = current): string {
  if (text.startsWith(FSI)) return text;
  return (lang === 'ar' ? LATIN : ARABIC).test(text) ? `${FSI}${text}${PDI}` : text;
}

const numberFormats = new Map<Lang, Intl.NumberFormat>();
export function formatNumber(n: number): string {
  let f = numberFormats.get(current);
  if (!f) numberFormats.set(current, (f = new Intl.NumberFormat(LOCALE[current])));
  return f.format(n);
}

/** A number with a fixed count of decimals: "0.45", "٠٫٤٥". */
const decimalFormats = new Map<string, Intl.NumberFormat>();
export function formatDecimal(n: number, digits: number): string {
  const key = `${current} ${digits}`;
  let f = decimalFormats.get(key);
  if (!f) decimalFormats.set(key, (f = new Intl.NumberFormat(LOCALE[current], { minimumFractionDigits: digits, maximumFractionDigits: digits })));
  return f.format(n);
}

const dayFormats = new Map<Lang, Intl.DateTimeFormat>();
/** A day (YYYY-MM-DD) as the current language writes it: "5 Aug 2011", "٥ أغسطس ٢٠١١". */
export function formatDayIn(day: string, english: (day: string) => string): string {
  if (current === 'en') return english(day);
  let f = dayFormats.get(current);
  if (!f) dayFormats.set(current, (f = new Intl.DateTimeFormat(LOCALE[current], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })));
  return f.format(new Date(`${day}T00:00:00Z`));
}

/** The message for a count: the `.one` form for 1 when the catalogue has one (English plurals). */
export function tCount(key: MessageKey, n: number, vars: Readonly<Record<string, string | number>> = {}): string {
  const one = `${key}.one`;
  return t(n === 1 && one in EN ? (one as MessageKey) : key, { n, ...vars });
}

/** "a, b and c" in the current language (Intl.ListFormat; British English has no comma before "and"). */
export function formatList(items: readonly string[]): string {
  return new Intl.ListFormat(current === 'en' ? 'en-GB' : LOCALE[current], { type: 'conjunction' }).format(items);
}

/** A date (UTC) with Intl's fields in the current language, e.g. { month: 'short', year: 'numeric' }. */
const partFormats = new Map<string, Intl.DateTimeFormat>();
export function formatDateParts(date: Date, options: Intl.DateTimeFormatOptions): string {
  const key = `${current} ${JSON.stringify(options)}`;
  let f = partFormats.get(key);
  if (!f) partFormats.set(key, (f = new Intl.DateTimeFormat(LOCALE[current], { ...options, timeZone: 'UTC' })));
  return f.format(date);
}

/** An ACLED sub-event type in the current language; one the catalogue does not know stays as the data has it. */
export function subTypeLabel(subType: string): string {
  const key = `subtype.${subType}`;
  return key in EN ? t(key as MessageKey) : subType;
}

/** An ACLED event type in the current language ("Explosions / remote violence", "انفجارات / عنف عن بُعد"). */
export function typeLabel(type: EventType | string): string {
  const key = `type.${type}`;
  return key in EN ? t(key as MessageKey) : type;
}
