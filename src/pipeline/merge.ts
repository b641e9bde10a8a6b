// Stage "merge": one event reported by several sources (or several sentences) becomes one feature.
// Same place, same ACLED type and overlapping dates (±1 day) make the same event. Tolls that disagree
// become a range (smallest lower bound to largest figure), never a sum. Country-wide totals have a
// country-level place, so they never merge into located events.
import type { EventFeature, EventProperties, DatePrecision, Source } from '../shared/schema.ts';
import { combineInReport, combineRanges } from './events/numbers.ts';
import { describeEvent } from './events/summary.ts';

export interface MergeOptions {
  /** Within one article an undated mention merges into a dated one at the same place ("the assault"). */
  sameArticle?: boolean;
  /** Dates this many days apart still overlap. */
  toleranceDays?: number;
}

const DAY_MS = 86_400_000;
const PRECISION_ORDER: DatePrecision[] = ['day', 'week', 'month', 'unknown'];

/** Events at the same place: same precision and the same gazetteer entry (or admin1, or country). A town the
 * gazetteer lacks, coded to its province ("Dehiwala", "Dematagoda"), is that province and its name. */
export function placeKey(p: EventProperties): string {
  const pl = p.place;
  const id = p.geo_precision === 'place' ? pl.geonameid ?? pl.name.toLowerCase()
    : p.geo_precision === 'admin1' ? (pl.admin1 && pl.geonameid == null ? `${pl.admin1}|${pl.name.toLowerCase()}` : pl.admin1 ?? pl.geonameid ?? pl.name.toLowerCase())
    : pl.country ?? pl.name.toLowerCase();
  return `${p.event_type}|${p.geo_precision}|${id}`;
}

/** An event's days as milliseconds, or null when it is undated: parsed once per event, not per comparison. */
interface Span {
  dated: boolean;
  start: number;
  end: number;
}

function spanOf(p: EventProperties): Span {
  if (!p.date_start) return { dated: false, start: NaN, end: NaN };
  return { dated: true, start: Date.parse(p.date_start), end: Date.parse(p.date_end ?? p.date_start) };
}

function datesOverlap(a: Span, b: Span, options: MergeOptions): boolean {
  if (!a.dated || !b.dated) return options.sameArticle ? true : !a.dated && !b.dated;
  const tol = (options.toleranceDays ?? 1) * DAY_MS;
  return a.start <= b.end + tol && b.start <= a.end + tol;
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

function mergeInto(target: EventFeature, other: EventFeature, options: MergeOptions): void {
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
  t.fatalities = options.sameArticle ? combineInReport(t.fatalities, o.fatalities) : combineRanges([t.fatalities, o.fatalities]);
  t.injured = combineRanges([t.injured, o.injured]);
  t.actors = [...new Set([...t.actors, ...o.actors])];
  if (o.victims?.length) t.victims = [...new Set([...(t.victims ?? []), ...o.victims])];
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
      ...(p.victims ? { victims: [...p.victims] } : {}),
      sources: [...p.sources],
    },
  };
}

/** Merges events one at a time, in input order, holding only the merged events (not the input). */
export interface Merger {
  add(e: EventFeature): void;
  /** The merged events in the order their first report came in. */
  readonly events: readonly EventFeature[];
}

/**
 * A streaming merger: the same rules as mergeEvents for events that arrive in input order. Dated-first
 * ordering within an article (sameArticle) is the caller's to do.
 */
export function createMerger(options: MergeOptions = {}): Merger {
  // Each bucket holds the merged events of one place key with their spans, kept current as they grow.
  // `dataset`: the merged event holds an imported dataset event. Two dataset events are distinct by
  // definition (the dataset gave them different ids), so they never merge; a report may join either.
  const groups = new Map<string, Array<{ event: EventFeature; span: Span; dataset: boolean }>>();
  const out: EventFeature[] = [];
  return {
    add(e: EventFeature): void {
      const copy = copyEvent(e);
      const key = placeKey(copy.properties);
      const span = spanOf(copy.properties);
      const dataset = copy.properties.dataset !== undefined;
      const bucket = groups.get(key) ?? [];
      const match = bucket.find((m) => !(dataset && m.dataset) && datesOverlap(m.span, span, options));
      if (match) {
        mergeInto(match.event, copy, options);
        match.event.properties.summary = describeEvent(match.event.properties);
        match.span = spanOf(match.event.properties);
        match.dataset ||= dataset;
      } else {
        bucket.push({ event: copy, span, dataset });
        groups.set(key, bucket);
        out.push(copy);
      }
    },
    events: out,
  };
}

/**
 * Merges events that describe the same incident. Input order decides which id survives, so the same
 * input always gives the same output. Dated events absorb undated ones within an article.
 */
export function mergeEvents(events: readonly EventFeature[], options: MergeOptions = {}): EventFeature[] {
  // Dated first, so undated mentions fold into the dated event rather than the other way round.
  const ordered = options.sameArticle
    ? [...events].sort((a, b) => Number(!a.properties.date_start) - Number(!b.properties.date_start))
    : events;
  const merger = createMerger(options);
  for (const e of ordered) merger.add(e);
  const position = new Map(events.map((e, i) => [e.properties.id, i]));
  return [...merger.events].sort((a, b) => (position.get(a.properties.id) ?? 0) - (position.get(b.properties.id) ?? 0));
}
