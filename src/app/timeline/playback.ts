// Playback of the timeline as pure functions: where the range is `elapsed` ms after pressing play.
// Sliding window: the range keeps its width and slides a day at a time. Cumulative: the start stays on the
// first day and the end advances. Both stop on the last day; pressing play there starts again from the start.
import { addDays, daysBetween } from '../state/dates.ts';
import type { DateRange } from '../state/range.ts';
import { clampRange, type DayBounds } from './brush-keys.ts';

export type PlayMode = 'slide' | 'cumulative';

/** Days per second offered by the speed control. */
export const SPEEDS: readonly number[] = [1, 2, 7, 30];

export interface Playback {
  /** The range playback starts from (shown at elapsed 0). */
  origin: DateRange;
  mode: PlayMode;
  daysPerSecond: number;
  bounds: DayBounds;
}

export interface PlaybackFrame {
  range: DateRange;
  /** The end has reached the last day: stop. */
  done: boolean;
}

/** Where playback starts from the current range: at the end, it starts over. */
export function startPlayback(range: DateRange | null, mode: PlayMode, daysPerSecond: number, bounds: DayBounds): Playback {
  const r = range ? clampRange(range, bounds) : { start: bounds.first, end: bounds.first };
  const atEnd = r.end >= bounds.last;
  let origin: DateRange;
  if (mode === 'cumulative') origin = { start: bounds.first, end: atEnd ? bounds.first : r.end };
  else origin = atEnd ? { start: bounds.first, end: addDays(bounds.first, daysBetween(r.start, r.end)) } : r;
  return { origin, mode, daysPerSecond: Math.max(0.001, daysPerSecond), bounds };
}

/** The range `elapsedMs` after playback started: whole days only, never past the last day. */
export function playbackAt(p: Playback, elapsedMs: number): PlaybackFrame {
  const room = daysBetween(p.origin.end, p.bounds.last);
  const steps = Math.max(0, Math.floor((elapsedMs / 1000) * p.daysPerSecond + 1e-9));
  const n = Math.min(steps, room);
  const end = addDays(p.origin.end, n);
  const start = p.mode === 'cumulative' ? p.bounds.first : addDays(p.origin.start, n);
  return { range: { start, end }, done: steps >= room };
}
