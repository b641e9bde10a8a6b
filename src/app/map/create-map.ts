// Creates the MapLibre map. The worker URL must be handed over explicitly under Vite, or the map
// never loads.
import { Map as MapLibreMap, NavigationControl, setWorkerUrl } from 'maplibre-gl';
import type { StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
// MapLibre's stylesheet without the rules of the controls the map never adds (scripts/maplibre-css.mjs).
import './maplibre-used.css';
import type { MapView } from '../state/map-view.ts';
import { followLanguage, mapLocale } from './map-locale.ts';
import { WORLD } from './view.ts';

setWorkerUrl(workerUrl);

/** On a phone (a narrow screen or a finger for a pointer) the page must scroll past the map. */
export const COOPERATIVE_QUERY = '(max-width: 600px), (pointer: coarse)';

/** The map's current view, to write into the hash. */
export function viewOf(map: MapLibreMap): MapView {
  const c = map.getCenter();
  return { zoom: map.getZoom(), lat: c.lat, lon: c.lng };
}

/**
 * A map showing `view` when the URL gives one (exactly as it was left), else fitted to `bounds`.
 */
export function createMap(
  container: HTMLElement,
  style: StyleSpecification,
  bounds: [number, number, number, number] | null,
  view: MapView | null = null,
): MapLibreMap {
  const embedded = document.body.classList.contains('cm-embed');
  const map = new MapLibreMap({
    container,
    style,
    ...(view ? { center: [view.lon, view.lat] as [number, number], zoom: view.zoom } : { bounds: bounds ?? WORLD }),
    fitBoundsOptions: { padding: 36, maxZoom: 6 },
    minZoom: 1,
    maxZoom: 10,
    attributionControl: false,
    locale: mapLocale(),
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    renderWorldCopies: false,
    // Embedded in a news page or on a phone, one finger (or the wheel without Ctrl) scrolls the page, not the map.
    cooperativeGestures: embedded || (window.matchMedia?.(COOPERATIVE_QUERY).matches ?? false),
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(followLanguage(map), 'bottom-right');
  return map;
}
