// One map and its compact timeline inside a given element, from the app's own modules (map, layers, style,
// timeline, overlays, popup) with a store of its own: no URL hash, so several can share a page. Used by
// the <conflict-map> element (./element.ts).
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Topology } from 'topojson-specification';
import type { EventFeature } from '../../shared/schema.ts';
import { countryAreaOf } from '../map/areas.ts';
import { basemapFromTopology } from '../map/basemap.ts';
import { currentScheme } from '../map/colour-scheme.ts';
import { createMap } from '../map/create-map.ts';
import { maxToll, toMapCollection } from '../map/events-source.ts';
import { applyRange, bindMapInteraction } from '../map/interaction.ts';
import { sizeScale } from '../map/size.ts';
import { buildStyle } from '../map/style.ts';
import { eventBounds } from '../map/view.ts';
import { bindOverlays } from '../overlays/overlay-map.ts';
import { overlayPanels } from '../overlays/overlay-panels.ts';
import { bindPopup } from '../overlays/popup.ts';
import { filterByRange, normaliseRange, type DateRange } from '../state/range.ts';
import { createStore, INITIAL_STATE, type AppState, type Store } from '../state/store.ts';
import { createTimeline } from '../timeline/timeline.ts';
import { renderCount } from '../ui/count.ts';
import { createApi, type ConflictMapApi } from './api.ts';
import { useReachableWorker } from './worker-url.ts';

export interface MountOptions {
  features: readonly EventFeature[];
  topology: Topology;
  fontUrl: string;
  regionsUrl: string;
  /** The state to open with (range, overlay). */
  initial: Partial<AppState>;
}

export interface Mounted {
  map: MapLibreMap;
  store: Store<AppState>;
  api: ConflictMapApi;
  /** Resolves when the map has loaded its style and drawn. */
  loaded: Promise<void>;
  destroy(): void;
}

const rangeOf = (s: AppState): DateRange | null => normaliseRange(s.start, s.end);

function part(tag: string, className: string, parent: HTMLElement): HTMLElement {
  const el = document.createElement(tag);
  el.className = className;
  parent.append(el);
  return el;
}

/** Builds the map, the count line and the timeline in `root` (emptied first). */
export async function mountMap(root: HTMLElement, o: MountOptions): Promise<Mounted> {
  root.replaceChildren();
  const legend = part('div', 'cm-el__legend', root);
  const wrap = part('div', 'cm-el__map-wrap', root);
  const mapEl = part('div', 'cm-el__map', wrap);
  mapEl.setAttribute('role', 'region');
  mapEl.setAttribute('aria-label', 'Map of events');
  const countLine = part('p', 'cm-el__count', root);
  countLine.setAttribute('aria-live', 'polite');
  const count = part('span', '', countLine);
  count.dataset.testid = 'event-count';
  const note = part('span', 'cm-el__note', countLine);
  const timelineEl = part('div', 'cm-el__timeline cm-timeline__chart', root);

  const { features } = o;
  const store = createStore<AppState>({ ...INITIAL_STATE, ...o.initial });
  const max = maxToll(features);
  const scale = sizeScale(max);
  const basemap = basemapFromTopology(o.topology);
  await useReachableWorker();
  const map = createMap(
    mapEl,
    buildStyle({ basemap, events: toMapCollection(features), fontUrl: o.fontUrl, scale, range: rangeOf(store.get()), scheme: currentScheme() }),
    eventBounds(features, 3, countryAreaOf(basemap)),
  );
  // On a news page the page scrolls under one finger or the wheel; Ctrl + wheel or two fingers move the map.
  map.cooperativeGestures.enable();

  const setRange = (range: DateRange | null): void => store.set({ start: range?.start ?? null, end: range?.end ?? null });
  const timeline = createTimeline(timelineEl, { features, onRange: setRange });
  const undated = features.filter((f) => f.properties.date_start === null).length;
  const show = (s: AppState): void => {
    const range = rangeOf(s);
    renderCount(count, note, filterByRange(features, range), features.length, range ? undated : 0);
    timeline.setRange(range);
  };
  show(store.get());

  let styleReady = false;
  const loaded = new Promise<void>((resolve) => {
    map.on('load', () => {
      styleReady = true;
      applyRange(map, rangeOf(store.get()), store.get().filters);
      bindMapInteraction(map, store, new Map(features.map((f, i) => [f.properties.id, i])));
      bindPopup(map, store, new Map(features.map((f) => [f.properties.id, f])));
      const panels = overlayPanels(null, mapEl);
      legend.append(panels.legend, panels.pick);
      bindOverlays(map, { features, store, maxToll: max, regionsUrl: o.regionsUrl, ...panels, circlesLegend: null });
      map.once('idle', () => resolve());
    });
  });
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.start === prev.start && s.end === prev.end) return;
    show(s);
    if (styleReady) applyRange(map, rangeOf(s), s.filters);
  });
  return {
    map,
    store,
    api: createApi(store, map, features),
    loaded,
    destroy: () => {
      unsubscribe();
      timeline.destroy();
      map.remove();
      root.replaceChildren();
    },
  };
}
