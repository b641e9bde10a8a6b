// The events shown, as a CSV file with ACLED's column names (https://acleddata.com/knowledge-base/codebook/)
// and a few extra columns for what ACLED has no room for (the toll's range, the dates' span, the sources).
// Pure: features in, text out. Cells that a spreadsheet would run as a formula are neutralised.
import Papa from 'papaparse';
import type { EventFeature, EventProperties, EventType } from '../../shared/schema.ts';
import { safeHttpUrl } from '../../shared/url.ts';
import { daysBetween } from '../state/dates.ts';

export const ACLED_EXPORT_COLUMNS = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type',
  'actor1', 'actor2', 'country', 'admin1', 'location', 'latitude', 'longitude', 'geo_precision', 'source', 'notes',
  'fatalities',
] as const;

export const EXTRA_EXPORT_COLUMNS = [
  'fatalities_low', 'fatalities_high', 'date_start', 'date_end', 'date_precision', 'place_precision', 'geonameid',
  'claim', 'aggregate', 'source_urls', 'source_quotes',
] as const;

export const CSV_COLUMNS = [...ACLED_EXPORT_COLUMNS, ...EXTRA_EXPORT_COLUMNS] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
export type CsvRow = Record<CsvColumn, string | number>;

/** A cell a spreadsheet would read as a formula (= + - @, or a tab or carriage return first). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text that would start a formula gets a leading apostrophe; everything else is left as it is. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * ACLED's time_precision: 1 the day, 2 a week (the date is the middle of it), 3 a month; '' undated.
 * A span of a few days reported day by day is a week at best; a longer one, a month.
 */
export function timePrecisionCode(p: Pick<EventProperties, 'date_start' | 'date_end' | 'date_precision'>): '' | 1 | 2 | 3 {
  if (p.date_start === null) return '';
  const days = p.date_end !== null && p.date_end > p.date_start ? daysBetween(p.date_start, p.date_end) + 1 : 1;
  if (p.date_precision === 'month' || days > 7) return 3;
  if (p.date_precision === 'week' || days > 1) return 2;
  return 1;
}

/** ACLED's event_date: the day, or the middle of a span (what ACLED writes for weeks and months). */
export function eventDate(p: Pick<EventProperties, 'date_start' | 'date_end'>): string {
  if (p.date_start === null) return '';
  if (p.date_end === null || p.date_end <= p.date_start) return p.date_start;
  const mid = Date.parse(`${p.date_start}T00:00:00Z`) + Math.floor(daysBetween(p.date_start, p.date_end) / 2) * 86_400_000;
  return new Date(mid).toISOString().slice(0, 10);
}

/** ACLED's geo_precision as this project's importer reads it: 1 the place, 2 the province, 3 the country. */
export const GEO_PRECISION_CODE = { place: 1, admin1: 2, country: 3 } as const;

/** ACLED's disorder_type of an event type. */
export function disorderType(t: EventType): string {
  if (t === 'Protests' || t === 'Riots') return 'Demonstrations';
  if (t === 'Strategic developments') return 'Strategic developments';
  return 'Political violence';
}

let regionNames: Intl.DisplayNames | null | undefined;
/** "Syria" for "SY"; the code itself where the runtime has no names. */
export function countryName(code: string | null): string {
  if (!code) return '';
  try {
    regionNames ??= new Intl.DisplayNames(['en'], { type: 'region' });
    return regionNames.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

const num = (n: number | null | undefined): number | '' => (typeof n === 'number' && Number.isFinite(n) ? n : '');
const unique = (xs: Array<string | undefined>): string[] => [...new Set(xs.filter((x): x is string => !!x && x.trim() !== ''))];

/** One event as one row, before any cell is neutralised. */
export function csvRow(f: EventFeature): CsvRow {
  const p = f.properties;
  const toll = p.fatalities;
  const date = eventDate(p);
  return {
    event_id_cnty: p.id,
    event_date: date,
    year: date ? Number(date.slice(0, 4)) : '',
    time_precision: timePrecisionCode(p),
    disorder_type: disorderType(p.event_type),
    event_type: p.event_type,
    sub_event_type: p.sub_event_type ?? '',
    actor1: p.actors[0] ?? '',
    // ACLED's second actor is the side acted on: the victims when the text names them.
    actor2: p.victims?.[0] ?? p.actors[1] ?? '',
    country: countryName(p.place.country),
    admin1: p.geo_precision === 'admin1' ? p.place.name : (p.place.admin1 ?? ''),
    location: p.place.name,
    latitude: f.geometry.coordinates[1],
    longitude: f.geometry.coordinates[0],
    geo_precision: GEO_PRECISION_CODE[p.geo_precision],
    source: unique(p.sources.map((s) => s.outlet ?? s.title)).join('; '),
    notes: p.summary ?? p.sources[0]?.quote ?? '',
    // ACLED's one figure: the best estimate, else the lower bound (the figure the map sizes and filters by).
    fatalities: toll?.best ?? toll?.low ?? 0,
    fatalities_low: num(toll?.low),
    fatalities_high: num(toll?.high),
    date_start: p.date_start ?? '',
    date_end: p.date_end ?? '',
    date_precision: p.date_precision,
    place_precision: p.geo_precision,
    geonameid: num(p.place.geonameid),
    claim: p.claim ? 1 : 0,
    aggregate: p.aggregate ? 1 : 0,
    source_urls: unique(p.sources.map((s) => safeHttpUrl(s.url) ?? undefined)).join(' '),
    source_quotes: p.sources.map((s) => s.quote).join(' | '),
  };
}

/** The events as CSV text (header row first, CRLF line ends as RFC 4180 has them); formula cells neutralised. */
export function toCsv(features: readonly EventFeature[]): string {
  return Papa.unparse({ fields: [...CSV_COLUMNS], data: cells(features) }, { newline: '\r\n', escapeFormulae: false });
}

/** One part of a CSV file written in parts: the header row alone (`first`), else the batch's rows, each
 * after a line end. The header and the parts of some batches joined are toCsv of their events. */
export function csvPart(features: readonly EventFeature[], first: boolean): string {
  if (first) return Papa.unparse({ fields: [...CSV_COLUMNS], data: [] }, { newline: '\r\n' }).replace(/\r\n$/, '');
  if (!features.length) return '';
  return `\r\n${Papa.unparse({ fields: [...CSV_COLUMNS], data: cells(features) }, { newline: '\r\n', escapeFormulae: false, header: false })}`;
}

function cells(features: readonly EventFeature[]): Array<Array<string | number>> {
  return features.map((f) => {
    const row = csvRow(f);
    return CSV_COLUMNS.map((c) => {
      const v = row[c];
      return typeof v === 'string' ? neutraliseFormula(v) : v;
    });
  });
}
