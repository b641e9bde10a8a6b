// Shared pieces of the dataset importers (ACLED, UCDP GED): the row and result types, and small pure
// parsers for days, numbers and coordinates. Nothing here reads or writes files.
import type { EventFeature, EventProperties } from '../../shared/schema.ts';

/** One CSV record keyed by (lower-cased) header name. */
export type Row = Record<string, string | undefined>;

/** Why a row gave no event. `row` is the record number, counting the header as row 1. */
export interface Rejection {
  row: number;
  reason: string;
}

/** Properties of an imported event: the schema's, with the dataset and its admin names always said. */
export interface ImportedProperties extends EventProperties {
  dataset: 'acled' | 'ucdp';
}

export interface ImportedFeature extends EventFeature {
  id: string;
  properties: ImportedProperties;
}

export type RowResult = ImportedFeature | { reason: string };

export const isRejection = (r: RowResult): r is { reason: string } => 'reason' in r;

/** Trimmed text, or null when empty. */
export function text(v: string | undefined): string | null {
  const s = (v ?? '').trim();
  return s ? s : null;
}

/** A finite number, or null when empty / not a number ("12", " 3.5 "; not "12abc"). */
export function num(v: string | undefined): number | null {
  const s = (v ?? '').trim();
  if (!s || !/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** A whole number ≥ 0 ("0", "12", "12.0"), null when empty, 'invalid' otherwise. */
export function count(v: string | undefined): number | null | 'invalid' {
  if (!text(v)) return null;
  const n = num(v);
  return n !== null && n >= 0 && Number.isInteger(n) ? n : 'invalid';
}

/** [lon, lat] from the two columns, or a reason why not. */
export function coordinates(lat: string | undefined, lon: string | undefined): [number, number] | string {
  if (!text(lat) || !text(lon)) return 'missing coordinates';
  const y = num(lat);
  const x = num(lon);
  if (y === null || x === null) return `invalid coordinates "${show(lat)}", "${show(lon)}"`;
  if (Math.abs(y) > 90 || Math.abs(x) > 180) return `coordinates out of range (lat ${y}, lon ${x})`;
  if (y === 0 && x === 0) return 'coordinates 0, 0 (no location)';
  return [x, y];
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** YYYY-MM-DD when it is a real calendar day. */
function ymd(y: number, m: number, d: number): string | null {
  if (!(y >= 1000 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCDate() === d && t.getUTCMonth() === m - 1 ? `${pad(y, 4)}-${pad(m)}-${pad(d)}` : null;
}

const monthNumber = (name: string): number => {
  const key = name.toLowerCase().replace(/\.$/, '');
  // "August", "Aug", "Sept": three letters or more of the month's name.
  return key.length >= 3 ? MONTHS.findIndex((full) => full.startsWith(key)) + 1 : 0;
};

/** A year as written: four digits as they are; two digits only with the row's `year` to settle the century. */
function fullYear(written: string, year: number | null): number | string {
  if (written.length === 4) return Number(written);
  if (written.length !== 2) return 'the year has neither two nor four digits';
  if (year === null) return 'a two-digit year and no year column to settle the century';
  if (year % 100 !== Number(written)) return `the two-digit year ${written} is not the year column's ${year}`;
  return year;
}

/**
 * A day in every form real exports use, or why it cannot be read ("no such day", ...):
 * - "2020-05-09", "2020-05-09 00:00:00.000", "2020-05-09T00:00:00Z";
 * - "09 May 2020", "9-May-20", "05-August-2011", "15 Sept 2019", "May 9, 2020";
 * - "31-12-19", "9/5/2020", "09.05.2020": day first, as ACLED writes it; month first ("12/31/2019") only
 *   when the second number cannot be a month.
 * A two-digit year takes its century from `year` (the row's year column) and must agree with it.
 */
export function readDay(v: string | undefined, year: number | null = null): string | { reason: string } {
  const s = (v ?? '').trim();
  const no = (why: string): { reason: string } => ({ reason: why });
  if (!s) return no('empty');
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(s);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3])) ?? no('no such day');
  m = /^(\d{1,2})[\s-]+([A-Za-z]+\.?),?[\s-]+(\d+)$/.exec(s);
  if (m) {
    const month = monthNumber(m[2] ?? '');
    if (!month) return no(`unknown month "${m[2]}"`);
    const y = fullYear(m[3] ?? '', year);
    if (typeof y === 'string') return no(y);
    return ymd(y, month, Number(m[1])) ?? no('no such day');
  }
  m = /^([A-Za-z]+\.?)\s+(\d{1,2}),?\s+(\d+)$/.exec(s);
  if (m) {
    const month = monthNumber(m[1] ?? '');
    if (!month) return no(`unknown month "${m[1]}"`);
    const y = fullYear(m[3] ?? '', year);
    if (typeof y === 'string') return no(y);
    return ymd(y, month, Number(m[2])) ?? no('no such day');
  }
  m = /^(\d{1,2})([-/.])(\d{1,2})\2(\d+)$/.exec(s);
  if (m) {
    const y = fullYear(m[4] ?? '', year);
    if (typeof y === 'string') return no(y);
    const [a, b] = [Number(m[1]), Number(m[3])];
    const [d, mo] = b > 12 && a <= 12 ? [b, a] : [a, b];
    return ymd(y, mo, d) ?? no('no such day');
  }
  return no('not a date form known to the importer');
}

/** readDay without a reason: the day, or null. Two-digit years are refused when no `year` is given. */
export function parseDay(v: string | undefined, year: number | null = null): string | null {
  const day = readDay(v, year);
  return typeof day === 'string' ? day : null;
}

/** The `year` column as a number, or null when it is empty or not a plausible year. */
export function yearColumn(v: string | undefined): number | null {
  const n = num(v);
  return n !== null && Number.isInteger(n) && n >= 1000 && n <= 9999 ? n : null;
}

/** Adds days to a YYYY-MM-DD day. */
export function addDays(day: string, n: number): string {
  const t = new Date(`${day}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
}

/** First and last day of the day's month. */
export function monthOf(day: string): [string, string] {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return [`${day.slice(0, 7)}-01`, `${day.slice(0, 7)}-${pad(last)}`];
}

/** Days from a to b (YYYY-MM-DD). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** "Mareb Press; Yemen Data Project" → each value once, trimmed, blanks dropped. */
export function splitList(v: string | undefined, separator = ';'): string[] {
  const out: string[] = [];
  for (const part of (v ?? '').split(separator)) {
    const x = part.trim();
    if (x && !out.includes(x)) out.push(x);
  }
  return out;
}

/** Actor names, without blanks or repeats; "A; B" lists (ACLED's associated actors) are split. */
export function actorList(...fields: Array<string | undefined>): string[] {
  const out: string[] = [];
  for (const f of fields)
    for (const part of (f ?? '').split(';')) {
      const a = part.trim();
      if (a && !out.includes(a)) out.push(a);
    }
  return out;
}

/** A value for an error message, shortened. */
export function show(v: string | undefined): string {
  const s = (v ?? '').replace(/\s+/g, ' ');
  return s.length > 40 ? `${s.slice(0, 37)}...` : s;
}
