// The map part of the PNG: a second, hidden MapLibre map with the live map's style (its date range, filters,
// overlay and colours: the layers' filters are in the style), drawn at a fixed size and pixel ratio around the
// events the count line counts, whatever the reader's own view shows. Its drawing buffer is kept so that
// the frame can be copied once the map is idle; the map is removed afterwards.
import { Map as MapLibreMap, type LngLatBoundsLike } from 'maplibre-gl';
import { copyMarkers } from '../map/marker-copies.ts';

export interface FrameRequest {
  /** CSS pixels of the map area, and device pixels per CSS pixel. */
  width: number;
  height: number;
  ratio: number;
  /** Where to look: around the events shown, else the live map's view. */
  bounds: LngLatBoundsLike | null;
}

const TIMEOUT_MS = 30_000;

export async function renderMapFrame(live: MapLibreMap, req: FrameRequest): Promise<HTMLCanvasElement> {
  const box = document.createElement('div');
  // Off the page but laid out (a hidden element has no size to draw at); never read by assistive technology.
  box.setAttribute('aria-hidden', 'true');
  box.style.cssText = `position:fixed;left:-${req.width + 100}px;top:0;width:${req.width}px;height:${req.height}px;pointer-events:none`;
  document.body.append(box);
  const view = req.bounds ? { bounds: req.bounds } : { center: live.getCenter(), zoom: live.getZoom() };
  const map = new MapLibreMap({
    container: box,
    style: live.getStyle(),
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
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the map took too long to draw')), TIMEOUT_MS);
      map.once('idle', () => {
        clearTimeout(timer);
        resolve();
      });
      map.once('error', (e) => {
        clearTimeout(timer);
        reject(e.error instanceof Error ? e.error : new Error('the map could not be drawn'));
      });
    });
    const src = map.getCanvas();
    const copy = document.createElement('canvas');
    copy.width = src.width;
    copy.height = src.height;
    const ctx = copy.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.drawImage(src, 0, 0);
    return copy;
  } finally {
    map.remove();
    box.remove();
  }
}
