// Playback of the timeline as pure functions: where the range is `elapsed` ms after pressing play. It steps one
// bin at a time at the chart's resolution (day, week, month or year), so no bar is skipped, and its speed is
// set in terms of the span ("the whole span in 30 s"), so ten empty years pass as fast as ten busy ones.
// Sliding window: the range keeps its width (whole bins when bars are coarser than days) and slides a bin at a
// time. Cumulative: the start stays on the first day and the end advances. Both stop on the last day; pressing
// play there starts again from the start.
import { addDays } from '../state/dates.ts';
import type { DateRange } from '../state/range.ts';
import { clampRange, type DayBounds } from './brush-keys.ts';
import { binCount, binLast, binStart, offsetBins, type Unit } from './resolution.ts';

export type PlayMode = 'slide' | 'cumulative';

/** A speed: the whole span in so many seconds, or so many bars a second. */
export type Speed = { spanSeconds: number } | { barsPerSecond: number };

/** The speeds the control offers, by value. */
export const SPEEDS: ReadonlyArray<{ value: string; speed: Speed }> = [
  { value: 'span-10', speed: { spanSeconds: 10 } },
  { value: 'span-30', speed: { spanSeconds: 30 } },
  { value: 'span-60', speed: { spanSeconds: 60 } },
  { value: 'bars-1', speed: { barsPerSecond: 1 } },
];
export const DEFAULT_SPEED = SPEEDS[1]!.speed;

/** Bins a second for a speed over the data's days at a resolution: the whole span takes `spanSeconds`. */
export function binsPerSecond(speed: Speed, bounds: DayBounds, unit: Unit): number {
  if ('barsPerSecond' in speed) return speed.barsPerSecond;
  return Math.max(1, binCount(bounds.first, bounds.last, unit)) / Math.max(0.1, speed.spanSeconds);
}

export interface Playback {
  /** The range playback starts from (shown at elapsed 0). */
  origin: DateRange;
  mode: PlayMode;
  binsPerSecond: number;
  unit: Unit;
  bounds: DayBounds;
}

export interface PlaybackFrame {
  range: DateRange;
  /** The end has reached the last day: stop. */
  done: boolean;
}

const maxDay = (a: string, b: string): string => (a > b ? a : b);
const minDay = (a: string, b: string): string => (a < b ? a : b);

/** Where playback starts from the current range: at the end, it starts over. */
export function startPlayback(range: DateRange | null, mode: PlayMode, perSecond: number, bounds: DayBounds, unit: Unit = 'day'): Playback {
  const r0 = range ? clampRange(range, bounds) : { start: bounds.first, end: bounds.first };
  // Whole bins: the range covers the bins it touches.
  const r = { start: maxDay(binStart(r0.start, unit), bounds.first), end: minDay(binLast(r0.end, unit), bounds.last) };
  const atEnd = r.end >= bounds.last;
  let origin: DateRange;
  if (mode === 'cumulative') origin = { start: bounds.first, end: atEnd ? minDay(binLast(bounds.first, unit), bounds.last) : r.end };
  else if (atEnd) {
    const width = binCount(r.start, r.end, unit);
    origin = { start: bounds.first, end: minDay(unit === 'day' ? addDays(bounds.first, width - 1) : binLast(offsetBins(bounds.first, unit, width - 1), unit), bounds.last) };
  } else origin = r;
  return { origin, mode, binsPerSecond: Math.max(0.001, perSecond), unit, bounds };
}

/** The range `elapsedMs` after playback started: whole bins only, never past the last day. */
export function playbackAt(p: Playback, elapsedMs: number): PlaybackFrame {
  const room = binCount(p.origin.end, p.bounds.last, p.unit) - 1;
  const steps = Math.max(0, Math.floor((elapsedMs / 1000) * p.binsPerSecond + 1e-9));
  const n = Math.min(steps, room);
  const endOf = (day: string): string => (p.unit === 'day' ? addDays(day, n) : binLast(offsetBins(day, p.unit, n), p.unit));
  const end = minDay(endOf(p.origin.end), p.bounds.last);
  const start = p.mode === 'cumulative' ? p.bounds.first : maxDay(p.unit === 'day' ? addDays(p.origin.start, n) : offsetBins(p.origin.start, p.unit, n), p.bounds.first);
  return { range: { start, end }, done: steps >= room };
}
