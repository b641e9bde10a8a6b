// Stage "merge": one event reported by several sources (or several sentences) becomes one feature.
// Same place, same ACLED type and overlapping dates (±1 day) make the same event. Tolls that disagree
// become a range (smallest lower bound to largest figure), never a sum. Country-wide totals have a
// country-level place, so they never merge into located events.
import type { EventFeature, EventProperties, DatePrecision, Source } from '../shared/schema.ts';
import { combineRanges } from './events/numbers.ts';
import { describeEvent } from './events/summary.ts';

export interface MergeOptions {
  /** Within one article an undated mention merges into a dated one at the same place ("the assault"). */
  sameArticle?: boolean;
  /** Dates this many days apart still overlap. */
  toleranceDays?: number;
}

const DAY_MS = 86_400_000;
const PRECISION_ORDER: DatePrecision[] = ['day', 'week', 'month', 'unknown'];

/** Events at the same place: same precision and the same gazetteer entry (or admin1, or country). */
export function placeKey(p: EventProperties): string {
  const pl = p.place;
  const id = p.geo_precision === 'place' ? pl.geonameid ?? pl.name.toLowerCase()
    : p.geo_precision === 'admin1' ? pl.admin1 ?? pl.geonameid ?? pl.name.toLowerCase()
    : pl.country ?? pl.name.toLowerCase();
  return `${p.event_type}|${p.geo_precision}|${id}`;
}

function datesOverlap(a: EventProperties, b: EventProperties, options: MergeOptions): boolean {
  if (!a.date_start || !b.date_start) return options.sameArticle ? true : !a.date_start && !b.date_start;
  const tol = (options.toleranceDays ?? 1) * DAY_MS;
  const a0 = Date.parse(a.date_start);
  const a1 = Date.parse(a.date_end ?? a.date_start);
  const b0 = Date.parse(b.date_start);
  const b1 = Date.parse(b.date_end ?? b.date_start);
  return a0 <= b1 + tol && b0 <= a1 + tol;
}

const sourceKey = (s: Source): string => `${s.article}:${s.start}`;
/** The source keys and articles already in each merged event, so merging many reports stays linear. */
const seenSources = new WeakMap<EventFeature, { keys: Set<string>; articles: Set<string> }>();

/** Adds the new sources to the target; returns how many articles it now cites. */
function mergeSources(target: EventFeature, b: Source[]): number {
  const t = target.properties;
  let seen = seenSources.get(target);
  if (!seen) {
    seen = { keys: new Set(t.sources.map(sourceKey)), articles: new Set(t.sources.map((s) => s.article)) };
    seenSources.set(target, seen);
  }
  for (const s of b) {
    const k = sourceKey(s);
    if (!seen.keys.has(k)) {
      seen.keys.add(k);
      seen.articles.add(s.article);
      t.sources.push(s);
    }
  }
  return seen.articles.size;
}

function mergeInto(target: EventFeature, other: EventFeature): void {
  const t = target.properties;
  const o = other.properties;
  if (!t.date_start && o.date_start) {
    t.date_start = o.date_start;
    t.date_end = o.date_end;
    t.date_precision = o.date_precision;
  } else if (t.date_start && o.date_start) {
    if (o.date_start < t.date_start) t.date_start = o.date_start;
    if ((o.date_end ?? o.date_start) > (t.date_end ?? t.date_start)) t.date_end = o.date_end;
    const pi = Math.max(PRECISION_ORDER.indexOf(t.date_precision), PRECISION_ORDER.indexOf(o.date_precision));
    t.date_precision = PRECISION_ORDER[pi] ?? 'unknown';
    if (t.date_precision === 'day' && t.date_start !== t.date_end) t.date_precision = 'week';
  }
  t.fatalities = combineRanges([t.fatalities, o.fatalities]);
  t.injured = combineRanges([t.injured, o.injured]);
  t.actors = [...new Set([...t.actors, ...o.actors])];
  const articles = mergeSources(target, o.sources);
  t.confidence = Math.min(0.99, Math.round((Math.max(t.confidence, o.confidence) + 0.05 * (articles - 1)) * 100) / 100);
  if (!o.claim) delete t.claim;
  if (o.aggregate) t.aggregate = true;
  if (!t.sub_event_type) t.sub_event_type = o.sub_event_type;
}

/** A copy deep enough that merging never touches the input (sources themselves are never modified). */
function copyEvent(e: EventFeature): EventFeature {
  const p = e.properties;
  return {
    ...e,
    geometry: { type: 'Point', coordinates: [...e.geometry.coordinates] as [number, number] },
    properties: {
      ...p,
      place: { ...p.place },
      fatalities: p.fatalities ? { ...p.fatalities } : p.fatalities,
      ...(p.injured !== undefined ? { injured: p.injured ? { ...p.injured } : null } : {}),
      actors: [...p.actors],
      sources: [...p.sources],
    },
  };
}

/**
 * Merges events that describe the same incident. Input order decides which id survives, so the same
 * input always gives the same output. Dated events absorb undated ones within an article.
 */
export function mergeEvents(events: readonly EventFeature[], options: MergeOptions = {}): EventFeature[] {
  const groups = new Map<string, EventFeature[]>();
  const out: EventFeature[] = [];
  // Dated first, so undated mentions fold into the dated event rather than the other way round.
  const ordered = options.sameArticle
    ? [...events].sort((a, b) => Number(!a.properties.date_start) - Number(!b.properties.date_start))
    : events;
  for (const e of ordered) {
    const copy = copyEvent(e);
    const key = placeKey(copy.properties);
    const bucket = groups.get(key) ?? [];
    const match = bucket.find((m) => datesOverlap(m.properties, copy.properties, options));
    if (match) {
      mergeInto(match, copy);
      match.properties.summary = describeEvent(match.properties);
    } else {
      bucket.push(copy);
      groups.set(key, bucket);
      out.push(copy);
    }
  }
  const position = new Map(events.map((e, i) => [e.properties.id, i]));
  return out.sort((a, b) => (position.get(a.properties.id) ?? 0) - (position.get(b.properties.id) ?? 0));
}
