// Plain-text formatting of an event for popups, lists and screen readers.
import type { EventProperties, Fatalities } from '../../shared/schema.ts';
import type { MessageKey } from '../i18n/catalogue.ts';
import { formatDateParts, formatDayIn, formatList, subTypeLabel, t, typeLabel } from '../i18n/current.ts';
import { formatDay } from '../state/dates.ts';

/** A day in the interface's language: "5 Aug 2011", "٥ أغسطس ٢٠١١". */
const day = (d: string): string => formatDayIn(d, formatDay);

/**
 * "300 killed", "18–24 killed", "at least 18 killed" (no upper figure), "up to 5 killed",
 * or null when there is no toll.
 */
export function formatToll(f: Fatalities | null | undefined, verb: 'killed' | 'injured' = 'killed'): string | null {
  if (!f) return null;
  const { low, best, high } = f;
  const k = verb === 'killed' ? 'toll' : 'injured';
  if (low !== null && high !== null) return low === high ? t(`${k}.exact`, { n: low }) : t(`${k}.range`, { low, high });
  if (low !== null) return t(`${k}.atLeast`, { n: low });
  if (high !== null) return t(`${k}.upTo`, { n: high });
  if (best !== null) return t(`${k}.exact`, { n: best });
  return null;
}

/** The single figure to size a marker by: best, else low, else high; null when none. */
export function tollValue(f: Fatalities | null | undefined): number | null {
  if (!f) return null;
  return f.best ?? f.low ?? f.high ?? null;
}

/** "5 Aug 2011", "31 Jul 2011 – 6 Aug 2011", "Date not stated (reported by 6 Aug 2011)". */
export function formatDateRange(p: Pick<EventProperties, 'date_start' | 'date_end' | 'date_precision'>): string {
  const { date_start: s, date_end: e } = p;
  if (s === null) return e ? t('date.unstatedBy', { day: day(e) }) : t('date.unstated');
  if (e === null || e === s) return day(s);
  return t('date.range', { start: day(s), end: day(e) });
}

/** Where, with how precisely it is known: "Hama", "Homs Governorate (province-wide)", "Syria (country-wide)". */
export function formatPlace(p: Pick<EventProperties, 'place' | 'geo_precision'>): string {
  if (p.geo_precision === 'country') return t('where.country', { name: p.place.name });
  if (p.geo_precision === 'admin1') return t('where.admin1', { name: p.place.name });
  return p.place.name;
}

/** The URL if it is a well-formed http(s) address, else null: nothing else becomes a link (one rule, shared). */
export { safeHttpUrl } from '../../shared/url.ts';

/** "Aug 2011", "أغسطس ٢٠١١". */
const monthOf = (day: string): string => formatDateParts(new Date(`${day.slice(0, 7)}-01T00:00:00Z`), { month: 'short', year: 'numeric' });

/**
 * When, with how precisely the reports say it: "on 5 Aug 2011 (day)", "between 31 Jul 2011 and
 * 6 Aug 2011 (week)", "in Aug 2011 (month)", "date not stated (reported by 6 Aug 2011)".
 */
export function formatWhen(p: Pick<EventProperties, 'date_start' | 'date_end' | 'date_precision'>): string {
  const { date_start: s, date_end: e, date_precision: precision } = p;
  if (s === null) return e ? t('when.unstatedBy', { day: day(e) }) : t('when.unstated');
  const end = e !== null && e > s ? e : s;
  if (precision === 'month' && s.slice(0, 7) === end.slice(0, 7)) return t('when.month', { month: monthOf(s) });
  const one = precision === 'unknown' ? 'precision.dayUncertain' : (`precision.${precision}` as MessageKey);
  if (end === s) return t('when.on', { day: day(s), precision: t(one) });
  const many = precision === 'day' ? 'precision.days' : precision === 'unknown' ? 'precision.datesUncertain' : one;
  return t('when.between', { start: day(s), end: day(end), precision: t(many) });
}

// An area's own word, in English or (names in Arabic) Arabic: 'Homs Governorate', 'محافظة حمص'.
const AREA_WORD = /\b(governorate|province|region|state|district|county|oblast|muhafazat)\b|محافظة|ولاية|إقليم|مقاطعة|منطقة/i;

/**
 * Where, with how precisely it is known: "at Hama (exact place)", "somewhere in Hama governorate",
 * "somewhere in Syria (country-wide)".
 */
export function formatWhere(p: Pick<EventProperties, 'place' | 'geo_precision'>): string {
  const name = p.place.name;
  if (p.geo_precision === 'country') return t('where.somewhereCountry', { name });
  if (p.geo_precision === 'admin1') {
    if (AREA_WORD.test(name)) return t('where.somewhereArea', { name });
    return t(p.place.country === 'SY' ? 'where.somewhereGovernorate' : 'where.somewhereProvince', { name });
  }
  return t('where.at', { name });
}

/**
 * The one-line summary the build writes ("Attack in Hama: 300 killed (31 Jul 2011 – 6 Aug 2011)",
 * src/pipeline/events/summary.ts), written from the same fields in the interface's language.
 */
export function formatSummary(p: Pick<EventProperties, 'event_type' | 'sub_event_type' | 'place' | 'geo_precision' | 'fatalities' | 'date_start' | 'date_end' | 'date_precision' | 'claim'>): string {
  const what = p.sub_event_type && p.sub_event_type !== 'Other' ? subTypeLabel(p.sub_event_type) : typeLabel(p.event_type);
  const toll = formatToll(p.fatalities);
  return t('popup.summary', { what, place: p.place.name, claim: p.claim ? t('popup.summaryClaim') : '', toll: toll ? t('popup.summaryToll', { toll }) : '', when: p.date_start ? formatDateRange(p) : t('when.unstated') });
}

/** Who acted and who it was done to, in words: "By Syrian security forces, against protesters"; null for none. */
export function formatSides(p: Pick<EventProperties, 'actors' | 'victims'>): string | null {
  const by = p.actors.length ? formatList(p.actors) : '';
  const on = p.victims?.length ? formatList(p.victims) : '';
  if (by && on) return t('popup.byAgainst', { by, on });
  return by ? t('popup.by', { list: by }) : on ? t('popup.against', { list: on }) : null;
}
