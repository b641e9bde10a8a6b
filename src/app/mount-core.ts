// The map, its timeline and the count line, wired to a store: what the app's page (./main.ts) and the
// <conflict-map> element (./embed/mount.ts) have in common. The caller gets the store ready (hash or
// attributes), the basemap and MapLibre's worker; this creates the map and the timeline, shows the dates
// and filters of the store on them, binds clicks, the popup and the overlays once the style has loaded,
// and gives the host API (./embed/api.ts). What only one of them has (the app's table, filters, language,
// view in the URL) it adds through `onShow` and its own `load` listener, which runs after this one's.
import type { FeatureCollection, Point } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { EventFeature } from '../shared/schema.ts';
import { createApi, type ConflictMapApi } from './embed/api.ts';
import { countryAreaOf } from './map/areas.ts';
import type { Basemap } from './map/basemap.ts';
import { currentScheme } from './map/colour-scheme.ts';
import { createMap } from './map/create-map.ts';
import { buildEventIndex, type EventIndex, type Selection } from './map/event-index.ts';
import { maxToll, toMapCollection, type MapEventProps } from './map/events-source.ts';
import { GPU_MIN_EVENTS } from './map/gpu/entry.ts';
import { applyRange, bindMapInteraction } from './map/interaction.ts';
import { EVENT_LAYERS } from './map/layers.ts';
import { sizeScale } from './map/size.ts';
import { buildStyle } from './map/style.ts';
import { eventBounds } from './map/view.ts';
import { bindOverlays } from './overlays/overlay-map.ts';
import type { OverlayPanels } from './overlays/overlay-panels.ts';
import { bindPopup } from './overlays/popup.ts';
import { datesOrFiltersChanged, rangeOf, rangeSetter } from './state/changes.ts';
import type { AppState, Store } from './state/store.ts';
import { createTimeline } from './timeline/timeline.ts';
import { renderCount, selectionTollText } from './ui/count.ts';

export interface CoreElements {
  map: HTMLElement;
  timeline: HTMLElement;
  /** The count line's figure and its note (ui/count.ts). */
  count: HTMLElement;
  note: HTMLElement;
}

export interface CoreOptions {
  store: Store<AppState>;
  features: readonly EventFeature[];
  basemap: Basemap;
  /** Absolute URLs of the labels' font and of the province outlines (loaded with that overlay). */
  fontUrl: string;
  regionsUrl: string;
  elements: CoreElements;
  /** The overlays' legend, pick line and panel, asked for once the style has loaded. */
  overlayPanels: () => OverlayPanels;
  /** The map's events source; by default the features as they are (the app adds Arabic labels). Not asked for on the GPU path. */
  mapEvents?: () => FeatureCollection<Point, MapEventProps>;
  /** Where the popup looks an event up by id; by default the features (the app's localise the place). */
  popupEvents?: ReadonlyMap<string, EventFeature>;
  /** Called with the state and the events it shows, by `refresh()` and whenever the dates or filters change. */
  onShow?: (state: AppState, shown: Selection) => void;
}

export interface MountedCore {
  map: MapLibreMap;
  api: ConflictMapApi;
  /** The filtered index every part reads (./map/event-index.ts). */
  index: EventIndex;
  /** Whether the GPU custom layer draws the markers (large sets). */
  gpu: boolean;
  /** The largest toll and the circles' scale (./map/size.ts), for a legend. */
  maxToll: number;
  scale: number;
  /** Shows the store's state (the count line, the timeline and `onShow`): call it once the parts `onShow` fills exist. */
  refresh(): void;
  /** Stops following the store and removes the timeline and the map. */
  destroy(): void;
}

export function mountCore(o: CoreOptions): MountedCore {
  const { store, features, basemap } = o;
  const index = buildEventIndex(features);
  // [gpu] Large sets: the GPU custom layer draws the markers (./map/gpu/points.ts, loaded on demand).
  const gpu = features.length > GPU_MIN_EVENTS;
  const gpuPoints = gpu ? import('./map/gpu/points.ts') : null;
  const max = maxToll(features);
  const scale = sizeScale(max);
  const state0 = store.get();
  const opening = index.select(rangeOf(state0), state0.filters);
  const map = createMap(
    o.elements.map,
    buildStyle({
      basemap,
      events: gpu ? { type: 'FeatureCollection', features: [] } : (o.mapEvents?.() ?? toMapCollection(features)),
      fontUrl: o.fontUrl,
      scale,
      range: rangeOf(state0),
      scheme: currentScheme(),
      lang: state0.lang,
    }),
    // Around the events of the dates and filters it opens on (a shared link's, an embed's), else all of them.
    eventBounds(opening.count ? opening.features() : features, 3, countryAreaOf(basemap)),
    state0.view ?? null,
  );

  const setRange = rangeSetter(store);
  const timeline = createTimeline(o.elements.timeline, { features, onRange: setRange });
  const undated = features.filter((f) => f.properties.date_start === null).length;
  let shown: Selection = opening;
  const show = (s: AppState): void => {
    const range = rangeOf(s);
    shown = index.select(range, s.filters);
    renderCount(o.elements.count, o.elements.note, shown.count, features.length, range ? undated : 0, selectionTollText(shown));
    timeline.setRange(range);
    o.onShow?.(s, shown);
  };

  let styleLoaded = false;
  let drawn: { show(range: ReturnType<typeof rangeOf>, filters: AppState['filters']): void } | null = null;
  map.on('load', () => {
    styleLoaded = true;
    if (gpuPoints) {
      void gpuPoints.then(({ bindGpuPoints }) => {
        drawn = bindGpuPoints(map, store, index, EVENT_LAYERS.country);
        drawn.show(rangeOf(store.get()), store.get().filters);
      });
    } else {
      applyRange(map, rangeOf(store.get()), store.get().filters);
      bindMapInteraction(map, store, new Map(features.map((f, i) => [f.properties.id, i])));
    }
    bindPopup(map, store, o.popupEvents ?? new Map(features.map((f) => [f.properties.id, f])));
    // Circles, heatmap, hexagons or provinces (the store's `overlay`): ./overlays/overlay-map.ts.
    bindOverlays(map, { features, store, maxToll: max, regionsUrl: o.regionsUrl, ...o.overlayPanels() });
  });
  const unsubscribe = store.subscribe((s, prev) => {
    if (!datesOrFiltersChanged(s, prev)) return;
    show(s);
    if (drawn) drawn.show(rangeOf(s), s.filters);
    else if (styleLoaded && !gpu) applyRange(map, rangeOf(s), s.filters);
  });

  return {
    map,
    index,
    gpu,
    api: createApi(store, map, features, () => shown, (id) => index.rowOf(id) !== undefined),
    maxToll: max,
    scale,
    refresh: () => show(store.get()),
    destroy: () => {
      unsubscribe();
      timeline.destroy();
      map.remove();
    },
  };
}
