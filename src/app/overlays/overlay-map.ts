// Wires the overlays to the map: adds their sources and layers once the style has loaded, shows the
// layers of the chosen overlay only, and recomputes hexagon and region totals when the dates, the
// filters or (for hexagons) the resolution change. Also fills the overlay legend and the panel of
// reports kept apart (./country-badge.ts).
import { t } from '../i18n/current.ts';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { EventIndex } from '../map/event-index.ts';
import { EVENT_AREA_LABEL_LAYER } from '../map/layers.ts';
import { OVERLAYS, type Overlay } from '../state/overlay.ts';
import { datesOrFiltersChanged, rangeOf } from '../state/changes.ts';
import type { AppState, Store } from '../state/store.ts';
import { renderCountryBadge } from './country-badge.ts';
import { hexResolutionForZoom } from './hex-resolution.ts';
import { EMPTY, heatmapFilter, heatmapLayer, hexagonLayers, LAYERS_OF, OVERLAY_LAYERS, OVERLAY_SOURCES, regionLayers } from './overlay-layers.ts';
import { apartList, splitRows, type ApartList } from './overlay-rows.ts';
import { MAX_LISTED } from './country-badge.ts';
import { renderOverlayLegend, type LegendInfo } from './overlay-legend.ts';
import { bindOverlayPick } from './overlay-pick.ts';
import { regionRowFinder, regionRowTotals, type Regions } from './regions.ts';
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
  let find: ReturnType<typeof regionRowFinder> | null = null;
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
    const started = performance.now();
    const shown = overlay === 'circles' ? null : o.index.select(range, state.filters).rows;
    let apart: ApartList = { listed: [], count: 0, countryWide: false };
    const listApart = (rows: ArrayLike<number>): ApartList => apartList(o.index, rows, MAX_LISTED);
    if (overlay === 'heatmap') {
      map.setFilter(OVERLAY_LAYERS.heatmap, heatmapFilter(range, state.filters));
      apart = listApart(splitRows(o.index, shown!, 'heatmap').apart);
    } else if (overlay === 'hexagons') {
      resolution = hexResolutionForZoom(map.getZoom());
      info.resolution = resolution;
      // h3-js loads with the first hexagons drawn, not with the page.
      const split = splitRows(o.index, shown!, 'hexagons');
      if (hex) setData(OVERLAY_SOURCES.hexagons, hex.binHexagonRows(o.index, split.summed, resolution));
      else requestHexagons();
      apart = listApart(split.apart);
    } else if (overlay === 'regions') {
      // The provinces' credit in the interface's language (the attribution control reads it when the data is set).
      const source = map.getSource(OVERLAY_SOURCES.regions);
      if (source) source.attribution = t('overlay.regionsCredit');
      const split = splitRows(o.index, shown!, 'regions');
      if (regions && find) {
        const totals = regionRowTotals(o.index, split, regions, find);
        setData(OVERLAY_SOURCES.regions, totals.regions);
        apart = listApart(totals.apart);
      } else {
        apart = listApart(split.apart);
        requestRegions();
      }
      info.problem = regionsProblem;
    }
    renderOverlayLegend(o.legend, overlay, info);
    renderCountryBadge(o.badge, apart, overlay !== 'circles');
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

  const requestRegions = (): void => {
    if (regionsRequested) return;
    regionsRequested = true;
    loadRegions(o.regionsUrl)
      .then((r) => {
        regions = r;
        find = regionRowFinder(r, o.index);
        if (!r.features.length) regionsProblem = t('overlay.noRegions');
      })
      .catch((err: unknown) => {
        regionsProblem = t('overlay.regionsFailed', { error: String(err) });
        regions = { type: 'FeatureCollection', features: [] };
        find = regionRowFinder(regions, o.index);
      })
      .finally(update);
  };

  map.on('zoomend', () => {
    const next = hexResolutionForZoom(map.getZoom());
    if (next === resolution) return;
    resolution = next;
    if (o.store.get().overlay === 'hexagons') update();
  });
  bindOverlayPick(map, o.store, o.pick);
  o.store.subscribe((next, prev) => {
    if (next.overlay !== prev.overlay || next.lang !== prev.lang) return update();
    if (!datesOrFiltersChanged(next, prev)) return;
    if (next.overlay !== 'circles') update();
  });
  update();
}
