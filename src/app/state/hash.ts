// Keeps the state store and the URL hash in step: `#start=2011-08-05&end=2011-08-05&event=<id>`, with the
// filters, `map=`, `lang=` and `overlay=` beside them.
// Keys the app does not know are kept as they are, so an embedding page can add its own.
import { isIsoDay } from './dates.ts';
import { parseFilters, writeFilters } from './filters.ts';
import { parseLang, serialiseLang } from './lang.ts';
import { parseMapView, serialiseMapView } from './map-view.ts';
import { parseOverlay, serialiseOverlay } from './overlay.ts';
import { normaliseRange } from './range.ts';
import type { AppState, Store } from './store.ts';

/** Reads the state's keys from a hash ("#a=b" or "a=b"). Invalid days are ignored. */
export function parseHash(hash: string): AppState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const day = (k: string): string | null => {
    const v = params.get(k);
    return isIsoDay(v) ? v : null;
  };
  const range = normaliseRange(day('start'), day('end'));
  const event = params.get('event');
  const state: AppState = {
    start: range?.start ?? null,
    end: range?.end ?? null,
    selected: event ? event : null,
    filters: parseFilters(params),
    // Like the dates, always read: a hash without `overlay=` means circles.
    overlay: parseOverlay(params.get('overlay')),
  };
  // Optional keys stay absent unless given, so a hash without them reads as it always did.
  const view = parseMapView(params.get('map'));
  if (view) state.view = view;
  // Like the overlay: a hash without `lang=` means English, so dropping it from the URL switches back.
  state.lang = parseLang(params.get('lang'));
  return state;
}

/** Writes the state into a hash, keeping any other keys of `previous`. No leading "#". */
export function serialiseHash(state: AppState, previous = ''): string {
  const params = new URLSearchParams(previous.replace(/^#/, ''));
  const put = (k: string, v: string | null): void => {
    if (v === null) params.delete(k);
    else params.set(k, v);
  };
  put('start', state.start);
  put('end', state.end);
  put('event', state.selected);
  writeFilters(params, state.filters);
  put('map', state.view ? serialiseMapView(state.view) : null);
  put('lang', serialiseLang(state.lang));
  put('overlay', serialiseOverlay(state.overlay));
  return params.toString().replace(/(^|&)map=([^&]*)/, (_, pre: string, v: string) => `${pre}map=${decodeURIComponent(v)}`);
}

/** A change of the dates alone (a brush being dragged, playback) is written this long after it, once for a burst. */
export const RANGE_WRITE_MS = 100;

/** Only the dates differ between two states. */
function onlyRangeChanged(a: AppState, b: AppState): boolean {
  if (a.start === b.start && a.end === b.end) return false;
  return a.selected === b.selected && a.filters === b.filters && a.view === b.view && a.lang === b.lang && a.overlay === b.overlay;
}

/**
 * Two-way sync between a store and `location.hash`. Returns a function that stops it. Any change is written
 * at once, but for a change of the dates alone (not read from the hash): those are written RANGE_WRITE_MS later, the last of a burst
 * only (a brush sets a range on every pointer move; history.replaceState costs milliseconds each time).
 * `onWrite` runs after each write: what shows the URL (the share box, the embed's link) reads it then.
 * `ready`, given a state a changed hash asks for, returns a promise for what must be there before the
 * state takes it (the Arabic catalogue: every part then redraws in the new language at once), or null
 * when nothing is missing. The hash the page opens with is read at once.
 */
export function syncWithHash(
  store: Store<AppState>,
  win: Window = window,
  onWrite: () => void = () => {},
  ready: (next: AppState) => Promise<unknown> | null = () => null,
): () => void {
  /** True while the state follows the hash: what it then writes back (a value dropped) is written at once. */
  let reading = false;
  /** Hash changes read so far: a change still waiting for `ready` gives way to a later one. */
  let reads = 0;
  const take = (next: AppState): void => {
    flush();
    reading = true;
    try {
      store.set(next);
    } finally {
      reading = false;
    }
  };
  const fromHash = (): void => {
    const next = parseHash(win.location.hash);
    const mine = ++reads;
    const wait = ready(next);
    if (!wait) return take(next);
    const later = (): void => {
      if (mine === reads) take(next);
    };
    void wait.then(later, later);
  };
  let pending: ReturnType<typeof setTimeout> | null = null;
  const write = (): void => {
    pending = null;
    const next = serialiseHash(store.get(), win.location.hash);
    if (next !== win.location.hash.replace(/^#/, '')) {
      const url = `${win.location.pathname}${win.location.search}${next ? `#${next}` : ''}`;
      win.history.replaceState(win.history.state, '', url);
    }
    onWrite();
  };
  function flush(): void {
    if (pending === null) return;
    clearTimeout(pending);
    write();
  }
  take(parseHash(win.location.hash));
  const unsubscribe = store.subscribe((state, prev) => {
    if (reading || !onlyRangeChanged(state, prev)) {
      if (pending !== null) clearTimeout(pending);
      return write();
    }
    pending ??= setTimeout(write, RANGE_WRITE_MS);
  });
  win.addEventListener('hashchange', fromHash);
  return () => {
    unsubscribe();
    if (pending !== null) clearTimeout(pending);
    win.removeEventListener('hashchange', fromHash);
  };
}
