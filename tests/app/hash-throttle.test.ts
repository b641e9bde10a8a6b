// The URL hash follows a brush's burst of ranges with one write at its end (src/app/state/hash.ts), and
// every other change at once.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RANGE_WRITE_MS, syncWithHash } from '../../src/app/state/hash.ts';
import { createStore, INITIAL_STATE } from '../../src/app/state/store.ts';

function fakeWindow() {
  const location = { pathname: '/', search: '', hash: '' };
  const writes: string[] = [];
  const win = {
    location,
    history: {
      state: null,
      replaceState: (_: unknown, __: string, url: string) => {
        location.hash = url.includes('#') ? url.slice(url.indexOf('#')) : '';
        writes.push(location.hash);
      },
    },
    addEventListener: () => {},
    removeEventListener: () => {},
  };
  return { win, writes };
}

describe('the hash during a brush', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());
  it('writes a burst of ranges once, the last one, RANGE_WRITE_MS after it starts', () => {
    const { win, writes } = fakeWindow();
    const store = createStore(INITIAL_STATE);
    const stop = syncWithHash(store, win as unknown as Window);
    for (let d = 1; d <= 9; d++) store.set({ start: '2012-01-01', end: `2012-01-0${d}` });
    expect(writes).toEqual([]);
    vi.advanceTimersByTime(RANGE_WRITE_MS);
    expect(writes).toEqual(['#start=2012-01-01&end=2012-01-09']);
    stop();
  });
  it('writes any other change at once, with the range of the moment', () => {
    const { win, writes } = fakeWindow();
    const store = createStore(INITIAL_STATE);
    const stop = syncWithHash(store, win as unknown as Window);
    store.set({ start: '2012-01-01', end: '2012-01-05' });
    store.set({ selected: 'ev-1' });
    expect(writes).toEqual(['#start=2012-01-01&end=2012-01-05&event=ev-1']);
    vi.advanceTimersByTime(RANGE_WRITE_MS * 2);
    expect(writes).toHaveLength(1);
    stop();
  });
});
