// Drives playback with d3-timer (one requestAnimationFrame loop): each frame asks the pure `playbackAt`
// where the range is, and reports a new range only when a bin changes. Steps at the chart's resolution when
// play is pressed. Never starts by itself.
import { timer } from 'd3';
import type { DateRange } from '../state/range.ts';
import type { DayBounds } from './brush-keys.ts';
import { binsPerSecond, DEFAULT_SPEED, playbackAt, startPlayback, type PlayMode, type Speed } from './playback.ts';
import type { Unit } from './resolution.ts';

export interface PlayerOptions {
  bounds: DayBounds;
  /** The bars' bin now: playback steps one of them at a time. */
  getUnit?: () => Unit;
  /** The range now (the store's). */
  getRange: () => DateRange | null;
  /** Reports the range to show, the same way the brush does. */
  onRange: (range: DateRange) => void;
  /** Called when playback starts or stops. */
  onPlaying: (playing: boolean) => void;
  /** The frame loop (d3's `timer`); tests pass their own clock. */
  schedule?: (tick: (elapsed: number) => void) => { stop(): void };
}

export interface Player {
  readonly playing: boolean;
  play(): void;
  pause(): void;
  toggle(): void;
  setSpeed(speed: Speed): void;
  setMode(mode: PlayMode): void;
  /** The range was set by something else (brush, inputs, hash): playback gives way. */
  noteRange(range: DateRange | null): void;
  destroy(): void;
}

const same = (a: DateRange | null, b: DateRange | null): boolean => a?.start === b?.start && a?.end === b?.end;

export function createPlayer({ bounds, getUnit = () => 'day', getRange, onRange, onPlaying, schedule = timer }: PlayerOptions): Player {
  let speed: Speed = DEFAULT_SPEED;
  let mode: PlayMode = 'slide';
  let running: { stop(): void } | null = null;
  let shown: DateRange | null = null;

  const stop = (): void => {
    if (!running) return;
    running.stop();
    running = null;
    onPlaying(false);
  };

  const run = (): void => {
    running?.stop();
    shown = getRange();
    const unit = getUnit();
    const p = startPlayback(shown, mode, binsPerSecond(speed, bounds, unit), bounds, unit);
    // The starting range is shown at once ("play" from the end starts over from the first day), not on the first
    // frame, which may come late enough on a slow machine to skip it.
    const showRange = (range: DateRange): void => {
      if (same(range, shown)) return;
      shown = range;
      onRange(range);
    };
    showRange(playbackAt(p, 0).range);
    const wasRunning = running !== null;
    const t = schedule((elapsed) => {
      const frame = playbackAt(p, elapsed);
      showRange(frame.range);
      if (frame.done && running === t) stop();
    });
    running = t;
    if (!wasRunning) onPlaying(true);
  };

  return {
    get playing() {
      return running !== null;
    },
    play: () => run(),
    pause: stop,
    toggle() {
      if (running) stop();
      else run();
    },
    setSpeed(next) {
      speed = next;
      if (running) run();
    },
    setMode(next) {
      mode = next;
      if (running) run();
    },
    noteRange(range) {
      if (running && !same(range, shown)) stop();
    },
    destroy: stop,
  };
}
