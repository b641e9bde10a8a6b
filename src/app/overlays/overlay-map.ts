// Wires the overlays to the map: adds their sources and layers once the style has loaded, shows the
// layers of the chosen overlay only, and recomputes hexagon and region totals when the dates, the
// filters or (for hexagons) the resolution change. Also fills the overlay legend and the panel of
// reports kept apart (./country-badge.ts). What the overlays compute loads with the first of them
// (./overlay-parts.ts; the hexagons' h3-js with the first hexagons, ./hexagons.ts).
import { t } from '../i18n/current.ts';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { EventIndex } from '../map/event-index.ts';
import { EVENT_AREA_LABEL_LAYER } from '../map/layers.ts';
import { OVERLAYS, type Overlay } from '../state/overlay.ts';
import { datesOrFiltersChanged, rangeOf } from '../state/changes.ts';
import type { AppState, Store } from '../state/store.ts';
import { hexResolutionForZoom } from './hex-resolution.ts';
import { EMPTY, heatmapFilter, heatmapLayer, hexagonLayers, LAYERS_OF, OVERLAY_LAYERS, OVERLAY_SOURCES, regionLayers } from './overlay-layers.ts';
import type { ApartList, LegendInfo, Regions } from './overlay-parts.ts';
import { loadRegions } from './regions-load.ts';

export interface OverlayOptions {
  /** The events: every overlay reads the shown rows of the index's columns, building no feature per event (./overlay-rows.ts). */
  index: EventIndex;
  /** The app's store: the overlay (`overlay`), the dates and the filters. */
  store: Store<AppState>;
  maxToll: number;
  regionsUrl: string;
  /** The overlay legend, the page's own (circles) legend, and the panel of reports kept apart. */
  legend: HTMLElement;
  circlesLegend: HTMLElement | null;
  badge: HTMLElement;
  pick: HTMLElement;
}

export function bindOverlays(map: MapLibreMap, o: OverlayOptions): void {
  const s = o.store.get();
  const range0 = rangeOf(s);
  map.addSource(OVERLAY_SOURCES.regions, { ...EMPTY, attribution: t('overlay.regionsCredit') });
  map.addSource(OVERLAY_SOURCES.hexagons, EMPTY);
  // Fills under the borders and country names; the heatmap under the markers and the events' names; labels on top.
  const [hexFill, hexLine, hexLabel] = hexagonLayers();
  const [regionFill, regionLine, regionLabel] = regionLayers();
  for (const layer of [regionFill, regionLine, hexFill, hexLine]) if (layer) map.addLayer(layer, 'borders');
  map.addLayer(heatmapLayer(range0, s.filters, o.maxToll), EVENT_AREA_LABEL_LAYER);
  for (const layer of [regionLabel, hexLabel]) if (layer) map.addLayer(layer);

  let regions: Regions | null = null;
  let regionsProblem: string | undefined;
  let regionsRequested = false;
  let find: ((row: number) => Regions['features'][number] | null) | null = null;
  let resolution = hexResolutionForZoom(map.getZoom());

  const setData = (source: string, data: GeoJSON.FeatureCollection): void => {
    void (map.getSource(source) as GeoJSONSource | undefined)?.setData(data);
  };

  const update = (): void => {
    const state = o.store.get();
    const overlay: Overlay = state.overlay;
    const range = rangeOf(state);
    for (const name of OVERLAYS)
      for (const id of LAYERS_OF[name]) if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', name === overlay ? 'visible' : 'none');
    if (o.circlesLegend) o.circlesLegend.hidden = overlay !== 'circles';
    const info: LegendInfo = {};
    if (overlay === 'hexagons') info.resolution = resolution = hexResolutionForZoom(map.getZoom());
    if (overlay === 'heatmap') map.setFilter(OVERLAY_LAYERS.heatmap, heatmapFilter(range, state.filters));
    const p = parts;
    if (overlay === 'circles' || !p) {
      // Circles have no overlay legend or panel; another overlay has them once its code is loaded.
      if (overlay !== 'circles') requestParts();
      o.legend.replaceChildren();
      o.legend.hidden = true;
      o.legend.dataset.overlay = overlay;
      o.badge.replaceChildren();
      o.badge.hidden = true;
      return;
    }
    const started = performance.now();
    const shown = o.index.select(range, state.filters).rows;
    let apart: ApartList = { listed: [], count: 0, countryWide: false };
    const listApart = (rows: ArrayLike<number>): ApartList => p.apartList(o.index, rows, p.MAX_LISTED);
    if (overlay === 'heatmap') {
      apart = listApart(p.splitRows(o.index, shown, 'heatmap').apart);
    } else if (overlay === 'hexagons') {
      // h3-js loads with the first hexagons drawn, not with the page.
      const split = p.splitRows(o.index, shown, 'hexagons');
      if (hex) setData(OVERLAY_SOURCES.hexagons, hex.binHexagonRows(o.index, split.summed, resolution));
      else requestHexagons();
      apart = listApart(split.apart);
    } else if (overlay === 'regions') {
      // The provinces' credit in the interface's language (the attribution control reads it when the data is set).
      const source = map.getSource(OVERLAY_SOURCES.regions);
      if (source) source.attribution = t('overlay.regionsCredit');
      const split = p.splitRows(o.index, shown, 'regions');
      if (regions && find) {
        const totals = p.regionRowTotals(o.index, split, regions, find);
        setData(OVERLAY_SOURCES.regions, totals.regions);
        apart = listApart(totals.apart);
      } else {
        apart = listApart(split.apart);
        requestRegions(p);
      }
      info.problem = regionsProblem;
    }
    p.renderOverlayLegend(o.legend, overlay, info);
    p.renderCountryBadge(o.badge, apart, true);
    // The overlay's own work for this change (its totals and its sources' data; MapLibre draws them after), for the tests and the bench.
    o.legend.dataset.overlayWorkMs = (performance.now() - started).toFixed(1);
  };

  let hex: typeof import('./hexagons.ts') | null = null;
  let hexRequested = false;
  const requestHexagons = (): void => {
    if (hexRequested) return;
    hexRequested = true;
    import('./hexagons.ts')
      .then((m) => {
        hex = m;
      })
      .catch((err: unknown) => console.error('The hexagon overlay could not be loaded', err))
      .finally(update);
  };

  let parts: typeof import('./overlay-parts.ts') | null = null;
  let partsRequested = false;
  const requestParts = (): void => {
    if (partsRequested) return;
    partsRequested = true;
    import('./overlay-parts.ts')
      .then((m) => {
        parts = m;
        // A click on a hexagon or a province (only shown once these are loaded) says its totals.
        m.bindOverlayPick(map, o.store, o.pick);
      })
      .catch((err: unknown) => console.error('The overlays could not be loaded', err))
      .finally(update);
  };

  const requestRegions = (p: typeof import('./overlay-parts.ts')): void => {
    if (regionsRequested) return;
    regionsRequested = true;
    loadRegions(o.regionsUrl)
      .then((r) => {
        regions = r;
        find = p.regionRowFinder(r, o.index);
        if (!r.features.length) regionsProblem = t('overlay.noRegions');
      })
      .catch((err: unknown) => {
        regionsProblem = t('overlay.regionsFailed', { error: String(err) });
        regions = { type: 'FeatureCollection', features: [] };
        find = p.regionRowFinder(regions, o.index);
      })
      .finally(update);
  };

  map.on('zoomend', () => {
    const next = hexResolutionForZoom(map.getZoom());
    if (next === resolution) return;
    resolution = next;
    if (o.store.get().overlay === 'hexagons') update();
  });
  o.store.subscribe((next, prev) => {
    if (next.overlay !== prev.overlay || next.lang !== prev.lang) return update();
    if (!datesOrFiltersChanged(next, prev)) return;
    if (next.overlay !== 'circles') update();
  });
  update();
}
