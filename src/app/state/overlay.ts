// Which overlay the map draws the events with, kept in the URL hash as `overlay=…` beside the keys of
// ./hash.ts (which keeps keys it does not own, as this module does). The default, circles, is not written.
import { createStore, type Store } from './store.ts';

export const OVERLAYS = ['circles', 'heatmap', 'hexagons', 'regions'] as const;
export type Overlay = (typeof OVERLAYS)[number];
export const DEFAULT_OVERLAY: Overlay = 'circles';

export interface OverlayState {
  overlay: Overlay;
}

/** An overlay name, or the default for anything else (missing, misspelt, hostile). */
export function parseOverlay(value: string | null | undefined): Overlay {
  return (OVERLAYS as readonly string[]).includes(value ?? '') ? (value as Overlay) : DEFAULT_OVERLAY;
}

export function overlayFromHash(hash: string): Overlay {
  return parseOverlay(new URLSearchParams(hash.replace(/^#/, '')).get('overlay'));
}

/** The hash with `overlay` set (removed for the default), every other key kept. No leading "#". */
export function withOverlay(hash: string, overlay: Overlay): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  if (overlay === DEFAULT_OVERLAY) params.delete('overlay');
  else params.set('overlay', overlay);
  return params.toString();
}

/** A store for the overlay, read from the hash now and on every hashchange, and written back to it. */
export function syncOverlayWithHash(win: Window = window): Store<OverlayState> {
  const store = createStore<OverlayState>({ overlay: overlayFromHash(win.location.hash) });
  win.addEventListener('hashchange', () => store.set({ overlay: overlayFromHash(win.location.hash) }));
  store.subscribe(({ overlay }) => {
    const current = win.location.hash.replace(/^#/, '');
    const next = withOverlay(current, overlay);
    if (next === current) return;
    win.history.replaceState(win.history.state, '', `${win.location.pathname}${win.location.search}${next ? `#${next}` : ''}`);
  });
  return store;
}
