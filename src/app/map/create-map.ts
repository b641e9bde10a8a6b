// Creates the MapLibre map. The worker URL must be handed over explicitly under Vite, or the map
// never loads.
import { AttributionControl, Map as MapLibreMap, NavigationControl, setWorkerUrl } from 'maplibre-gl';
import type { StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { WORLD } from './view.ts';

setWorkerUrl(workerUrl);

export function createMap(
  container: HTMLElement,
  style: StyleSpecification,
  bounds: [number, number, number, number] | null,
): MapLibreMap {
  const map = new MapLibreMap({
    container,
    style,
    bounds: bounds ?? WORLD,
    fitBoundsOptions: { padding: 36, maxZoom: 6 },
    minZoom: 1,
    maxZoom: 10,
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    renderWorldCopies: false,
    // Embedded in a news page, one finger (or the wheel without Ctrl) scrolls the page, not the map.
    cooperativeGestures: document.body.classList.contains('cm-embed'),
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new AttributionControl({ compact: false }), 'bottom-right');
  return map;
}
