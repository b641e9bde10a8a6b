// The map part of the PNG: a second, hidden MapLibre map with the live map's style (basemap, colours, the
// overlay shown), drawn at a fixed size and pixel ratio around the events the count line counts, whatever the
// reader's own view shows. It draws those events themselves, whatever overlay is on and however the live map
// draws them: its events source holds exactly them (the live one may hold none: a large set's markers are the
// GPU layer's, which no style carries), so the layers' own date and filter rules are lifted; its hexagons are
// binned from them at its own zoom. Its drawing buffer is kept so that the frame can be copied once the map
// is idle; the map is removed afterwards.
import { Map as MapLibreMap, type GeoJSONSource, type LngLatBoundsLike, type StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { EventFeature } from '../../shared/schema.ts';
import { eventLayerFilter, RANGE_FILTERED_LAYERS, SOURCES } from '../map/layers.ts';
import { hexResolutionForZoom } from '../overlays/hex-resolution.ts';
import { heatmapFilter, OVERLAY_LAYERS, OVERLAY_SOURCES } from '../overlays/overlay-layers.ts';
import { splitForOverlay } from '../overlays/overlay-events.ts';
import { NO_FILTERS } from '../state/filters.ts';
import type { Overlay } from '../state/overlay.ts';
import { copyMarkers } from '../map/marker-copies.ts';

export interface FrameRequest {
  /** CSS pixels of the map area, and device pixels per CSS pixel. */
  width: number;
  height: number;
  ratio: number;
  /** Where to look: around the events shown, else the live map's view. */
  bounds: LngLatBoundsLike | null;
  /** The events to draw (those the count line counts), as the events source holds them, and the features. */
  events: FeatureCollection;
  shown: readonly EventFeature[];
  overlay: Overlay;
}

export interface Frame {
  canvas: HTMLCanvasElement;
  /** The H3 resolution of the hexagons drawn (hexagons only). */
  hexResolution?: number;
}

const TIMEOUT_MS = 30_000;

/** The live style, drawing the events given and nothing else: their layers keep only their kind rules. */
export function styleForEvents(style: StyleSpecification, events: FeatureCollection): StyleSpecification {
  const source = style.sources[SOURCES.events];
  const sources = source?.type === 'geojson' ? { ...style.sources, [SOURCES.events]: { ...source, data: events } } : style.sources;
  const layers = style.layers.map((layer) => {
    if (RANGE_FILTERED_LAYERS.includes(layer.id)) return { ...layer, filter: eventLayerFilter(layer.id, null, NO_FILTERS) } as typeof layer;
    if (layer.id === OVERLAY_LAYERS.heatmap) return { ...layer, filter: heatmapFilter(null, NO_FILTERS) } as typeof layer;
    return layer;
  });
  return { ...style, sources, layers };
}

function whenMap(map: MapLibreMap, event: 'load' | 'idle'): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the map took too long to draw')), TIMEOUT_MS);
    map.once(event, () => {
      clearTimeout(timer);
      resolve();
    });
    map.once('error', (e) => {
      clearTimeout(timer);
      reject(e.error instanceof Error ? e.error : new Error('the map could not be drawn'));
    });
    // 'idle' may have been fired in the frame that fired 'load': ask for a frame, which fires it again once all is drawn.
    if (event === 'idle') map.triggerRepaint();
  });
}

export async function renderMapFrame(live: MapLibreMap, req: FrameRequest): Promise<Frame> {
  const box = document.createElement('div');
  // Off the page but laid out (a hidden element has no size to draw at); never read by assistive technology.
  box.setAttribute('aria-hidden', 'true');
  box.style.cssText = `position:fixed;left:-${req.width + 100}px;top:0;width:${req.width}px;height:${req.height}px;pointer-events:none`;
  document.body.append(box);
  const view = req.bounds ? { bounds: req.bounds } : { center: live.getCenter(), zoom: live.getZoom() };
  // h3-js comes with the hexagon code, loaded on demand.
  const hexagons = req.overlay === 'hexagons' ? import('../overlays/hexagons.ts') : null;
  const map = new MapLibreMap({
    container: box,
    style: styleForEvents(live.getStyle(), req.events),
    ...view,
    fitBoundsOptions: { padding: 40, maxZoom: 7 },
    pixelRatio: req.ratio,
    canvasContextAttributes: { preserveDrawingBuffer: true, antialias: true },
    interactive: false,
    attributionControl: false,
    renderWorldCopies: false,
    fadeDuration: 0,
  });
  // The markers are the live map's GPU layer, which its style does not carry (../map/marker-copies.ts).
  map.once('load', () => copyMarkers(live, map));
  try {
    await whenMap(map, 'load');
    let hexResolution: number | undefined;
    if (hexagons) {
      const { binHexagons } = await hexagons;
      hexResolution = hexResolutionForZoom(map.getZoom());
      const { summed } = splitForOverlay(req.shown, null, NO_FILTERS, 'hexagons');
      const drawn = whenMap(map, 'idle');
      void (map.getSource(OVERLAY_SOURCES.hexagons) as GeoJSONSource | undefined)?.setData(binHexagons(summed, hexResolution));
      await drawn;
    } else await whenMap(map, 'idle');
    const src = map.getCanvas();
    const copy = document.createElement('canvas');
    copy.width = src.width;
    copy.height = src.height;
    const ctx = copy.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.drawImage(src, 0, 0);
    return { canvas: copy, hexResolution };
  } finally {
    map.remove();
    box.remove();
  }
}
