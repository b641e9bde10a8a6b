// The overlay in the app's one store and its hash codec (src/app/state/hash.ts, overlay.ts).
import { describe, expect, it } from 'vitest';
import { parseHash, serialiseHash, syncWithHash } from '../../../src/app/state/hash.ts';
import { OVERLAYS, parseOverlay, serialiseOverlay } from '../../../src/app/state/overlay.ts';
import { createStore, INITIAL_STATE } from '../../../src/app/state/store.ts';

/** Just enough of a window for syncWithHash: a location with a hash, history.replaceState and hashchange. */
function fakeWindow(hash: string) {
  const listeners = new Set<() => void>();
  const location = { pathname: '/', search: '', hash: hash ? `#${hash.replace(/^#/, '')}` : '' };
  const win = {
    location,
    history: {
      state: null,
      replaceState: (_: unknown, __: string, url: string) => void (location.hash = url.includes('#') ? url.slice(url.indexOf('#')) : ''),
    },
    addEventListener: (type: string, l: () => void) => void (type === 'hashchange' && listeners.add(l)),
    removeEventListener: (type: string, l: () => void) => void (type === 'hashchange' && listeners.delete(l)),
    /** The user (or a link) sets the hash: the browser fires hashchange. */
    goTo(next: string) {
      location.hash = `#${next}`;
      for (const l of listeners) l();
    },
  };
  return win;
}

describe('overlay in the hash', () => {
  it('reads each overlay by name', () => {
    for (const o of OVERLAYS) expect(parseHash(`#overlay=${o}`).overlay).toBe(o);
    expect(parseHash('overlay=hexagons&start=2011-08-01').overlay).toBe('hexagons');
  });
  it('falls back to circles for a missing, unknown or hostile value', () => {
    for (const hash of ['', '#overlay=', '#overlay=Heatmap', '#overlay=%3Cscript%3E', '#overlay=constructor', '#overlay=heatmap%00'])
      expect(parseHash(hash).overlay, hash).toBe('circles');
    expect(parseOverlay(null)).toBe('circles');
    expect(parseOverlay('__proto__')).toBe('circles');
    expect(parseHash('#overlay=nope')).toEqual(INITIAL_STATE);
  });
  it('writes only an overlay that is not the default, after the other keys, keeping keys it does not own', () => {
    expect(serialiseOverlay('circles')).toBeNull();
    expect(serialiseHash({ ...INITIAL_STATE, overlay: 'circles' })).toBe('');
    expect(serialiseHash({ ...INITIAL_STATE, start: '2011-08-05', end: '2011-08-05', lang: 'ar', overlay: 'hexagons' })).toBe(
      'start=2011-08-05&end=2011-08-05&lang=ar&overlay=hexagons',
    );
    expect(serialiseHash(INITIAL_STATE, '#overlay=hexagons&zoom=6')).toBe('zoom=6');
  });
  it('round-trips with every other key', () => {
    for (const overlay of OVERLAYS) {
      const state = {
        ...INITIAL_STATE,
        start: '2011-08-01',
        end: '2011-08-06',
        selected: 'seed-e8',
        view: { zoom: 6.5, lat: 35.1, lon: 36.7 },
        lang: 'ar' as const,
        overlay,
      };
      expect(parseHash(serialiseHash(state))).toEqual(state);
    }
  });
});

describe('overlay in the one store, synced with the hash', () => {
  it('keeps map= with literal slashes when the overlay is switched', () => {
    const win = fakeWindow('map=6.5/35.1/36.7&start=2011-08-01&end=2011-08-06');
    const store = createStore(INITIAL_STATE);
    const stop = syncWithHash(store, win as unknown as Window);
    expect(store.get()).toMatchObject({ overlay: 'circles', view: { zoom: 6.5, lat: 35.1, lon: 36.7 } });
    for (const overlay of ['hexagons', 'regions', 'heatmap'] as const) {
      store.set({ overlay });
      expect(win.location.hash).toBe(`#map=6.5/35.1/36.7&start=2011-08-01&end=2011-08-06&overlay=${overlay}`);
      expect(win.location.hash).not.toContain('%2F');
    }
    store.set({ overlay: 'circles' });
    expect(win.location.hash).toBe('#map=6.5/35.1/36.7&start=2011-08-01&end=2011-08-06');
    stop();
  });
  it('follows the hash: a new overlay, and circles again when the key goes', () => {
    const win = fakeWindow('overlay=regions');
    const store = createStore(INITIAL_STATE);
    const stop = syncWithHash(store, win as unknown as Window);
    expect(store.get().overlay).toBe('regions');
    win.goTo('overlay=hexagons&start=2011-08-07&end=2011-08-10');
    expect(store.get()).toMatchObject({ overlay: 'hexagons', start: '2011-08-07' });
    win.goTo('start=2011-08-07&end=2011-08-10');
    expect(store.get().overlay).toBe('circles');
    // An invalid value reads as circles, and is dropped once the hash is written again (the dates changed).
    win.goTo('overlay=%3Cimg%20src%3Dx%3E');
    expect(store.get()).toMatchObject({ overlay: 'circles', start: null });
    expect(win.location.hash).toBe('');
    stop();
  });
});
