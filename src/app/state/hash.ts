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

/** Two-way sync between a store and `location.hash`. Returns a function that stops it. */
export function syncWithHash(store: Store<AppState>, win: Window = window): () => void {
  const fromHash = (): void => store.set(parseHash(win.location.hash));
  fromHash();
  const unsubscribe = store.subscribe((state) => {
    const next = serialiseHash(state, win.location.hash);
    if (next === win.location.hash.replace(/^#/, '')) return;
    const url = `${win.location.pathname}${win.location.search}${next ? `#${next}` : ''}`;
    win.history.replaceState(win.history.state, '', url);
  });
  win.addEventListener('hashchange', fromHash);
  return () => {
    unsubscribe();
    win.removeEventListener('hashchange', fromHash);
  };
}
