import { describe, expect, it } from 'vitest';
import type { DateRange } from '../../../src/app/state/range.ts';
import { createPlayer } from '../../../src/app/timeline/player.ts';

const B = { first: '2011-07-31', last: '2011-08-06' };

/** A player on a hand-driven clock, reporting into a fake store. */
function setUp(start: DateRange | null) {
  let range = start;
  const reported: DateRange[] = [];
  const playing: boolean[] = [];
  let tick: ((elapsed: number) => void) | null = null;
  let stopped = 0;
  const player = createPlayer({
    bounds: B,
    getRange: () => range,
    onRange: (r) => {
      range = r;
      reported.push(r);
      player.noteRange(r); // the store calls the timeline back with the same range
    },
    onPlaying: (p) => playing.push(p),
    schedule: (cb) => {
      tick = cb;
      return { stop: () => void (stopped += 1) };
    },
  });
  player.setSpeed({ barsPerSecond: 1 });
  return { player, reported, playing, at: (ms: number) => tick?.(ms), stopped: () => stopped, setRange: (r: DateRange | null) => (range = r) };
}

describe('the player', () => {
  it('reports a range only when a day changes, the way the brush does', () => {
    const t = setUp({ start: '2011-08-01', end: '2011-08-01' });
    t.player.play();
    t.at(0);
    t.at(300);
    t.at(1000);
    t.at(1500);
    expect(t.reported).toEqual([{ start: '2011-08-02', end: '2011-08-02' }]);
    expect(t.player.playing).toBe(true);
  });

  it('shows the range it starts from at once, before the first frame (a late frame skips no day)', () => {
    const t = setUp({ start: '2011-08-06', end: '2011-08-06' });
    t.player.play();
    expect(t.reported).toEqual([{ start: '2011-07-31', end: '2011-07-31' }]);
    t.at(2500);
    expect(t.reported.at(-1)).toEqual({ start: '2011-08-02', end: '2011-08-02' });
  });
  it('stops by itself on the last day', () => {
    const t = setUp({ start: '2011-08-05', end: '2011-08-05' });
    t.player.play();
    t.at(1000);
    expect(t.reported.at(-1)).toEqual({ start: '2011-08-06', end: '2011-08-06' });
    expect(t.player.playing).toBe(false);
    expect(t.playing).toEqual([true, false]);
  });

  it('gives way when something else sets the range (brush, date inputs, hash)', () => {
    const t = setUp(null);
    t.player.play();
    t.at(0);
    t.player.noteRange({ start: '2011-08-03', end: '2011-08-04' });
    expect(t.player.playing).toBe(false);
  });

  it('steps one bar of the chart at a time: whole weeks when the bars are weeks', () => {
    let range: DateRange | null = { start: '2011-08-03', end: '2011-08-03' };
    const reported: DateRange[] = [];
    let tick: ((elapsed: number) => void) | null = null;
    const player = createPlayer({
      bounds: { first: '2011-07-01', last: '2011-09-30' },
      getUnit: () => 'week',
      getRange: () => range,
      onRange: (r) => void reported.push((range = r)),
      onPlaying: () => {},
      schedule: (cb) => ((tick = cb), { stop: () => {} }),
    });
    player.setSpeed({ barsPerSecond: 1 });
    player.play();
    tick!(1000);
    expect(reported).toEqual([
      { start: '2011-08-01', end: '2011-08-07' },
      { start: '2011-08-08', end: '2011-08-14' },
    ]);
  });

  it('toggle pauses and plays; a new speed restarts the clock from the range shown', () => {
    const t = setUp({ start: '2011-07-31', end: '2011-07-31' });
    t.player.toggle();
    t.at(1000);
    t.player.setSpeed({ barsPerSecond: 30 });
    expect(t.player.playing).toBe(true);
    t.at(0);
    t.at(100); // 3 days on from 1 Aug
    expect(t.reported.at(-1)).toEqual({ start: '2011-08-04', end: '2011-08-04' });
    t.player.toggle();
    expect(t.player.playing).toBe(false);
    expect(t.playing).toEqual([true, false]);
  });
});
