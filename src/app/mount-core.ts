// The map, its timeline and the count line, wired to a store: what the app's page (./main.ts) and the
// <conflict-map> element (./embed/mount.ts) have in common. The caller gets the store ready (hash or
// attributes), the basemap and MapLibre's worker; this creates the map and the timeline, shows the dates
// and filters of the store on them, binds clicks, the popup and the overlays once the style has loaded,
// and gives the host API (./embed/api.ts). What only one of them has (the app's table, filters, language,
// view in the URL) it adds through `onShow` and its own `load` listener, which runs after this one's.
import type { FeatureCollection, Point } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { EventFeature } from '../shared/schema.ts';
import { createApi, type ConflictMapApi } from './embed/api.ts';
import { countryAreaOf } from './map/areas.ts';
import type { Basemap } from './map/basemap.ts';
import { currentScheme } from './map/colour-scheme.ts';
import { createMap } from './map/create-map.ts';
import type { EventIndex, Selection } from './map/event-index.ts';
import { toMapCollection, type MapEventProps } from './map/events-source.ts';
import type { GpuPoints } from './map/gpu/points.ts';
import { EVENT_AREA_LABEL_LAYER, eventLayerFilter, RANGE_FILTERED_LAYERS, SOURCES } from './map/layers.ts';
import { sizeScale } from './map/size.ts';
import { buildStyle } from './map/style.ts';
import { groupsTimeline, timelineGroups } from './map/timeline-groups.ts';
import { indexBounds } from './map/view.ts';
import { bindOverlays } from './overlays/overlay-map.ts';
import type { OverlayPanels } from './overlays/overlay-panels.ts';
import { bindPopup, type PopupEvents } from './overlays/popup.ts';
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
  /** The events: the filtered index of a GeoJSON file's features (./map/features-index.ts) or of a binary file (./map/binary-index.ts). */
  index: EventIndex;
  basemap: Basemap;
  /** Absolute URLs of the labels' font and of the province outlines (loaded with that overlay). */
  fontUrl: string;
  regionsUrl: string;
  elements: CoreElements;
  /** The overlays' legend, pick line and panel, asked for once the style has loaded. */
  overlayPanels: () => OverlayPanels;
  /** The events source of the names (and the heatmap); by default the features as they are (the app adds Arabic labels). Not asked for over LABELLED_MAX_EVENTS, where the heatmap's points are made from the index's columns when it is first shown. */
  mapEvents?: () => FeatureCollection<Point, MapEventProps>;
  /** Where the popup looks an event up by id, its sources included; by default the index's details (the app's localise the place). */
  popupEvents?: PopupEvents;
  /** Called with the state and the events it shows, by `refresh()` and whenever the dates or filters change. */
  onShow?: (state: AppState, shown: Selection) => void;
}

export interface MountedCore {
  map: MapLibreMap;
  api: ConflictMapApi;
  /** The filtered index every part reads (./map/event-index.ts). */
  index: EventIndex;
  /** The markers (the GPU custom layer, every size), once the style has loaded and the GPU code with it. */
  markers: Promise<GpuPoints>;
  /** The largest toll and the circles' scale (./map/size.ts), for a legend. */
  maxToll: number;
  scale: number;
  /** Shows the store's state (the count line, the timeline and `onShow`): call it once the parts `onShow` fills exist. */
  refresh(): void;
  /** Stops following the store and removes the timeline and the map. */
  destroy(): void;
}

/** Up to this many events the map names them (MapLibre's symbol layers, from a GeoJSON source tiled on its
 * worker); over it the names are left out (tiling a million points costs seconds and the names would only
 * collide) and the source is filled only when the heatmap, which MapLibre draws from it, is first shown. */
export const LABELLED_MAX_EVENTS = 50_000;

export function mountCore(o: CoreOptions): MountedCore {
  const { store, basemap, index } = o;
  // The markers, every size: the GPU custom layer (./map/gpu/points.ts, its own chunk, asked for at once).
  const gpuPoints = import('./map/gpu/points.ts');
  const labelled = index.count <= LABELLED_MAX_EVENTS;
  const mapEvents = (): FeatureCollection<Point, MapEventProps> => o.mapEvents?.() ?? toMapCollection(index.features);
  const max = index.maxToll;
  const scale = sizeScale(max);
  const state0 = store.get();
  const opening = index.select(rangeOf(state0), state0.filters);
  const map = createMap(
    o.elements.map,
    buildStyle({
      basemap,
      events: labelled ? mapEvents() : { type: 'FeatureCollection', features: [] },
      fontUrl: o.fontUrl,
      scale,
      range: rangeOf(state0),
      scheme: currentScheme(),
      lang: state0.lang,
    }),
    // Around the events of the dates and filters it opens on (a shared link's, an embed's), else all of them.
    indexBounds(index, 3, countryAreaOf(basemap), opening.count ? opening.rows : null),
    state0.view ?? null,
  );

  const setRange = rangeSetter(store);
  // A large set's timeline is given its events grouped (./map/timeline-groups.ts), not one by one.
  const bars = groupsTimeline(index) ? timelineGroups(index) : { features: index.features, weights: undefined };
  const timeline = createTimeline(o.elements.timeline, { ...bars, onRange: setRange });
  const undated = index.undated;
  let shown: Selection = opening;
  const show = (s: AppState): void => {
    const range = rangeOf(s);
    shown = index.select(range, s.filters);
    renderCount(o.elements.count, o.elements.note, shown.count, index.count, range ? undated : 0, selectionTollText(shown));
    timeline.setRange(range);
    o.onShow?.(s, shown);
  };

  let drawn: GpuPoints | null = null;
  let styleLoaded = false;
  // The names follow the dates and filters in MapLibre's own filters; over LABELLED_MAX_EVENTS there are none.
  const filterLabels = (s: AppState): void => {
    for (const id of RANGE_FILTERED_LAYERS)
      if (map.getLayer(id)) map.setFilter(id, labelled ? eventLayerFilter(id, rangeOf(s), s.filters) : ['boolean', false]);
  };
  let sourceFilled = labelled;
  const fillForHeatmap = (s: AppState): void => {
    if (sourceFilled || s.overlay !== 'heatmap') return;
    sourceFilled = true;
    // A large set's heatmap points come from the index's columns (./map/heat-points.ts), no feature per event.
    void import('./map/heat-points.ts')
      .then(({ heatPoints }) => {
        const t0 = performance.now();
        const points = heatPoints(index);
        // The points' making, apart from MapLibre's tiling and drawing of them (read by the large e2e test).
        o.elements.map.dataset.heatPointsMs = (performance.now() - t0).toFixed(0);
        return (map.getSource(SOURCES.events) as GeoJSONSource | undefined)?.setData(points);
      })
      .catch((err: unknown) => console.error('The heatmap could not be drawn', err));
  };
  const markers = new Promise<GpuPoints>((resolve, reject) => {
    map.on('load', () => {
      styleLoaded = true;
      filterLabels(store.get());
      fillForHeatmap(store.get());
      gpuPoints
        .then(({ bindGpuPoints }) => {
          // Under the names, above the heatmap (./overlays/overlay-map.ts adds it under the names too).
          drawn = bindGpuPoints(map, store, index, EVENT_AREA_LABEL_LAYER);
          drawn.show(rangeOf(store.get()), store.get().filters);
          resolve(drawn);
        })
        .catch(reject);
      bindPopup(map, store, o.popupEvents ?? indexEvents(index));
      // Circles, heatmap, hexagons or provinces (the store's `overlay`): ./overlays/overlay-map.ts. The
      // overlays other than circles read the shown rows of the index's columns, no feature per event.
      bindOverlays(map, {
        index,
        store,
        maxToll: max,
        regionsUrl: o.regionsUrl,
        ...o.overlayPanels(),
      });
    });
  });
  markers.catch((err: unknown) => console.error('The markers could not be drawn', err));
  const unsubscribe = store.subscribe((s, prev) => {
    if (styleLoaded && s.overlay !== prev.overlay) fillForHeatmap(s);
    if (!datesOrFiltersChanged(s, prev)) return;
    show(s);
    drawn?.show(rangeOf(s), s.filters);
    if (styleLoaded && labelled) filterLabels(s);
  });

  return {
    map,
    index,
    markers,
    api: createApi(store, map, [], () => shown, (id) => index.rowOf(id) !== undefined, index.idOf),
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

/** The popup's events: each row's event at once and its full event (sources included) from the index. */
export function indexEvents(index: EventIndex, localise: (f: EventFeature) => EventFeature = (f) => f): PopupEvents {
  const row = (id: string | null): number | undefined => (id === null ? undefined : index.rowOf(id));
  return {
    get: (id) => {
      const r = row(id);
      return r === undefined ? undefined : localise(index.feature(r));
    },
    details: async (id) => {
      const r = row(id);
      const f = r === undefined ? null : await index.details(r);
      return f && localise(f);
    },
  };
}
