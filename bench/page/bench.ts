// The benchmark page: one map, one data set, one of two paths, driven by scripts/bench.mjs through
// window.bench. `?mode=plain&data=….geojson`: MapLibre's GeoJSON source, circle layers and setFilter
// (the app's plain path). `?mode=gpu&data=….bin`: the custom layer of src/app/map/gpu/.
import { Map as MapLibreMap, setWorkerUrl, type ExpressionSpecification, type StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { epochDayToIso } from '../../src/pipeline/binary/layout.ts';
import { rangeFilter } from '../../src/app/state/range.ts';
import { radiusExpression, sizeScale } from '../../src/app/map/size.ts';
import { EVENT_TYPES, FALLBACK_COLOUR, TYPE_COLOURS } from '../../src/app/ui/palette.ts';
import { decodeEvents } from '../../src/app/map/gpu/data.ts';
import { ALL_TYPES } from '../../src/app/map/gpu/filter.ts';
import { createGpuLayer, type GpuLayer } from '../../src/app/map/gpu/layer.ts';
import { fetchBinary } from '../../src/app/map/gpu/load.ts';
import { buildPickIndex } from '../../src/app/map/gpu/picking.ts';

setWorkerUrl(workerUrl);

/** The markers' colour by type, as a MapLibre expression (the GeoJSON circle layer this page compares with). */
const typeColour = (): ExpressionSpecification =>
  ['match', ['get', 'type'], ...EVENT_TYPES.flatMap((t) => [t, TYPE_COLOURS[t]]), FALLBACK_COLOUR] as unknown as ExpressionSpecification;

export interface BrushResult {
  work: number;
  frame: number;
  shown: number;
}

export interface Bench {
  ready: Promise<{ firstRender: number; count: number; dayOrigin: number; dayCount: number }>;
  /** Applies a range of day indexes, returns work and frame times (ms); `shown` is not counted here (the app's index counts: scripts/bench-app.mjs). */
  brush(start: number, end: number): Promise<BrushResult>;
  heap(): number;
}

declare global {
  interface Window {
    bench?: Bench;
  }
}

const params = new URLSearchParams(location.search);
const mode = params.get('mode') ?? 'gpu';
const data = params.get('data') ?? '';
const BOUNDS: [number, number, number, number] = [-110, -12, 100, 55];
const style: StyleSpecification = { version: 8, sources: {}, layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#dde7ee' } }] };
const map = new MapLibreMap({ container: 'map', style, bounds: BOUNDS, attributionControl: false, renderWorldCopies: false, fadeDuration: 0 });
const gl = map.getCanvas().getContext('webgl2');
// Every frame is made to finish on the rasteriser before its time is taken (SwiftShader draws on the CPU).
let lastFrameEnd = 0;
let frameHook: (() => void) | null = null;
const pixel = new Uint8Array(4);
map.on('render', () => {
  // readPixels waits for the GPU process to finish the frame (finish() alone does not, in Chromium).
  gl?.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
  lastFrameEnd = performance.now();
  frameHook?.();
});
/** Resolves at the end of the first frame (finished on the rasteriser) for which `drawn()` holds. */
const frameWhere = (drawn: () => boolean): Promise<number> =>
  new Promise((ok) => {
    frameHook = () => {
      if (!drawn()) return;
      frameHook = null;
      ok(lastFrameEnd);
    };
  });
const nextIdle = (): Promise<void> => new Promise((ok) => map.once('idle', () => ok()));
const loaded = new Promise<void>((ok) => map.once('load', () => ok()));
const heap = (): number => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? NaN;

async function plain(): Promise<Bench> {
  const res = await fetch(data);
  const collection = (await res.json()) as { features: Array<{ properties: { toll: number } }>; dayOrigin: number; dayCount: number };
  let max = 0;
  for (const f of collection.features) max = Math.max(max, f.properties.toll);
  await loaded;
  map.addSource('events', { type: 'geojson', data: collection as unknown as GeoJSON.FeatureCollection });
  map.addLayer({
    id: 'events',
    type: 'circle',
    source: 'events',
    paint: { 'circle-radius': radiusExpression(sizeScale(max)), 'circle-color': typeColour(), 'circle-opacity': 0.78, 'circle-stroke-color': '#fff', 'circle-stroke-width': 0.6 },
  });
  let sourceLoadedAt = 0;
  map.on('sourcedata', (e) => {
    if (e.sourceId === 'events' && map.isSourceLoaded('events')) sourceLoadedAt = performance.now();
  });
  await nextIdle();
  const firstRender = lastFrameEnd;
  const { dayOrigin, dayCount } = collection;
  return {
    ready: Promise.resolve({ firstRender, count: collection.features.length, dayOrigin, dayCount }),
    heap,
    async brush(start, end) {
      const idle = nextIdle();
      performance.mark('brush-start');
      const t0 = performance.now();
      sourceLoadedAt = 0;
      map.setFilter('events', rangeFilter({ start: epochDayToIso(dayOrigin + start), end: epochDayToIso(dayOrigin + end) }));
      await idle;
      // The frame that shows the result is the first one drawn once the source is loaded.
      if (lastFrameEnd < t0 || lastFrameEnd < sourceLoadedAt) await frameWhere(() => true);
      const workEnd = Math.max(sourceLoadedAt, t0);
      performance.measure('brush-work', { start: t0, end: workEnd });
      performance.measure('brush-frame', { start: t0, end: lastFrameEnd });
      return { work: workEnd - t0, frame: lastFrameEnd - t0, shown: NaN };
    },
  };
}

async function gpu(): Promise<Bench> {
  // As the app does: the (empty) layer is added while the file streams in, then given the data.
  const layer: GpuLayer = createGpuLayer('events');
  void loaded.then(() => map.addLayer(layer));
  const buffer = await fetchBinary(data);
  performance.mark('fetched');
  const events = decodeEvents(buffer);
  performance.mark('decoded');
  await loaded;
  performance.mark('map-loaded');
  layer.setData(events, sizeScale(events.maxToll));
  await frameWhere(() => layer.frames > 0);
  const firstRender = lastFrameEnd;
  performance.mark('first-frame');
  buildPickIndex(events);
  performance.mark('indexed');
  const idle = nextIdle();
  map.triggerRepaint();
  await idle;
  console.log(JSON.stringify(performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)])));
  return {
    ready: Promise.resolve({ firstRender, count: events.count, dayOrigin: events.header.dayOrigin, dayCount: events.header.dayCount }),
    heap,
    async brush(start, end) {
      const idle = nextIdle();
      performance.mark('brush-start');
      const t0 = performance.now();
      const framesBefore = layer.frames;
      const drawn = frameWhere(() => layer.frames > framesBefore);
      const filter = { range: { start, end }, typeMask: ALL_TYPES, minToll: 0 };
      layer.setFilter(filter);
      const t1 = performance.now();
      performance.measure('brush-work', { start: t0, end: t1 });
      const frameEnd = await drawn;
      performance.measure('brush-frame', { start: t0, end: frameEnd });
      await idle;
      return { work: t1 - t0, frame: frameEnd - t0, shown: NaN };
    },
  };
}

const bench = mode === 'plain' ? plain() : gpu();
window.bench = {
  ready: bench.then((b) => b.ready),
  brush: (s, e) => bench.then((b) => b.brush(s, e)),
  heap,
};
