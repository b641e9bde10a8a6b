// The host API: what a page that embeds Conflict Map can do with it. On the page itself it is
// `window.conflictMap`; across origins (an iframe) the same calls travel over postMessage as
// `{type: 'conflict-map:setRange', start, end}` and so on, accepted only from allowed origins.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Selection } from '../map/event-index.ts';
import type { EventFeature } from '../../shared/schema.ts';
import { filterByRange, normaliseRange } from '../state/range.ts';
import { rangeOf } from '../state/changes.ts';
import type { AppState, Store } from '../state/store.ts';

export type HostEvent = 'rangechange' | 'select';

export interface ConflictMapApi {
  setRange(start: string | null, end: string | null): void;
  getRange(): { start: string | null; end: string | null };
  flyTo(view: { center: [number, number]; zoom?: number }): void;
  select(id: string | null): void;
  visibleEventIds(): string[];
  on(event: HostEvent, cb: (detail: unknown) => void): () => void;
}

/**
 * `shown` gives the filtered index's selection (the events the count line counts) and `idOf` the id of its
 * rows; without them, the events of the dates among `features`.
 */
export function createApi(
  store: Store<AppState>,
  map: MapLibreMap,
  features: readonly EventFeature[],
  shown?: () => Selection,
  has?: (id: string) => boolean,
  idOf: (row: number) => string = (i) => features[i]!.properties.id,
): ConflictMapApi {
  const known = has ?? ((id: string) => features.some((f) => f.properties.id === id));
  const listeners: Record<HostEvent, Set<(d: unknown) => void>> = { rangechange: new Set(), select: new Set() };
  store.subscribe((s, prev) => {
    if (s.start !== prev.start || s.end !== prev.end) for (const cb of listeners.rangechange) cb({ start: s.start, end: s.end });
    if (s.selected !== prev.selected) for (const cb of listeners.select) cb({ id: s.selected });
  });
  return {
    setRange: (start, end) => {
      const r = normaliseRange(start, end);
      store.set({ start: r?.start ?? null, end: r?.end ?? null });
    },
    getRange: () => ({ start: store.get().start, end: store.get().end }),
    flyTo: ({ center, zoom }) => map.flyTo({ center, ...(zoom !== undefined ? { zoom } : {}), essential: true }),
    select: (id) => store.set({ selected: id && known(id) ? id : null }),
    visibleEventIds: () => {
      if (shown) return Array.from(shown().rows, idOf);
      return filterByRange(features, rangeOf(store.get())).map((f) => f.properties.id);
    },
    on: (event, cb) => {
      listeners[event].add(cb);
      return () => listeners[event].delete(cb);
    },
  };
}

/**
 * Origins allowed to command the map over postMessage: the `origins` query parameter (comma-separated),
 * else the embedding page's origin as the browser reports it (document.referrer). Never "*".
 */
export function allowedOrigins(search: string, referrer: string): string[] {
  const given = new URLSearchParams(search).get('origins');
  if (given) return given.split(',').map((o) => o.trim()).filter((o) => /^https?:\/\/[^/]+$/.test(o));
  try {
    return referrer ? [new URL(referrer).origin] : [];
  } catch {
    return [];
  }
}

/** Answers `conflict-map:*` messages from allowed origins, and reports height, range and selection to the parent. */
export function bridgePostMessage(api: ConflictMapApi, origins: readonly string[], win: Window = window): void {
  const parent = win.parent;
  if (parent === win || origins.length === 0) return;
  const send = (msg: Record<string, unknown>): void => {
    for (const o of origins) parent.postMessage(msg, o);
  };
  win.addEventListener('message', (e: MessageEvent) => {
    if (!origins.includes(e.origin) || typeof e.data !== 'object' || e.data === null) return;
    const d = e.data as Record<string, unknown>;
    const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
    switch (d.type) {
      case 'conflict-map:setRange':
        return api.setRange(str(d.start), str(d.end));
      case 'conflict-map:select':
        return api.select(str(d.id));
      case 'conflict-map:flyTo': {
        const c = d.center;
        if (Array.isArray(c) && c.length === 2 && c.every((n) => typeof n === 'number' && Number.isFinite(n)))
          api.flyTo({ center: [c[0], c[1]], ...(typeof d.zoom === 'number' ? { zoom: d.zoom } : {}) });
        return;
      }
      case 'conflict-map:getState':
        return send({ type: 'conflict-map:state', range: api.getRange(), visible: api.visibleEventIds() });
    }
  });
  api.on('rangechange', (r) => send({ type: 'conflict-map:rangechange', ...(r as object) }));
  api.on('select', (s) => send({ type: 'conflict-map:select', ...(s as object) }));
  // Auto-height: the loader script on the host page sizes the iframe from these messages.
  let last = 0;
  const report = (): void => {
    const height = Math.ceil(win.document.documentElement.scrollHeight);
    if (height !== last) send({ type: 'conflict-map:height', height: (last = height) });
  };
  new ResizeObserver(report).observe(win.document.body);
  report();
}
