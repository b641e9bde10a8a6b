// Entry point: loads the events and the basemap, then wires the one store (synced with the URL hash) to
// the map, the timeline, the count line and the popup (./mount-core.ts, shared with <conflict-map>) and to
// the app's own parts: date inputs, filters, table, legend, overlay switch, exports, language and view.
import atlasUrl from 'world-atlas/countries-50m.json?url';
import type { Map as MapLibreMap } from 'maplibre-gl';
import './styles.css';
import type { EventFeature } from '../shared/schema.ts';
import { allowedOrigins, bridgePostMessage, type ConflictMapApi } from './embed/api.ts';
import { isEmbed, setUpEmbedChrome } from './embed/index.ts';
import { bindShare } from './embed/share.ts';
import { useReachableWorker } from './embed/worker-url.ts';
import { countryAreaOf } from './map/areas.ts';
import { basemapFromTopology } from './map/basemap.ts';
import { bindColourScheme } from './map/colour-scheme.ts';
import { prepareLabels, withArabicEventLabels } from './map/labels-lang.ts';
import { bindMapView } from './map/view-sync.ts';
import type { EventIndex, Selection } from './map/event-index.ts';
import { toMapCollection } from './map/events-source.ts';
import { buildEventIndex } from './map/features-index.ts';
import { indexOrders } from './map/index-order.ts';
import { bindOverlayControl } from './overlays/overlay-control.ts';
import { overlayPanels } from './overlays/overlay-panels.ts';
import { selectByUser } from './overlays/popup.ts';
import { indexEvents, mountCore } from './mount-core.ts';
import { datesOrFiltersChanged, rangeOf, rangeSetter } from './state/changes.ts';
import { NO_FILTERS } from './state/filters.ts';
import { syncWithHash } from './state/hash.ts';
import { chooseDataUrl } from './state/data-url.ts';
import { loadBasemap, loadEventsFile, type LoadedEvents } from './state/load.ts';
import { createStore, INITIAL_STATE, type AppState, type Store } from './state/store.ts';
import { bindDateInputs } from './ui/date-inputs.ts';
import { bindEventTable, tableOrders } from './ui/event-table.ts';
import { bindExports } from './ui/export.ts';
import { bindFilters } from './ui/filters.ts';
import { bindLangToggle, bindLanguage } from './ui/lang-toggle.ts';
import { collapseOnPhone } from './ui/panels.ts';
import { localiseEvent } from './state/lang.ts';
import { bindInterfaceLanguage } from './i18n/bind.ts';
import { hasCatalogue, loadCatalogue, t } from './i18n/current.ts';
import { renderLegend } from './ui/legend.ts';
import { renderStatus } from './ui/status.ts';
import { bindSchemeToggle, restoreScheme } from './ui/scheme-toggle.ts';
import { scrollIntoViewIfNeeded } from './ui/dom.ts';

export interface ConflictMapHook {
  map: MapLibreMap;
  state: Store<AppState>;
  /** The filtered index every part reads (./map/event-index.ts). */
  index: EventIndex;
  /** All events as features (for a binary file built on first use: prefer `index`). */
  readonly events: readonly EventFeature[];
  /** Resolves once the map has drawn everything it has been asked to draw. */
  idle(): Promise<void>;
}

declare global {
  interface Window {
    __conflictMap?: ConflictMapHook;
    /** The host API for pages that embed the map (see README, "Embedding"). */
    conflictMap?: ConflictMapApi;
  }
}

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing from the page`);
  return el as T;
}

const pageUrl = (path: string): string => new URL(path, document.baseURI).href;

async function main(): Promise<void> {
  // The app's module ran: public/embed-boot.js need not explain a failed start.
  document.body.dataset.appStarted = 'true';
  restoreScheme();
  const status = byId<HTMLElement>('status');
  const store = createStore<AppState>(INITIAL_STATE);
  // What shows the URL (share box, embed link) follows each write of the hash (some are deferred: state/hash.ts).
  let updateChrome: (() => void) | null | undefined;
  // A language the hash asks for once the page is open waits for its catalogue, so every part switches at once.
  const catalogueOf = (next: AppState): Promise<void> | null => {
    const lang = next.lang ?? 'en';
    return hasCatalogue(lang) ? null : loadCatalogue(lang);
  };
  syncWithHash(store, window, () => updateChrome?.(), catalogueOf);
  // The interface in the hash's language, right to left in Arabic (src/app/i18n/).
  const uiLanguage = bindInterfaceLanguage(store);
  byId('event-count').textContent = t('page.loading');
  // In a sandboxed iframe (opaque origin) MapLibre's worker starts from a blob: copy (src/app/embed/worker-url.ts).
  const workerReady = useReachableWorker();
  const fontUrl = pageUrl('fonts/DejaVuSans.ttf');

  // `?data=PATH`: any same-origin events file instead of data/events.geojson (src/app/state/data-url.ts):
  // GeoJSON, or the binary layout of large sets (docs/binary-format.md), told apart by its first bytes.
  const data = chooseDataUrl(location.search, document.baseURI);
  if (data.refused) renderStatus(status, data.refused);
  const failed = (err: unknown): LoadedEvents => ({ features: [], errors: [String(err)], rejected: -1 });
  const eventsLoad = loadEventsFile(data.url).catch(failed);
  // A binary file's index reads its columns (no feature per event: src/app/map/binary-index.ts, its own chunk).
  const indexLoad = eventsLoad.then(async (l): Promise<{ index: EventIndex; loaded: LoadedEvents }> => {
    if (!l.binary) return { index: buildEventIndex(l.features), loaded: l };
    const { binaryIndex } = await import('./map/binary-index.ts');
    try {
      return { index: binaryIndex(l.binary, data.url), loaded: l };
    } catch (e) {
      return { index: buildEventIndex([]), loaded: failed(e) };
    }
  });
  // The interface's catalogue too (Arabic is its own chunk): everything below is drawn in the page's language.
  const [{ index, loaded }, topology] = await Promise.all([
    indexLoad,
    loadBasemap(pageUrl('data/basemap.json'), atlasUrl, indexLoad.then((i) => i.index)),
    loadCatalogue(store.get().lang ?? 'en').catch((err: unknown) => console.error('The interface language could not be loaded', err)),
  ]);
  if (loaded.rejected < 0) renderStatus(status, t('status.loadFailed'), loaded.errors);
  else if (loaded.rejected > 0)
    renderStatus(status, t('status.rejected', { bad: loaded.rejected, all: loaded.rejected + index.count }), loaded.errors);

  const basemap = basemapFromTopology(topology);
  // Place names in Arabic (`lang=ar`), colours for a dark screen, and the view from `map=` (src/app/map/labels-lang.ts, colour-scheme.ts, view-sync.ts).
  await prepareLabels(basemap, store.get().lang ?? 'en');
  await workerReady;
  const count = byId('event-count');
  const overlayElements = overlayPanels(byId('legend'), byId('map'));
  let shownNow: Selection | null = null;
  // The map, the timeline, the count line, clicks, the popup and the overlays, as in <conflict-map> (src/app/mount-core.ts).
  const localise = (f: EventFeature): EventFeature => localiseEvent(f, store.get().lang ?? 'en');
  const core = mountCore({
    store,
    index,
    basemap,
    fontUrl,
    regionsUrl: pageUrl('data/regions.geojson'),
    elements: { map: byId('map'), timeline: byId('timeline'), count, note: byId('event-note') },
    overlayPanels: () => overlayElements,
    mapEvents: () => withArabicEventLabels(toMapCollection(index.features), new Map(index.features.map((f) => [f.properties.id, f]))),
    popupEvents: indexEvents(index, localise),
    // The app's own parts follow the dates and filters too: the date inputs, the table and the filter bar.
    onShow: (s, shown) => {
      shownNow = shown;
      renderList(shown);
      inputs.setRange(rangeOf(s));
      filterBar(s.filters);
    },
  });
  const { map } = core;
  window.__conflictMap = {
    map,
    state: store,
    index,
    get events() {
      return index.features;
    },
    idle: () =>
      new Promise<void>((resolve) => {
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  };

  const inputs = bindDateInputs(byId('date-start'), byId('date-end'), byId('date-clear'), index.extent, rangeSetter(store));
  const drawLegend = (): void => renderLegend(byId('legend'), index.sample(), core.scale, core.maxToll);
  drawLegend();
  uiLanguage.redrawWith(drawLegend);
  // A row of the table flies the map to its event and opens it; a map scrolled out of view is first scrolled
  // into it, so it never moves unseen.
  const renderList = bindEventTable(byId('event-table'), byId('event-table-caption'), {
    eventAt: index.feature,
    // A binary file's table orders come from the columns (src/app/map/index-order.ts).
    orders: 'binary' in index ? indexOrders(index) : tableOrders(index.features),
    localise: (f) => localiseEvent(f, store.get().lang),
    onSelect: (f) => {
      const [lng, lat] = f.geometry.coordinates;
      scrollIntoViewIfNeeded(map.getContainer());
      map.flyTo({ center: [lng, lat], zoom: Math.max(map.getZoom(), f.properties.geo_precision === 'place' ? 7 : 5), essential: true });
      selectByUser(store, f.properties.id);
    },
  });
  const filterBar = bindFilters(byId('filters'), index.sample(), (filters) => store.set({ filters }));
  core.refresh();
  // Downloads of exactly what the count line counts (src/app/ui/export.ts); the app has them, the embed not.
  const exportBar = document.getElementById('exports');
  const png = { scale: core.scale, maxToll: core.maxToll, areaOf: countryAreaOf(basemap) };
  if (exportBar) bindExports(exportBar, { map, shown: () => shownNow?.features() ?? [...index.features],
      // The files carry every source's sentence: a binary file's are read from its metadata chunks.
      eachShown: (batch) => index.eachDetails(shownNow?.rows ?? index.select(null, NO_FILTERS).rows, batch),
      range: () => rangeOf(store.get()), caption: () => count.textContent ?? '', overlay: () => store.get().overlay, ...png });

  const overlayControl = document.getElementById('overlay-control');
  if (overlayControl) bindOverlayControl(overlayControl, store);

  // After the shared bindings of the `load` listener in mount-core.ts: the app's colours, view and language.
  map.on('load', () => {
    bindColourScheme(map);
    bindMapView(map, store);
    bindLanguage(store, { map, basemap, rerender: core.refresh });
    // Ready once the markers (the GPU layer, loaded with its chunk) are on the map too.
    void core.markers.then(() => {
      document.body.dataset.mapReady = 'true';
    });
  });
  // The host API, on this page and (in an iframe) over postMessage; the embed's own header and footer.
  const { api } = core;
  window.conflictMap = api;
  bridgePostMessage(api, allowedOrigins(location.search, document.referrer));
  const panels = document.getElementById('panels');
  if (panels instanceof HTMLDetailsElement) collapseOnPhone(panels);
  const schemeToggle = document.getElementById('scheme-toggle');
  if (schemeToggle instanceof HTMLButtonElement) bindSchemeToggle(schemeToggle);
  const langToggle = document.getElementById('lang-toggle');
  if (langToggle instanceof HTMLButtonElement) bindLangToggle(langToggle, store);
  updateChrome = isEmbed() ? setUpEmbedChrome() : bindShare();
  updateChrome?.();

  // A selected event the new dates or filters hide is closed (after the host has heard of the new range).
  store.subscribe((s, prev) => {
    if (!datesOrFiltersChanged(s, prev)) return;
    const row = s.selected === null ? undefined : core.index.rowOf(s.selected);
    if (row !== undefined && shownNow && !shownNow.has(row)) store.set({ selected: null });
  });
}

main().catch((err: unknown) => {
  console.error(err);
  const status = document.getElementById('status');
  if (status) renderStatus(status, t('status.startFailed', { error: String(err) }));
});
