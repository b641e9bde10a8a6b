// Reported deaths per bin (day, week, month or year), stacked by type. The rules, so the bars never claim more deaths than reported:
// - an event's toll is its best figure (else its lower bound, else its upper one); no figure, no bar;
// - a toll reported for a span of days is spread evenly over those days (drawn lighter), so its days add up
//   to the toll once, never once per day; a bin gets the share of the days it holds;
// - country-wide totals (`aggregate`) overlap the located events: they are drawn as outlines rising from
//   zero, beside the located deaths, never stacked on them or added to them;
// - undated events' deaths go to the "date unknown" lane.
import type { EventFeature } from '../../shared/schema.ts';
import { tollValue } from '../overlays/format.ts';
import { daysBetween } from '../state/dates.ts';
import { eventSpan, type DateRange } from '../state/range.ts';
import { EVENT_TYPES } from '../ui/palette.ts';
import { binLast, binsCovering, type Unit } from './resolution.ts';

export interface TollSegment {
  day: string;
  type: string;
  spread: boolean;
  /** A country-wide total: drawn from zero as an outline, not stacked with the located deaths. */
  aggregate: boolean;
  /** Deaths on this day (a share of a span's toll may be fractional). */
  value: number;
  /** The tolls of the events behind the segment, before spreading: [toll, days] each. */
  parts: Array<[number, number]>;
  y0: number;
  y1: number;
}

export interface TollBins {
  segments: TollSegment[];
  /** The tallest bar, located stack or country-wide outline. */
  max: number;
  /** Deaths in undated events that are not country-wide totals. */
  undated: number;
  /** Deaths on the axis in located events (each event counted once). */
  located: number;
}

/** The single figure drawn for an event's toll: best, else low, else high; 0 when none is given. */
export function tollOf(f: EventFeature): number {
  return tollValue(f.properties.fatalities) ?? 0;
}

const typeOrder = (t: string): number => {
  const i = (EVENT_TYPES as readonly string[]).indexOf(t);
  return i < 0 ? EVENT_TYPES.length : i;
};

interface Acc {
  type: string;
  spread: boolean;
  aggregate: boolean;
  value: number;
  parts: Array<[number, number]>;
}

export function binTollByDay(features: readonly EventFeature[], extent: DateRange | null, unit: Unit = 'day'): TollBins {
  const byDay = new Map<string, Map<string, Acc>>();
  let undated = 0;
  let located = 0;
  for (const f of features) {
    const toll = tollOf(f);
    if (toll <= 0) continue;
    const aggregate = f.properties.aggregate === true;
    const span = eventSpan(f);
    if (!span) {
      if (!aggregate) undated += toll;
      continue;
    }
    if (!aggregate) located += toll;
    const nDays = daysBetween(span.start, span.end) + 1;
    const spread = nDays > 1;
    const key = `${f.properties.event_type}\u0000${spread ? 1 : 0}\u0000${aggregate ? 1 : 0}`;
    for (const day of binsCovering(span.start, span.end, unit)) {
      const from = day < span.start ? span.start : day;
      const last = binLast(day, unit);
      const held = daysBetween(from, last < span.end ? last : span.end) + 1;
      let accs = byDay.get(day);
      if (!accs) byDay.set(day, (accs = new Map()));
      let acc = accs.get(key);
      if (!acc) accs.set(key, (acc = { type: f.properties.event_type, spread, aggregate, value: 0, parts: [] }));
      acc.value += (toll * held) / nDays;
      acc.parts.push([toll, nDays]);
    }
  }
  const segments: TollSegment[] = [];
  let max = 0;
  for (const day of extent ? binsCovering(extent.start, extent.end, unit) : []) {
    const accs = byDay.get(day);
    if (!accs) continue;
    const sorted = [...accs.values()].sort((a, b) => typeOrder(a.type) - typeOrder(b.type) || Number(a.spread) - Number(b.spread));
    // Located deaths stack from zero; country-wide totals stack apart, also from zero.
    const top = { located: 0, aggregate: 0 };
    for (const acc of sorted) {
      const lane = acc.aggregate ? 'aggregate' : 'located';
      segments.push({ day, ...acc, y0: top[lane], y1: top[lane] + acc.value });
      top[lane] += acc.value;
    }
    max = Math.max(max, top.located, top.aggregate);
  }
  return { segments, max, undated, located };
}
