// The brush from the keyboard, as a pure function of the range and the key. Days are the unit:
// ←/→ move the range a day (keeping its width), Shift+←/→ move its end (resizing it), PageUp/PageDown move
// it a week, Home/End move it to the first/last day, Shift+Home/End stretch it there, Escape clears it.
// The range never leaves the data's days.
import { addDays, daysBetween, formatDay } from '../state/dates.ts';
import type { DateRange } from '../state/range.ts';

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
 * The range after a key press: a new range, null to clear it, or undefined when the key does nothing
 * here (so the page can use it).
 */
export function rangeAfterKey(range: DateRange | null, { key, shift }: KeyPress, b: DayBounds): DateRange | null | undefined {
  if (key === 'Escape') return range === null ? undefined : null;
  const moves = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End'];
  if (!moves.includes(key)) return undefined;
  if (range === null) return key === 'End' ? { start: b.last, end: b.last } : { start: b.first, end: b.first };
  const r = clampRange(range, b);
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return shift ? { start: r.start, end: minDay(addDays(r.end, 1), b.last) } : shiftRange(r, 1, b);
    case 'ArrowLeft':
    case 'ArrowDown':
      return shift ? { start: r.start, end: maxDay(addDays(r.end, -1), r.start) } : shiftRange(r, -1, b);
    case 'PageDown':
      return shiftRange(r, 7, b);
    case 'PageUp':
      return shiftRange(r, -7, b);
    case 'Home':
      return shift ? { start: b.first, end: r.end } : shiftRange(r, -daysBetween(b.first, r.start), b);
    default: // End
      return shift ? { start: r.start, end: b.last } : shiftRange(r, daysBetween(r.end, b.last), b);
  }
}

/** The range in words, for aria-valuetext: "5 Aug 2011 to 7 Aug 2011 (3 days)". */
export function rangeInWords(range: DateRange | null): string {
  if (range === null) return 'All dates: no range selected';
  const n = daysBetween(range.start, range.end) + 1;
  if (n === 1) return `${formatDay(range.start)} (1 day)`;
  return `${formatDay(range.start)} to ${formatDay(range.end)} (${n} days)`;
}
