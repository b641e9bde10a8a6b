// ACLED export rows → events. Pure: one row in, one event or one rejection out.
// Columns: https://acleddata.com/knowledge-base/codebook/ (event_id_cnty, event_date, time_precision, ...).
import { EVENT_TYPES, type DatePrecision, type EventType, type GeoPrecision, type Source } from '../../shared/schema.ts';
import { describeEvent } from '../events/summary.ts';
import {
  actorList,
  addDays,
  coordinates,
  count,
  monthOf,
  readDay,
  show,
  splitList,
  text,
  yearColumn,
  type ImportedFeature,
  type ImportedProperties,
  type Rejection,
  type Row,
} from './common.ts';
import { countryNameToAlpha2, numericToAlpha2 } from './countries.ts';

/** Columns an ACLED file must have; the others are read when present. */
export const ACLED_REQUIRED = [
  'event_id_cnty',
  'event_date',
  'time_precision',
  'event_type',
  'sub_event_type',
  'actor1',
  'country',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'notes',
  'fatalities',
] as const;

export const ACLED_COLUMNS = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type',
  'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting',
  'iso', 'region', 'country', 'admin1', 'admin2', 'admin3', 'location', 'latitude', 'longitude', 'geo_precision',
  'source', 'source_scale', 'notes', 'fatalities', 'tags', 'timestamp',
] as const;

const BY_NAME = new Map<string, EventType>(EVENT_TYPES.map((t) => [t.toLowerCase(), t]));
/** Event types of ACLED exports before 2019, with the sub-event type they become. */
const LEGACY: Record<string, [EventType, string | null]> = {
  'battle-no change of territory': ['Battles', 'Armed clash'],
  'battle-government regains territory': ['Battles', 'Government regains territory'],
  'battle-non-state actor overtakes territory': ['Battles', 'Non-state actor overtakes territory'],
  'remote violence': ['Explosions/Remote violence', null],
  'strategic development': ['Strategic developments', null],
  'non-violent transfer of territory': ['Strategic developments', 'Non-violent transfer of territory'],
  'headquarters or base established': ['Strategic developments', 'Headquarters or base established'],
};

/** ACLED event_type (any case, or a pre-2019 type) → the schema's type and a sub-event type if implied. */
export function acledEventType(raw: string | undefined): [EventType, string | null] | null {
  const key = (raw ?? '').trim().toLowerCase();
  const t = BY_NAME.get(key);
  return t ? [t, null] : (LEGACY[key] ?? null);
}

/** time_precision: 1 the day, 2 the week (the date is mid-week: ±3 days), 3 the month. */
function acledDates(day: string, precision: string | undefined): [string, string, DatePrecision] | string {
  switch ((precision ?? '').trim()) {
    case '1':
      return [day, day, 'day'];
    case '2':
      return [addDays(day, -3), addDays(day, 3), 'week'];
    case '3':
      return [...monthOf(day), 'month'];
    default:
      return `invalid time_precision "${show(precision)}" (expected 1, 2 or 3)`;
  }
}

/**
 * geo_precision (ACLED codebook): 1 the town itself; 2 near a town or a part of it, coded to that town; 3 a
 * larger region, coded to its main town (or a natural location in it). ACLED never codes an event at country
 * level. 1 and 2 are the town (`place`); 3 is region-wide, and the schema's region-wide precision is
 * `admin1`: the point stays on the town and the province overlay counts it, while the hexagons and the
 * heatmap, whose cells would claim the town itself, list it apart.
 */
const GEO: Record<string, GeoPrecision> = { '1': 'place', '2': 'place', '3': 'admin1' };

/** "Mareb Press; Yemen Data Project" → one source per outlet, each quoting the notes. */
function acledSources(id: string, notes: string, source: string | undefined): Source[] {
  const outlets = splitList(source);
  const base = { quote: notes, start: 0, end: notes.length };
  if (!outlets.length) return [{ article: id, ...base }];
  return outlets.map((outlet, i) => ({ article: i ? `${id}#${i + 1}` : id, ...base, outlet }));
}

/** One ACLED row → an event, or the reason it cannot be one. `rowNumber` counts the header as row 1. */
export function acledRowToEvent(row: Row, rowNumber: number): ImportedFeature | Rejection {
  const reject = (reason: string): Rejection => ({ row: rowNumber, reason });
  const id = text(row.event_id_cnty);
  if (!id) return reject('missing event_id_cnty');
  const type = acledEventType(row.event_type);
  if (!type) return reject(`unknown event type "${show(row.event_type)}"`);
  const day = readDay(row.event_date, yearColumn(row.year));
  if (typeof day !== 'string') return reject(`unparseable event_date "${show(row.event_date)}" (${day.reason})`);
  const dates = acledDates(day, row.time_precision);
  if (typeof dates === 'string') return reject(dates);
  const xy = coordinates(row.latitude, row.longitude);
  if (typeof xy === 'string') return reject(xy);
  const geo = GEO[(row.geo_precision ?? '').trim()];
  if (!geo) return reject(`invalid geo_precision "${show(row.geo_precision)}" (expected 1, 2 or 3)`);
  const toll = count(row.fatalities);
  if (toll === 'invalid') return reject(`invalid fatalities "${show(row.fatalities)}"`);

  const admin1 = text(row.admin1);
  const admin2 = text(row.admin2);
  const admin3 = text(row.admin3);
  const countryName = text(row.country);
  const town = text(row.location) ?? admin3 ?? admin2 ?? admin1 ?? countryName ?? 'unknown place';
  // Region-wide (3): the place is the province it lies in, when the row names it ("somewhere in Gezira").
  const name = geo === 'admin1' ? admin1 ?? town : town;
  const quote = (row.notes ?? '').trim();
  const props: ImportedProperties = {
    id: `acled:${id}`,
    event_type: type[0],
    sub_event_type: text(row.sub_event_type) ?? type[1],
    date_start: dates[0],
    date_end: dates[1],
    date_precision: dates[2],
    place: {
      name,
      geonameid: null,
      admin1: null,
      country: numericToAlpha2(row.iso) ?? countryNameToAlpha2(countryName),
    },
    geo_precision: geo,
    fatalities: toll === null ? null : { low: toll, best: toll, high: toll },
    actors: actorList(row.actor1, row.assoc_actor_1, row.actor2, row.assoc_actor_2),
    sources: acledSources(id, quote, row.source),
    confidence: 0.9,
    dataset: 'acled',
  };
  if (admin1 || admin2 || admin3 || name !== town) props.admin = { admin1, admin2, admin3, ...(name !== town ? { location: town } : {}) };
  // "0 killed" reads oddly in a one-line summary: say nothing of a nil toll.
  props.summary = describeEvent(props.fatalities?.high === 0 ? { ...props, fatalities: null } : props);
  return { type: 'Feature', id: props.id, geometry: { type: 'Point', coordinates: xy }, properties: props };
}
