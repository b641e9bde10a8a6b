// UCDP Georeferenced Event Dataset (GED) rows → events. Pure: one row in, one event or one rejection out.
// Columns: UCDP GED codebook (id, type_of_violence, where_prec, date_prec, best/high/low, ...).
import type { DatePrecision, EventType, Fatalities, GeoPrecision, Source } from '../../shared/schema.ts';
import { describeEvent } from '../events/summary.ts';
import {
  actorList,
  coordinates,
  count,
  daysBetween,
  parseDay,
  show,
  splitList,
  text,
  type ImportedFeature,
  type ImportedProperties,
  type Rejection,
  type Row,
} from './common.ts';
import { countryNameToAlpha2 } from './countries.ts';

/** Columns a UCDP GED file must have; the others are read when present. */
export const UCDP_REQUIRED = [
  'id',
  'type_of_violence',
  'side_a',
  'side_b',
  'where_prec',
  'latitude',
  'longitude',
  'country',
  'date_prec',
  'date_start',
  'date_end',
  'best',
  'high',
  'low',
] as const;

export const UCDP_COLUMNS = [
  'id', 'relid', 'year', 'active_year', 'code_status', 'type_of_violence', 'conflict_new_id', 'conflict_name',
  'dyad_new_id', 'dyad_name', 'side_a_new_id', 'gwnoa', 'side_a', 'side_b_new_id', 'gwnob', 'side_b',
  'number_of_sources', 'source_article', 'source_office', 'source_date', 'source_headline', 'source_original',
  'where_prec', 'where_coordinates', 'where_description', 'adm_1', 'adm_2', 'latitude', 'longitude',
  'geom_wkt', 'priogrid_gid', 'country', 'country_id', 'region', 'event_clarity', 'date_prec', 'date_start',
  'date_end', 'deaths_a', 'deaths_b', 'deaths_civilians', 'deaths_unknown', 'best', 'high', 'low',
] as const;

/** type_of_violence: 1 state-based, 2 non-state, 3 one-sided. */
const VIOLENCE: Record<string, [EventType, string]> = {
  '1': ['Battles', 'State-based conflict'],
  '2': ['Battles', 'Non-state conflict'],
  '3': ['Violence against civilians', 'One-sided violence'],
};

/** where_prec: 1-2 the place or within 25 km, 3-4 admin-1/admin-2 area, 5-7 larger areas or the country. */
function geoPrecision(v: string | undefined): GeoPrecision | null {
  const n = (v ?? '').trim();
  if (n === '1' || n === '2') return 'place';
  if (n === '3' || n === '4') return 'admin1';
  if (n === '5' || n === '6' || n === '7') return 'country';
  return null;
}

/** date_prec: 1 the day, 2-3 within a week, 4 the month, 5 longer (a month or less → month, else unknown). */
function datePrecision(v: string | undefined, start: string, end: string): DatePrecision | null {
  switch ((v ?? '').trim()) {
    case '1':
      return start === end ? 'day' : 'week';
    case '2':
    case '3':
      return 'week';
    case '4':
      return 'month';
    case '5':
      return daysBetween(start, end) <= 31 ? 'month' : 'unknown';
    default:
      return null;
  }
}

/** UCDP's low/best/high, kept as they are; null when all three are empty. */
function tolls(row: Row): Fatalities | null | string {
  const parts = { low: count(row.low), best: count(row.best), high: count(row.high) };
  for (const [k, v] of Object.entries(parts)) if (v === 'invalid') return `invalid ${k} "${show(row[k])}"`;
  const { low, best, high } = parts as { low: number | null; best: number | null; high: number | null };
  if (low === null && best === null && high === null) return null;
  if (low !== null && high !== null && low > high) return `low ${low} is above high ${high}`;
  return { low, best, high };
}

/**
 * The sources of a row. source_office and source_date may each list several values ("Reuters;AFP",
 * "2016-10-10;2016-10-12"): the n-th office goes with the n-th day when the lists are as long as each
 * other; otherwise every source keeps the first day, so `published` is never dropped.
 */
function ucdpSources(row: Row, id: string, quote: string): Source[] {
  const offices = splitList(row.source_office);
  const days = splitList(row.source_date).map((d) => parseDay(d)).filter((d): d is string => d !== null);
  const article = text(row.relid) ?? id;
  const base = { quote, start: 0, end: quote.length };
  const dayOf = (i: number): { published?: string } => {
    const day = offices.length === days.length ? days[i] : days[0];
    return day ? { published: day } : {};
  };
  if (offices.length <= 1) return [{ article, ...base, ...(offices[0] ? { outlet: offices[0] } : {}), ...dayOf(0) }];
  return offices.map((outlet, i) => ({ article: i ? `${article}#${i + 1}` : article, ...base, outlet, ...dayOf(i) }));
}

/** One UCDP GED row → an event, or the reason it cannot be one. `rowNumber` counts the header as row 1. */
export function ucdpRowToEvent(row: Row, rowNumber: number): ImportedFeature | Rejection {
  const reject = (reason: string): Rejection => ({ row: rowNumber, reason });
  const id = text(row.id);
  if (!id) return reject('missing id');
  const type = VIOLENCE[(row.type_of_violence ?? '').trim()];
  if (!type) return reject(`unknown event type: type_of_violence "${show(row.type_of_violence)}" (expected 1, 2 or 3)`);
  const start = parseDay(row.date_start);
  if (!start) return reject(`unparseable date_start "${show(row.date_start)}"`);
  const end = text(row.date_end) ? parseDay(row.date_end) : start;
  if (!end) return reject(`unparseable date_end "${show(row.date_end)}"`);
  if (start > end) return reject(`date_start ${start} is after date_end ${end}`);
  const precision = datePrecision(row.date_prec, start, end);
  if (!precision) return reject(`invalid date_prec "${show(row.date_prec)}" (expected 1 to 5)`);
  const xy = coordinates(row.latitude, row.longitude);
  if (typeof xy === 'string') return reject(xy);
  const geo = geoPrecision(row.where_prec);
  if (!geo) return reject(`invalid where_prec "${show(row.where_prec)}" (expected 1 to 7)`);
  const fatalities = tolls(row);
  if (typeof fatalities === 'string') return reject(fatalities);

  const admin1 = text(row.adm_1);
  const admin2 = text(row.adm_2);
  const countryName = text(row.country);
  const name = text(row.where_coordinates) ?? admin2 ?? admin1 ?? countryName ?? 'unknown place';
  const quote = (text(row.source_headline) ?? text(row.source_article) ?? '').trim();
  const clarity = (row.event_clarity ?? '').trim();
  const props: ImportedProperties = {
    id: `ucdp:${id}`,
    event_type: type[0],
    sub_event_type: type[1],
    date_start: start,
    date_end: end,
    date_precision: precision,
    place: { name, geonameid: null, admin1: null, country: countryNameToAlpha2(countryName) },
    geo_precision: geo,
    fatalities,
    actors: actorList(row.side_a, row.side_b),
    sources: ucdpSources(row, id, quote),
    confidence: clarity === '1' ? 0.9 : clarity === '2' ? 0.6 : 0.8,
    dataset: 'ucdp',
  };
  if (admin1 || admin2) props.admin = { admin1, admin2 };
  // "0 killed" reads oddly in a one-line summary: say nothing of a nil toll.
  props.summary = describeEvent(props.fatalities?.high === 0 ? { ...props, fatalities: null } : props);
  return { type: 'Feature', id: props.id, geometry: { type: 'Point', coordinates: xy }, properties: props };
}
