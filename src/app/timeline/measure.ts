// What the timeline's bars measure: events per bin (stacked by type) or reported deaths per bin, the bin a
// day, week, month or year. One shape for both, so the chart draws either, with labels that say which it is.
import type { EventFeature } from '../../shared/schema.ts';
import type { DateRange } from '../state/range.ts';
import { binByDay } from './bins.ts';
import { binName, type Unit } from './resolution.ts';
import { binTollByDay } from './toll-bins.ts';

export type Measure = 'events' | 'deaths';


export interface Bar {
  day: string;
  type: string;
  /** Reported for a span of days: drawn lighter. */
  spread: boolean;
  /** A country-wide total drawn as an outline from zero (deaths only). */
  outline: boolean;
  value: number;
  y0: number;
  y1: number;
  title: string;
}

export interface ChartBins {
  measure: Measure;
  /** What one bar stands for. */
  unit: Unit;
  bars: Bar[];
  max: number;
  /** The number in the "date unknown" lane. */
  undated: number;
  undatedTitle: string;
  /** The y-axis label. */
  axisLabel: string;
  /** The line under the chart that says how to read it. */
  note: string;
}

export const AXIS_LABELS: Record<Measure, string> = {
  events: 'Events per day',
  deaths: 'Reported deaths per day',
};

/** The y-axis label: "Events per week", "Reported deaths per month". */
export function axisLabel(measure: Measure, unit: Unit): string {
  return `${measure === 'events' ? 'Events' : 'Reported deaths'} per ${unit}`;
}

const note = (measure: Measure, unit: Unit): string =>
  measure === 'events'
    ? `Events per ${unit}, by type. Lighter bars: events reported for a span of days, counted in each ${unit} of it.`
    : `Reported deaths per ${unit} (best figure), by type. Lighter bars: a toll reported for a span of days, spread evenly over its days. ` +
      'Outlined bars: country-wide totals, which may include the located deaths and are never added to them.';

/** A day's share of deaths, as people read it: whole numbers as they are, shares to one decimal. */
export function formatDeaths(n: number): string {
  const r = Math.round(n * 10) / 10;
  return Number.isInteger(r) ? r.toLocaleString('en-US') : r.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

function partsText(parts: ReadonlyArray<[number, number]>): string {
  return parts.map(([toll, days]) => (days > 1 ? `${formatDeaths(toll)} over ${days} days` : formatDeaths(toll))).join(' + ');
}

export function chartBins(features: readonly EventFeature[], extent: DateRange | null, measure: Measure, unit: Unit = 'day'): ChartBins {
  if (measure === 'events') {
    const b = binByDay(features, extent, unit);
    return {
      measure,
      unit,
      bars: b.segments.map((s) => ({
        day: s.day,
        type: s.type,
        spread: s.spread,
        outline: false,
        value: s.count,
        y0: s.y0,
        y1: s.y1,
        title: `${binName(s.day, unit)}: ${s.count} ${s.type}${s.spread ? ' (reported for a span of days)' : ''}`,
      })),
      max: b.max,
      undated: b.undated,
      undatedTitle: 'Events whose date the reports do not give. They are hidden while a date range is selected.',
      axisLabel: axisLabel('events', unit),
      note: note('events', unit),
    };
  }
  const b = binTollByDay(features, extent, unit);
  return {
    measure,
    unit,
    bars: b.segments.map((s) => ({
      day: s.day,
      type: s.type,
      spread: s.spread,
      outline: s.aggregate,
      value: s.value,
      y0: s.y0,
      y1: s.y1,
      title:
        `${binName(s.day, unit)}: ${formatDeaths(s.value)} reported deaths, ${s.type}` +
        (s.spread ? ` (share of ${partsText(s.parts)})` : '') +
        (s.aggregate ? ' — country-wide total, may include the located deaths; not added to them' : ''),
    })),
    max: b.max,
    undated: b.undated,
    undatedTitle: 'Reported deaths in events whose date the reports do not give (country-wide totals left out).',
    axisLabel: axisLabel('deaths', unit),
    note: note('deaths', unit),
  };
}
