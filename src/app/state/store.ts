// The app's one state store: a plain value, replaced (never mutated) by `set`, with subscribers.
import { NO_FILTERS, type Filters } from './filters.ts';
import { DEFAULT_LANG, type Lang } from './lang.ts';
import type { MapView } from './map-view.ts';
import { DEFAULT_OVERLAY, type Overlay } from './overlay.ts';

export interface AppState {
  /** The brushed range, inclusive ISO days; both null when no range is set. */
  start: string | null;
  end: string | null;
  /** The event whose popup is open. */
  selected: string | null;
  /** Filters besides the dates (see filters.ts). */
  filters: Filters;
  /** The map's view from `map=zoom/lat/lon` (map-view.ts); absent until the hash or the map gives one. */
  view?: MapView | null;
  /** The language of place names, `lang=en|ar` (lang.ts); missing or invalid in the hash means English. */
  lang?: Lang;
  /** How the events are drawn, `overlay=…` (overlay.ts); missing or invalid in the hash means circles. */
  overlay: Overlay;
}

export const INITIAL_STATE: AppState = { start: null, end: null, selected: null, filters: NO_FILTERS, lang: DEFAULT_LANG, overlay: DEFAULT_OVERLAY };

export type Listener<S> = (state: S, previous: S) => void;

export interface Store<S> {
  get(): S;
  set(patch: Partial<S>): void;
  subscribe(listener: Listener<S>): () => void;
}

export function createStore<S extends object>(initial: S): Store<S> {
  let state = initial;
  const listeners = new Set<Listener<S>>();
  return {
    get: () => state,
    set(patch) {
      const next = { ...state, ...patch };
      const changed = (Object.keys(patch) as Array<keyof S>).some((k) => !Object.is(state[k], next[k]));
      if (!changed) return;
      const previous = state;
      state = next;
      for (const l of [...listeners]) l(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
