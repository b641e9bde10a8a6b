import { describe, expect, it } from 'vitest';
import { playbackAt, startPlayback } from '../../../src/app/timeline/playback.ts';

const B = { first: '2011-07-31', last: '2011-08-06' };
const r = (start: string, end: string) => ({ start, end });

describe('playback', () => {
  it('sliding window: the range keeps its width and moves a day per 1/speed seconds', () => {
    const p = startPlayback(r('2011-08-01', '2011-08-02'), 'slide', 2, B);
    expect(playbackAt(p, 0)).toEqual({ range: r('2011-08-01', '2011-08-02'), done: false });
    expect(playbackAt(p, 499).range).toEqual(r('2011-08-01', '2011-08-02'));
    expect(playbackAt(p, 500).range).toEqual(r('2011-08-02', '2011-08-03'));
    expect(playbackAt(p, 1000).range).toEqual(r('2011-08-03', '2011-08-04'));
  });

  it('cumulative: the start stays on the first day and the end advances', () => {
    const p = startPlayback(r('2011-08-02', '2011-08-03'), 'cumulative', 1, B);
    expect(playbackAt(p, 0).range).toEqual(r('2011-07-31', '2011-08-03'));
    expect(playbackAt(p, 2000).range).toEqual(r('2011-07-31', '2011-08-05'));
  });

  it('stops at the last day of the data, never past it', () => {
    const p = startPlayback(r('2011-08-03', '2011-08-04'), 'slide', 1, B);
    expect(playbackAt(p, 1999)).toEqual({ range: r('2011-08-04', '2011-08-05'), done: false });
    expect(playbackAt(p, 2000)).toEqual({ range: r('2011-08-05', '2011-08-06'), done: true });
    expect(playbackAt(p, 60_000)).toEqual({ range: r('2011-08-05', '2011-08-06'), done: true });
  });

  it('faster speeds take bigger steps: 30 days a second covers a week in a quarter second', () => {
    const p = startPlayback(null, 'cumulative', 30, B);
    expect(playbackAt(p, 100).range).toEqual(r('2011-07-31', '2011-08-03'));
    expect(playbackAt(p, 250)).toEqual({ range: r('2011-07-31', '2011-08-06'), done: true });
  });

  it('with no range, starts from the first day alone', () => {
    expect(startPlayback(null, 'slide', 1, B).origin).toEqual(r('2011-07-31', '2011-07-31'));
    expect(startPlayback(null, 'cumulative', 1, B).origin).toEqual(r('2011-07-31', '2011-07-31'));
  });

  it('pressing play at the end starts over from the first day (same width when sliding)', () => {
    expect(startPlayback(r('2011-08-05', '2011-08-06'), 'slide', 1, B).origin).toEqual(r('2011-07-31', '2011-08-01'));
    expect(startPlayback(r('2011-08-01', '2011-08-06'), 'cumulative', 1, B).origin).toEqual(r('2011-07-31', '2011-07-31'));
  });

  it('a range partly outside the data starts inside it', () => {
    expect(startPlayback(r('2011-07-01', '2011-07-02'), 'slide', 1, B).origin).toEqual(r('2011-07-31', '2011-08-01'));
  });

  it('every frame is whole days inside the data, and the end never moves backwards', () => {
    for (const mode of ['slide', 'cumulative'] as const)
      for (const speed of [1, 2, 7, 30]) {
        const p = startPlayback(r('2011-07-31', '2011-08-01'), mode, speed, B);
        let prevEnd = '';
        for (let t = 0; t <= 8000; t += 37) {
          const { range } = playbackAt(p, t);
          expect(range.start >= B.first && range.end <= B.last && range.start <= range.end).toBe(true);
          expect(range.end >= prevEnd).toBe(true);
          prevEnd = range.end;
        }
      }
  });
});
