// The brush from the keyboard, as a pure function of the range and the key. The bars' bin is the step:
// ←/→ move the range one bin (a day when bars are days, keeping its width; with coarser bars the range becomes
// whole weeks, months or years), Shift+←/→ move its end a bin (resizing it), PageUp/PageDown move it seven
// bins (a week when bars are days), Home/End move it to the first/last day, Shift+Home/End stretch it there,
// Escape clears it. The range never leaves the data's days.
import { formatDayIn, t } from '../i18n/current.ts';
import { addDays, daysBetween, formatDay } from '../state/dates.ts';
import type { DateRange } from '../state/range.ts';
import { binCount, binLast, binStart, offsetBins, type Unit } from './resolution.ts';

/** The first and last day of the data, both included. */
export interface DayBounds {
  first: string;
  last: string;
}

export interface KeyPress {
  key: string;
  shift: boolean;
}

const maxDay = (a: string, b: string): string => (a > b ? a : b);
const minDay = (a: string, b: string): string => (a < b ? a : b);

/** Puts a range inside the bounds, keeping its width where it fits. */
export function clampRange(range: DateRange, b: DayBounds): DateRange {
  const span = Math.min(daysBetween(range.start, range.end), daysBetween(b.first, b.last));
  let start = maxDay(range.start, b.first);
  if (addDays(start, span) > b.last) start = addDays(b.last, -span);
  return { start, end: addDays(start, span) };
}

/** Moves a range by `n` days, keeping its width and stopping at the bounds. */
export function shiftRange(range: DateRange, n: number, b: DayBounds): DateRange {
  const r = clampRange(range, b);
  const room = n > 0 ? daysBetween(r.end, b.last) : daysBetween(b.first, r.start);
  const step = Math.sign(n) * Math.min(Math.abs(n), room);
  return { start: addDays(r.start, step), end: addDays(r.end, step) };
}

/**
 * Moves a range by `n` bins as whole bins (the bins it touches), stopping at the bounds; by days when the
 * unit is a day, keeping its width.
 */
export function shiftBins(range: DateRange, n: number, unit: Unit, b: DayBounds): DateRange {
  if (unit === 'day') return shiftRange(range, n, b);
  const r = clampRange(range, b);
  const width = binCount(r.start, r.end, unit);
  const lowest = binStart(b.first, unit);
  const highest = offsetBins(b.last, unit, -(width - 1));
  let start = offsetBins(r.start, unit, n);
  if (start > highest) start = highest;
  if (start < lowest) start = lowest;
  const end = binLast(offsetBins(start, unit, width - 1), unit);
  return { start: maxDay(start, b.first), end: minDay(end, b.last) };
}

/** Moves a range's end by `n` bins (resizing it), never before its start's bin or past the last day. */
function stretchEnd(r: DateRange, n: number, unit: Unit, b: DayBounds): DateRange {
  if (unit === 'day') return { start: r.start, end: n > 0 ? minDay(addDays(r.end, n), b.last) : maxDay(addDays(r.end, n), r.start) };
  const end = binLast(offsetBins(r.end, unit, n), unit);
  const start = binStart(r.start, unit);
  return { start: maxDay(start, b.first), end: minDay(maxDay(end, binLast(start, unit)), b.last) };
}

/**
 * The range after a key press: a new range, null to clear it, or undefined when the key does nothing
 * here (so the page can use it).
 */
export function rangeAfterKey(range: DateRange | null, { key, shift }: KeyPress, b: DayBounds, unit: Unit = 'day'): DateRange | null | undefined {
  if (key === 'Escape') return range === null ? undefined : null;
  const moves = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End'];
  if (!moves.includes(key)) return undefined;
  if (range === null) return key === 'End' ? { start: b.last, end: b.last } : { start: b.first, end: b.first };
  const r = clampRange(range, b);
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return shift ? stretchEnd(r, 1, unit, b) : shiftBins(r, 1, unit, b);
    case 'ArrowLeft':
    case 'ArrowDown':
      return shift ? stretchEnd(r, -1, unit, b) : shiftBins(r, -1, unit, b);
    case 'PageDown':
      return shiftBins(r, 7, unit, b);
    case 'PageUp':
      return shiftBins(r, -7, unit, b);
    case 'Home':
      return shift ? { start: b.first, end: r.end } : shiftRange(r, -daysBetween(b.first, r.start), b);
    default: // End
      return shift ? { start: r.start, end: b.last } : shiftRange(r, daysBetween(r.end, b.last), b);
  }
}

/** The range in words, for aria-valuetext: "5 Aug 2011 to 7 Aug 2011 (3 days)". */
export function rangeInWords(range: DateRange | null): string {
  if (range === null) return t('timeline.allDates');
  const n = daysBetween(range.start, range.end) + 1;
  const day = (d: string): string => formatDayIn(d, formatDay);
  if (n === 1) return t('timeline.oneDay', { day: day(range.start) });
  return t('timeline.days', { start: day(range.start), end: day(range.end), n });
}
