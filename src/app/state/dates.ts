// Calendar-day helpers. Days are ISO strings (YYYY-MM-DD) compared as strings and converted to UTC
// midnights only where a scale needs numbers, so no time zone ever shifts a day.
import { isIsoDay } from '../../shared/validate.ts';

export { isIsoDay };

const DAY_MS = 86_400_000;

/** UTC midnight of an ISO day, in milliseconds. */
export function dayToTime(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

/** The ISO day a UTC time falls on. */
export function timeToDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** The day `n` days after `day` (n may be negative). */
export function addDays(day: string, n: number): string {
  return timeToDay(dayToTime(day) + n * DAY_MS);
}

/** Whole days from `a` to `b` (b - a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((dayToTime(b) - dayToTime(a)) / DAY_MS);
}

/** Every day from `first` to `last`, both included. */
export function eachDay(first: string, last: string): string[] {
  const out: string[] = [];
  for (let d = first; d <= last; d = addDays(d, 1)) out.push(d);
  return out;
}

/** Rounds a time to the nearest UTC midnight and returns that day. */
export function nearestDay(time: number): string {
  return timeToDay(Math.round(time / DAY_MS) * DAY_MS);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "5 Aug 2011". */
export function formatDay(day: string): string {
  const [y, m, d] = day.split('-');
  return `${Number(d)} ${MONTHS[Number(m) - 1] ?? '?'} ${y}`;
}
