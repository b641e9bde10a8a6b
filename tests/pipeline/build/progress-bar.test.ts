import { describe, expect, it } from 'vitest';
import { formatDuration, formatProgress, progressBar } from '../../../src/pipeline/build/progress-bar.ts';

describe('formatProgress', () => {
  it('shows articles done of the total, the rate and the time left', () => {
    expect(formatProgress({ done: 40_000, total: 100_000, elapsedMs: 50_000, label: 'articles' }))
      .toBe('[##########--------------]  40% 40,000 / 100,000 articles · 800/s · ETA 1:15');
  });
  it('falls back to bytes when the number of articles is unknown', () => {
    expect(formatProgress({ done: 10, total: null, bytes: 5e6, totalBytes: 2e7, elapsedMs: 2000, label: 'articles' }))
      .toBe('[######------------------]  25% 10 articles · 5.0 MB / 20.0 MB · 5/s · ETA 0:06');
  });
  it('with no total at all, counts and rate only', () => {
    expect(formatProgress({ done: 3, total: null, elapsedMs: 500, label: 'articles' })).toBe('3 articles');
  });
  it('never passes 100 % when the total was an estimate', () => {
    expect(formatProgress({ done: 12, total: 10, elapsedMs: 0, label: 'articles' })).toMatch(/^\[#{24}\] 100% 12 \/ 10/);
  });
  it('durations read m:ss or h:mm:ss', () => {
    expect(formatDuration(75_000)).toBe('1:15');
    expect(formatDuration(3_723_000)).toBe('1:02:03');
  });
});

describe('progressBar', () => {
  const stream = (isTTY: boolean): NodeJS.WriteStream & { text: string } => {
    const s = { isTTY, columns: 200, text: '', write(x: string) { s.text += x; return true; } };
    return s as unknown as NodeJS.WriteStream & { text: string };
  };
  it('writes nothing when stderr is not a terminal', () => {
    const s = stream(false);
    const bar = progressBar({ total: 2, stream: s });
    bar.tick();
    bar.tick();
    bar.end();
    expect(s.text).toBe('');
  });
  it('on a terminal redraws one line and ends with the final count', () => {
    const s = stream(true);
    let t = 0;
    const bar = progressBar({ total: 3, stream: s, now: () => (t += 400) });
    bar.tick();
    bar.tick();
    bar.end();
    expect(s.text.startsWith('\r')).toBe(true);
    expect(s.text.endsWith('\n')).toBe(true);
    expect(s.text.trimEnd().split('\r').pop()).toMatch(/100% 2 \/ 2 articles/);
  });
});
