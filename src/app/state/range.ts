// Which events a date range selects. The one rule, used by the count, the map filter and the tests:
// an event matches when its [date_start, date_end] overlaps the range, both ends included. Undated
// events (date_start null) have no place on a time axis: they show only while no range is set.
import type { ExpressionSpecification } from 'maplibre-gl';
import type { EventFeature } from '../../shared/schema.ts';

/** An inclusive range of ISO days; null means "all dates". */
export interface DateRange {
  start: string;
  end: string;
}

/** The event's dated span, or null when the text gives no date. A missing end means a single day. */
export function eventSpan(f: EventFeature): DateRange | null {
  const { date_start: start, date_end: end } = f.properties;
  if (start === null) return null;
  return { start, end: end !== null && end >= start ? end : start };
}

/** Whether an event is shown for a range (null = no range set). */
export function matchesRange(f: EventFeature, range: DateRange | null): boolean {
  if (range === null) return true;
  const span = eventSpan(f);
  return span !== null && span.start <= range.end && span.end >= range.start;
}

export function filterByRange(features: readonly EventFeature[], range: DateRange | null): EventFeature[] {
  return features.filter((f) => matchesRange(f, range));
}

/** The first and last day any dated event covers, or null if none is dated. */
export function dataExtent(features: readonly EventFeature[]): DateRange | null {
  let start: string | null = null;
  let end: string | null = null;
  for (const f of features) {
    const s = eventSpan(f);
    if (!s) continue;
    if (start === null || s.start < start) start = s.start;
    if (end === null || s.end > end) end = s.end;
  }
  return start !== null && end !== null ? { start, end } : null;
}

/** Puts a pair of days in order; null if either is missing. */
export function normaliseRange(start: string | null, end: string | null): DateRange | null {
  if (start === null && end === null) return null;
  const a = start ?? end;
  const b = end ?? start;
  if (a === null || b === null) return null;
  return a <= b ? { start: a, end: b } : { start: b, end: a };
}

/**
 * The same rule as `matchesRange`, as a MapLibre filter over the flattened map properties
 * `ds` (date_start, '' when undated) and `de` (date_end, never before ds).
 */
export function rangeFilter(range: DateRange | null): ExpressionSpecification {
  if (range === null) return ['boolean', true];
  return [
    'all',
    ['!=', ['get', 'ds'], ''],
    ['<=', ['get', 'ds'], range.end],
    ['>=', ['get', 'de'], range.start],
  ];
}
