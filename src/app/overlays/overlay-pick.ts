// A click on a hexagon or a province says its totals in words, in a live line under the overlay
// legend ("Hama: 300 killed in 1 report"), so they can be read without the map's labels.
import type { Map as MapLibreMap, MapGeoJSONFeature } from 'maplibre-gl';
import { t } from '../i18n/current.ts';
import { datesOrFiltersChanged } from '../state/changes.ts';
import type { Overlay } from '../state/overlay.ts';
import type { AppState, Store } from '../state/store.ts';
import { QUERY_LAYER } from './overlay-layers.ts';

/** The sentence for a clicked area's properties, or '' when nothing was reported there. */
export function pickText(overlay: Overlay, props: Record<string, unknown> | null | undefined): string {
  if (!props || !(Number(props.reports) > 0) || typeof props.label !== 'string') return '';
  if (overlay === 'regions' && typeof props.name === 'string') return t('overlay.pickRegion', { name: props.name, totals: props.label });
  if (overlay === 'hexagons') return t('overlay.pickHexagon', { totals: props.label });
  return '';
}

/** Stale once the overlay, the dates or the filters change: the line is then cleared. */
export function bindOverlayPick(map: MapLibreMap, store: Store<AppState>, line: HTMLElement): void {
  const layers = [QUERY_LAYER.hexagons, QUERY_LAYER.regions];
  map.on('click', (e) => {
    const overlay = store.get().overlay;
    if (overlay !== 'hexagons' && overlay !== 'regions') return;
    const hit: MapGeoJSONFeature | undefined = map.queryRenderedFeatures(e.point, { layers: [QUERY_LAYER[overlay]] })[0];
    line.textContent = pickText(overlay, hit?.properties);
  });
  for (const layer of layers) {
    map.on('mouseenter', layer, () => (map.getCanvas().style.cursor = 'pointer'));
    map.on('mouseleave', layer, () => (map.getCanvas().style.cursor = ''));
  }
  store.subscribe((next, prev) => {
    const stale = next.overlay !== prev.overlay || datesOrFiltersChanged(next, prev);
    if (stale) line.textContent = '';
  });
}
