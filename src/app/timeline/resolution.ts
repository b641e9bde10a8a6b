// The timeline's bin: day, week (from Monday), month or year, the finest that keeps bars readable for the
// chart's width. Bins are d3's UTC intervals over ISO days; a bin is named by its first day.
import { utcDay, utcMonday, utcMonth, utcYear, type CountableTimeInterval } from 'd3';
import { formatDateParts, formatDayIn, language, t } from '../i18n/current.ts';
import { addDays, dayToTime, timeToDay } from '../state/dates.ts';

export type Unit = 'day' | 'week' | 'month' | 'year';
export const UNITS: readonly Unit[] = ['day', 'week', 'month', 'year'];
/** The narrowest bar worth drawing, in pixels: at 3 px a bar (drawn without gaps under 4 px, draw-chart.ts)
 * still reads as one of its own, and 13 years keep their months beside the side column (~750 px of plot). */
export const MIN_BAR_PX = 3;

const INTERVAL: Record<Unit, CountableTimeInterval> = { day: utcDay, week: utcMonday, month: utcMonth, year: utcYear };

/** The first day of the bin a day falls in. */
export function binStart(day: string, unit: Unit): string {
  return timeToDay(INTERVAL[unit].floor(new Date(dayToTime(day))).getTime());
}

/** The first day of the bin `n` bins after the one `day` falls in (n may be negative). */
export function offsetBins(day: string, unit: Unit, n: number): string {
  return timeToDay(INTERVAL[unit].offset(new Date(dayToTime(binStart(day, unit))), n).getTime());
}

/** The last day of the bin a day falls in. */
export function binLast(day: string, unit: Unit): string {
  return addDays(offsetBins(day, unit, 1), -1);
}

/** How many bins the days first..last (both included) touch. */
export function binCount(first: string, last: string, unit: Unit): number {
  if (last < first) return 0;
  return INTERVAL[unit].count(new Date(dayToTime(binStart(first, unit))), new Date(dayToTime(binStart(last, unit)))) + 1;
}

/** The first day of every bin touching first..last. */
export function binsCovering(first: string, last: string, unit: Unit): string[] {
  const out: string[] = [];
  for (let d = binStart(first, unit); d <= last; d = offsetBins(d, unit, 1)) out.push(d);
  return out;
}

/** The finest unit whose bars over first..last are at least MIN_BAR_PX wide in `plotW` pixels. */
export function chooseUnit(first: string, last: string, plotW: number): Unit {
  for (const unit of UNITS) if (plotW / Math.max(1, binCount(first, last, unit)) >= MIN_BAR_PX) return unit;
  return 'year';
}

/** A bin in words, for a bar's title: "2011-08-05", "week of 2011-08-01", "Aug 2011", "2011" (in Arabic, Arabic digits and months). */
export function binName(day: string, unit: Unit): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (unit === 'day') return language() === 'en' ? day : formatDayIn(day, (d) => d);
  if (unit === 'week') return t('timeline.week', { day: language() === 'en' ? day : formatDayIn(day, (d) => d) });
  if (unit === 'month') return formatDateParts(date, { month: 'short', year: 'numeric' });
  return formatDateParts(date, { year: 'numeric' });
}
