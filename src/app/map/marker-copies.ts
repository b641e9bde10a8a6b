// A map's markers are its GPU custom layer (./gpu/points.ts), which a copy of the map's style does not
// carry (custom layers are not part of getStyle()). A second map drawn from that style (the PNG export,
// ../ui/export-png-map.ts) asks here for the same markers: the same events, date range, filters and
// colours. Kept apart from the GPU code, which loads on demand.
import type { Map as MapLibreMap } from 'maplibre-gl';

const copiers = new WeakMap<MapLibreMap, (to: MapLibreMap) => void>();

/** Says how to draw `live`'s markers on another map. */
export function registerMarkerCopy(live: MapLibreMap, copy: (to: MapLibreMap) => void): void {
  copiers.set(live, copy);
}

/** Adds `live`'s markers, as they are drawn now, to `to` (once its style has loaded); nothing when it has none. */
export function copyMarkers(live: MapLibreMap, to: MapLibreMap): void {
  copiers.get(live)?.(to);
}
