// What the timeline's bars measure: events per bin (stacked by type) or reported deaths per bin, the bin a
// day, week, month or year. One shape for both, so the chart draws either, with labels that say which it is.
import type { EventFeature } from '../../shared/schema.ts';
import { formatDecimal, formatNumber, t, typeLabel } from '../i18n/current.ts';
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

/** The y-axis label: "Events per week", "Reported deaths per month". */
export function axisLabel(measure: Measure, unit: Unit): string {
  return t(`timeline.axis.${measure}`, { unit: t(`unit.${unit}`) });
}

const note = (measure: Measure, unit: Unit): string => t(`timeline.note.${measure}`, { unit: t(`unit.${unit}`) });

/** A day's share of deaths, as people read it: whole numbers as they are, shares to one decimal. */
export function formatDeaths(n: number): string {
  const r = Math.round(n * 10) / 10;
  return Number.isInteger(r) ? formatNumber(r) : formatDecimal(r, 1);
}

function partsText(parts: ReadonlyArray<[number, number]>): string {
  return parts.map(([toll, days]) => (days > 1 ? t('timeline.bar.over', { n: formatDeaths(toll), days }) : formatDeaths(toll))).join(' + ');
}

/** `weights`: how many events each feature stands for (./bins.ts); a toll is the feature's whole toll either way. */
export function chartBins(features: readonly EventFeature[], extent: DateRange | null, measure: Measure, unit: Unit = 'day', weights?: ArrayLike<number>): ChartBins {
  if (measure === 'events') {
    const b = binByDay(features, extent, unit, weights);
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
        title: t('timeline.bar.events', { bin: binName(s.day, unit), n: s.count, type: typeLabel(s.type), spread: s.spread ? t('timeline.bar.spread') : '' }),
      })),
      max: b.max,
      undated: b.undated,
      undatedTitle: t('timeline.undated.events'),
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
      title: t('timeline.bar.deaths', {
        bin: binName(s.day, unit),
        n: formatDeaths(s.value),
        type: typeLabel(s.type),
        spread: s.spread ? t('timeline.bar.share', { parts: partsText(s.parts) }) : '',
        total: s.aggregate ? t('timeline.bar.total') : '',
      }),
    })),
    max: b.max,
    undated: b.undated,
    undatedTitle: t('timeline.undated.deaths'),
    axisLabel: axisLabel('deaths', unit),
    note: note('deaths', unit),
  };
}
