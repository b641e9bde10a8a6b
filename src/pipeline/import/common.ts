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

/** Properties of an imported event: the schema's, plus where it came from and the admin names. */
export interface ImportedProperties extends EventProperties {
  dataset: 'acled' | 'ucdp';
  /** Administrative area names as the dataset gives them (the schema's place.admin1 is a GeoNames code). */
  admin?: { admin1: string | null; admin2: string | null; admin3?: string | null };
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

/**
 * A day in any form the datasets use: "2011-08-05", "2011-08-05 00:00:00.000", "2011-08-05T00:00:00Z",
 * "05 August 2011", "5 Aug 2011", "05-August-2011". Two-digit years ("5-Aug-11") are not accepted.
 */
export function parseDay(v: string | undefined): string | null {
  const s = (v ?? '').trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(s);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[\s-]+([A-Za-z]+)\.?,?[\s-]+(\d{4})$/.exec(s);
  if (m) {
    const name = (m[2] ?? '').toLowerCase();
    // "August", "Aug", "Sept": three letters or more of the month's name.
    const month = name.length >= 3 ? MONTHS.findIndex((full) => full.startsWith(name)) : -1;
    if (month < 0) return null;
    return ymd(Number(m[3]), month + 1, Number(m[1]));
  }
  return null;
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
