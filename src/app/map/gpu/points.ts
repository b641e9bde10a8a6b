// The events' markers at every size, five or a million: the GPU custom layer (./layer.ts). A binary
// file's columns are drawn as they are (index row = file row); a GeoJSON file's features are encoded once
// to the same columns (rows in draw order, as the file is: coarse places first, then by toll; `src` their index row). The date range is a
// uniform (a brush moves no data) and every other filter is the index's row mask, uploaded as one byte a
// row when the filters change. Clicks and hover pick on the CPU (./picking.ts) under the same rule; the
// selected event is outlined; the colours follow the page's scheme. Loaded on demand, with the rest of
// the GPU code.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { encodeFeatures } from '../../../pipeline/binary/encode.ts';
import { isoToEpochDay, type BinaryEvents } from '../../../pipeline/binary/layout.ts';
import { selectByUser } from '../../overlays/popup.ts';
import type { Filters } from '../../state/filters.ts';
import type { DateRange } from '../../state/range.ts';
import type { AppState, Store } from '../../state/store.ts';
import { currentScheme, markerPalette, paintMarkersWith, paletteOf } from '../colour-scheme.ts';
import type { EventIndex } from '../event-index.ts';
import { toMapFeature, type MapEventProps } from '../events-source.ts';
import { GPU_POINTS_LAYER } from '../layers.ts';
import { registerMarkerCopy } from '../marker-copies.ts';
import { sizeScale } from '../size.ts';
import { decodeEvents, prepareEvents, type GpuEvents } from './data.ts';
import { ALL_TYPES, matchesFilter, type GpuFilter } from './filter.ts';
import { createGpuLayer, type GpuLayer } from './layer.ts';
import { buildPickIndex, type PickIndex } from './picking.ts';

export { GPU_POINTS_LAYER };

export interface GpuPoints {
  layer: GpuLayer;
  events: GpuEvents;
  /** GPU row of each index row. */
  gpuRow: Uint32Array;
  /** Shows the events of a range and filters (the same rule as the index's `select`). */
  show(range: DateRange | null, filters: Filters): void;
  /** The id of the event a click at this canvas pixel (CSS px) means, or null. */
  idAt(x: number, y: number): string | null;
  /** The index rows of the events drawn now: at a canvas pixel (CSS px), or anywhere in the view. */
  drawnRows(at?: { x: number; y: number }): number[];
  /** The same events as the map's flat properties (tests read them as they read a GeoJSON layer's). */
  drawnEvents(at?: { x: number; y: number }): MapEventProps[];
  setSelected(id: string | null): void;
  setVisible(visible: boolean): void;
  /** Milliseconds the last `show` took on the CPU (the keep mask; the upload happens on the next frame). */
  lastShowMs: number;
}

const mercator = (lng: number, lat: number): [number, number] => [
  (180 + lng) / 360,
  (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360,
];

export function mountGpuPoints(map: MapLibreMap, index: EventIndex & { binary?: BinaryEvents }, beforeId?: string): GpuPoints {
  const events = index.binary ? prepareEvents(index.binary) : decodeEvents(encodeFeatures(index.features));
  const n = events.count;
  /** The index row of each GPU row, and back (the same for a binary file's rows). */
  const indexRow = index.binary ? identity(n) : events.src;
  const gpuRow = index.binary ? indexRow : new Uint32Array(n);
  if (!index.binary) for (let r = 0; r < n; r++) gpuRow[indexRow[r]!] = r;
  const layer = createGpuLayer(GPU_POINTS_LAYER);
  const scale = sizeScale(events.maxToll);
  layer.setData(events, scale);
  layer.setPalette(markerPalette(paletteOf(currentScheme())));
  map.addLayer(layer, beforeId && map.getLayer(beforeId) ? beforeId : undefined);
  paintMarkersWith(map, (p) => layer.setPalette(p));
  const keep = new Uint8Array(index.binary ? 0 : n);
  let keptFor: Uint8Array | null = null;
  let picker: PickIndex | null = null;
  const origin = events.header.dayOrigin;
  const kept = (): Uint8Array | null => (index.binary ? keptFor : keep);
  const hidden = (): boolean => map.getLayoutProperty(GPU_POINTS_LAYER, 'visibility') === 'none';

  const drawnRows = (at?: { x: number; y: number }): number[] => {
    if (hidden()) return [];
    const mask = kept();
    const gpu: number[] = [];
    if (at) {
      const ll = map.unproject([at.x, at.y]);
      const [mx, my] = mercator(ll.lng, ll.lat);
      picker ??= buildPickIndex(events);
      gpu.push(...picker.hits(mx, my, 512 * 2 ** map.getZoom(), layer.filter, layer.scale, layer.dense, mask));
    } else {
      const b = map.getBounds();
      const [x0, y1] = mercator(b.getWest(), b.getSouth());
      const [x1, y0] = mercator(b.getEast(), b.getNorth());
      for (let r = 0; r < n; r++) {
        const x = events.mx[r]!;
        const y = events.my[r]!;
        if (x < x0 || x > x1 || y < y0 || y > y1 || (mask && !mask[r])) continue;
        if (matchesFilter(events, r, layer.filter)) gpu.push(r);
      }
    }
    return gpu.map((r) => indexRow[r]!);
  };

  const points: GpuPoints = {
    layer,
    events,
    gpuRow,
    lastShowMs: 0,
    show(range, filters) {
      const t0 = performance.now();
      const mask = index.filterMask(filters);
      if (mask !== keptFor) {
        // A binary file's rows are the GPU's: the mask is uploaded as it is.
        if (index.binary) layer.setKeep(mask);
        else {
          for (let r = 0; r < n; r++) keep[r] = mask[indexRow[r]!]!;
          layer.setKeep(keep);
        }
        keptFor = mask;
      }
      const f: GpuFilter = {
        range: range && { start: isoToEpochDay(range.start) - origin, end: isoToEpochDay(range.end) - origin },
        typeMask: ALL_TYPES,
        minToll: 0,
      };
      if (f.range && f.range.end < 0) f.range = { start: 1, end: 0 };
      layer.setFilter(f);
      points.lastShowMs = performance.now() - t0;
    },
    idAt(x, y) {
      if (hidden()) return null;
      const ll = map.unproject([x, y]);
      const [mx, my] = mercator(ll.lng, ll.lat);
      picker ??= buildPickIndex(events);
      const row = picker.pick(mx, my, 512 * 2 ** map.getZoom(), layer.filter, layer.scale, layer.dense, kept());
      return row < 0 ? null : index.idOf(indexRow[row]!);
    },
    drawnRows,
    drawnEvents: (at) => drawnRows(at).map((r) => toMapFeature(index.feature(r), r).properties),
    setSelected(id) {
      const row = id === null ? undefined : index.rowOf(id);
      layer.setSelected(row === undefined ? -1 : gpuRow[row]!);
    },
    setVisible(visible) {
      if (map.getLayer(GPU_POINTS_LAYER)) map.setLayoutProperty(GPU_POINTS_LAYER, 'visibility', visible ? 'visible' : 'none');
    },
  };
  // A second map of this one's style (the PNG) draws the same markers as they are now.
  registerMarkerCopy(map, (to) => {
    const copy = createGpuLayer(GPU_POINTS_LAYER);
    copy.setData(events, scale);
    copy.setPalette(layer.palette);
    copy.setKeep(kept());
    copy.setFilter(layer.filter);
    copy.setSelected(layer.selected);
    const labels = to.getStyle().layers.find((l) => l.id.startsWith('events-labels'));
    to.addLayer(copy, labels?.id);
    if (hidden()) to.setLayoutProperty(GPU_POINTS_LAYER, 'visibility', 'none');
  });
  return points;
}

/** The points bound to the store: clicks and hover pick, the selected event is outlined, and the layer shows with the circles overlay only. */
export function bindGpuPoints(map: MapLibreMap, store: Store<AppState>, index: EventIndex, beforeId?: string): GpuPoints {
  const points = mountGpuPoints(map, index, beforeId);
  map.on('click', (e) => selectByUser(store, points.idAt(e.point.x, e.point.y)));
  let hoverQueued = false;
  map.on('mousemove', (e) => {
    if (hoverQueued) return;
    hoverQueued = true;
    requestAnimationFrame(() => {
      hoverQueued = false;
      map.getCanvas().style.cursor = points.idAt(e.point.x, e.point.y) ? 'pointer' : '';
    });
  });
  const sync = (s: AppState): void => {
    points.setSelected(s.selected);
    points.setVisible(s.overlay === 'circles');
  };
  sync(store.get());
  store.subscribe((s, prev) => {
    if (s.selected !== prev.selected || s.overlay !== prev.overlay) sync(s);
  });
  window.__conflictPoints = points;
  return points;
}

declare global {
  interface Window {
    /** The GPU markers of the app (tests and benchmarks read them). */
    __conflictPoints?: GpuPoints;
  }
}

function identity(n: number): Uint32Array {
  const a = new Uint32Array(n);
  for (let r = 0; r < n; r++) a[r] = r;
  return a;
}
