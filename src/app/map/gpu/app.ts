// The app on the GPU path, for large data sets (`?data=events.bin`): the binary file is streamed with a
// progress bar, drawn by the custom layer (./layer.ts), counted by prefix sums (./aggregates.ts) and
// picked on the CPU (./picking.ts). The store, URL hash, date inputs, count line and popup are the
// app's own; the timeline is the light one of ./timeline.ts.
import { latLngToCell } from 'h3-js';
import { Popup, type Map as MapLibreMap } from 'maplibre-gl';
import { encodeFeatures } from '../../../pipeline/binary/encode.ts';
import { UNDATED, epochDayToIso, isoToEpochDay } from '../../../pipeline/binary/layout.ts';
import { EVENT_TYPES, type EventFeature } from '../../../shared/schema.ts';
import { buildPopupContent } from '../../overlays/popup-content.ts';
import { loadTopology } from '../../state/load.ts';
import type { DateRange } from '../../state/range.ts';
import { rangeOf, rangeSetter } from '../../state/changes.ts';
import type { AppState, Store } from '../../state/store.ts';
import { renderCount } from '../../ui/count.ts';
import { renderLegend } from '../../ui/legend.ts';
import { renderStatus } from '../../ui/status.ts';
import { bindDateInputs } from '../../ui/date-inputs.ts';
import { basemapFromTopology } from '../basemap.ts';
import { createMap } from '../create-map.ts';
import { MAX_SCALE, sizeScale } from '../size.ts';
import { buildStyle } from '../style.ts';
import { buildAggregates, type DayAggregates, type Totals } from './aggregates.ts';
import { decodeEvents, type GpuEvents } from './data.ts';
import { ALL_TYPES, matchesFilter, type GpuFilter } from './filter.ts';
import { buildCellAggregates, type CellAggregates } from './h3cells.ts';
import { createGpuLayer, type GpuLayer } from './layer.ts';
import { fetchBinary, metaUrl } from './load.ts';
import { buildPickIndex, type PickIndex } from './picking.ts';
import { showProgress } from './progress.ts';
import { createGpuTimeline } from './timeline.ts';

export const GPU_LAYER_ID = 'events-gpu';

export interface GpuHook {
  map: MapLibreMap;
  state: Store<AppState>;
  layer: GpuLayer;
  events: GpuEvents;
  aggregates: DayAggregates;
  /** Totals of the current filter (prefix sums). */
  totals(): Totals;
  setTypes(mask: number): void;
  setMinToll(min: number): void;
  /** Row of the event drawn at a pixel of the map's canvas (CSS px), -1 when none. */
  pickAt(x: number, y: number): number;
  /** Events and deaths in the H3 cell (resolution 4) at a point, under the current filter; the cells are built on first use. */
  cellTotals(lng: number, lat: number): Promise<{ cell: string; totals: Totals }>;
  /** The full feature of a row, from its metadata chunk. */
  feature(row: number): Promise<EventFeature | null>;
  idle(): Promise<void>;
  timings: Record<string, number>;
}

declare global {
  interface Window {
    __conflictGpu?: GpuHook;
  }
}

export interface GpuAppOptions {
  /** A binary events file (docs/binary-format.md), streamed with a progress bar… */
  url?: string;
  /** …or events already loaded from GeoJSON (encoded to the same columns in memory). */
  features?: readonly EventFeature[];
  store: Store<AppState>;
  atlasUrl: string;
  fontUrl: string;
  byId: <T extends HTMLElement>(id: string) => T;
}

export async function startGpuApp({ url, features, store, atlasUrl, fontUrl, byId }: GpuAppOptions): Promise<GpuHook> {
  const timings: Record<string, number> = { start: performance.now() };
  const status = byId<HTMLElement>('status');
  const progress = url ? showProgress(status, 'Loading events') : { update() {}, done() {} };
  // The map, its basemap and the (empty) events layer start while the events stream in.
  const download = url ? fetchBinary(url, progress.update) : Promise.resolve(encodeFeatures(features ?? []));
  download.catch(() => {});
  const layer = createGpuLayer(GPU_LAYER_ID);
  const basemap = basemapFromTopology(await loadTopology(atlasUrl));
  const style = buildStyle({ basemap, events: { type: 'FeatureCollection', features: [] }, fontUrl, scale: MAX_SCALE, range: null });
  const map = createMap(byId('map'), style, null);
  const mapLoaded = new Promise<void>((ok) => map.once('load', () => ok()));
  void mapLoaded.then(() => map.addLayer(layer, 'events-country'));
  const buffer = await download.catch((e: unknown) => {
    progress.done();
    renderStatus(status, 'The events could not be loaded.', [String(e)]);
    throw e;
  });
  timings.fetched = performance.now();
  progress.done();
  const events = decodeEvents(buffer);
  const { dayOrigin, dayCount } = events.header;
  const aggregates = buildAggregates(events, events.count, dayCount);
  timings.aggregated = performance.now();
  let undated = 0;
  for (let i = 0; i < events.count; i++) if (events.dayStart[i] === UNDATED) undated++;
  const scale = sizeScale(events.maxToll);
  layer.setData(events, scale);
  const bounds = dataBounds(events);
  if (bounds) map.fitBounds(bounds, { padding: 36, maxZoom: 6, animate: false });
  renderLegend(byId('legend'), legendSample(events), scale, events.maxToll);
  // The pick index waits until the first frame is drawn.
  let picker: PickIndex | null = null;
  const pickIndex = (): PickIndex => (picker ??= buildPickIndex(events));
  map.on('render', function first() {
    if (layer.frames === 0) return;
    map.off('render', first);
    timings.firstRender = performance.now();
    setTimeout(pickIndex, 0);
  });
  let extraFilter = { typeMask: ALL_TYPES, minToll: 0 };
  const toDays = (r: DateRange | null): GpuFilter['range'] =>
    r && { start: isoToEpochDay(r.start) - dayOrigin, end: isoToEpochDay(r.end) - dayOrigin };
  const filterOf = (s: AppState): GpuFilter => ({ range: toDays(rangeOf(s)), ...extraFilter });

  const count = byId('event-count');
  const note = byId('event-note');
  const extent = dayCount ? { start: epochDayToIso(dayOrigin), end: epochDayToIso(dayOrigin + dayCount - 1) } : null;
  const setRange = rangeSetter(store);
  const inputs = bindDateInputs(byId('date-start'), byId('date-end'), byId('date-clear'), extent, setRange);
  const timeline = createGpuTimeline(byId('timeline'), aggregates.perDay(extraFilter).events, dayOrigin, setRange);
  // The picked event's row, outlined while it stays selected, and its popup.
  let selectedRow: { id: string; row: number } | null = null;
  let popup: Popup | null = null;
  const apply = (): void => {
    const s = store.get();
    const f = filterOf(s);
    layer.setFilter(f);
    if (selectedRow && s.selected === selectedRow.id && !matchesFilter(events, selectedRow.row, f)) store.set({ selected: null });
    const shown = aggregates.query(f).events;
    renderCount(count, note, shown, events.count, f.range ? undated : 0);
    const range = rangeOf(s);
    timeline.setRange(range);
    inputs.setRange(range);
  };
  apply();
  store.subscribe((s, prev) => {
    if (s.start !== prev.start || s.end !== prev.end) apply();
  });

  const feature = async (row: number): Promise<EventFeature | null> => {
    const chunk = events.header.metaChunk;
    const src = events.src[row];
    if (src === undefined) return null;
    if (features) return features[src] ?? null;
    if (!chunk || !url) return null;
    const res = await fetch(metaUrl(url, src, chunk));
    if (!res.ok) return null;
    const list = (await res.json()) as EventFeature[];
    return list[src % chunk] ?? null;
  };
  const pickAt = (x: number, y: number): number => {
    const ll = map.unproject([x, y]);
    const worldSize = 512 * 2 ** map.getZoom();
    const mx = (180 + ll.lng) / 360;
    const my = (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (ll.lat * Math.PI) / 360))) / 360;
    return pickIndex().pick(mx, my, worldSize, layer.filter, scale, layer.dense);
  };

  let cells: Promise<CellAggregates> | null = null;
  store.subscribe((s) => {
    const row = selectedRow && s.selected === selectedRow.id ? selectedRow.row : -1;
    if (row < 0) {
      popup?.remove();
      popup = null;
    }
    layer.setSelected(row);
  });
  void mapLoaded.then(() => (document.body.dataset.mapReady = 'true'));
  map.on('click', (e) => {
    const row = pickAt(e.point.x, e.point.y);
    popup?.remove();
    popup = null;
    if (row < 0) return store.set({ selected: null });
    void feature(row).then((f) => {
      if (!f) return;
      selectedRow = { id: f.properties.id, row };
      store.set({ selected: f.properties.id });
      popup = new Popup({ maxWidth: '320px', className: 'cm-popup-wrap' })
        .setLngLat(f.geometry.coordinates)
        .setDOMContent(buildPopupContent(f.properties))
        .addTo(map);
      const mine = popup;
      popup.on('close', () => {
        if (popup === mine && store.get().selected === f.properties.id) store.set({ selected: null });
      });
    });
  });
  let hoverQueued = false;
  map.on('mousemove', (e) => {
    if (hoverQueued) return;
    hoverQueued = true;
    requestAnimationFrame(() => {
      hoverQueued = false;
      map.getCanvas().style.cursor = pickAt(e.point.x, e.point.y) >= 0 ? 'pointer' : '';
    });
  });

  const hook: GpuHook = {
    map,
    state: store,
    layer,
    events,
    aggregates,
    totals: () => aggregates.query(layer.filter),
    setTypes(mask) {
      extraFilter = { ...extraFilter, typeMask: mask };
      apply();
    },
    setMinToll(min) {
      extraFilter = { ...extraFilter, minToll: min };
      apply();
    },
    pickAt,
    async cellTotals(lng, lat) {
      const agg = await (cells ??= buildCellAggregates(events));
      const cell = latLngToCell(lat, lng, agg.resolution);
      const g = agg.groupOf(cell);
      return { cell, totals: g < 0 ? { events: 0, fatalities: 0 } : agg.query(g, layer.filter) };
    },
    feature,
    idle: () =>
      new Promise<void>((resolve) => {
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
    timings,
  };
  window.__conflictGpu = hook;
  return hook;
}

/** One stand-in event per type present (the legend lists the types shown). */
function legendSample(ev: GpuEvents): EventFeature[] {
  const seen = new Set<number>();
  for (let i = 0; i < ev.count && seen.size < 7; i++) seen.add(ev.type[i] ?? 255);
  return [...seen].map((t) => ({ properties: { event_type: EVENT_TYPES[t] ?? 'Other', claim: false } }) as unknown as EventFeature);
}

function dataBounds(ev: GpuEvents): [number, number, number, number] | null {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (let i = 0; i < ev.count; i++) {
    const x = ev.lon[i] ?? 0;
    const y = ev.lat[i] ?? 0;
    if (x < w) w = x;
    if (x > e) e = x;
    if (y < s) s = y;
    if (y > n) n = y;
  }
  return w <= e ? [w, s, e, n] : null;
}
