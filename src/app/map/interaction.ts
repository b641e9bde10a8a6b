// Map clicks and hover: a click selects the most precise event under the pointer (a town before
// its province, a province before the country), and the selected marker is outlined.
import { NO_FILTERS, type Filters } from '../state/filters.ts';
import type { Map as MapLibreMap, MapGeoJSONFeature } from 'maplibre-gl';
import type { AppState, Store } from '../state/store.ts';
import type { DateRange } from '../state/range.ts';
import { selectByUser } from '../overlays/popup.ts';
import { PRECISION_RANK } from './events-source.ts';
import { EVENT_LAYER_IDS, RANGE_FILTERED_LAYERS, SOURCES, eventLayerFilter } from './layers.ts';

type Hit = Pick<MapGeoJSONFeature, 'properties'>;

/** The hit a click means: the most precise place, then the smallest toll (drawn on top). */
export function pickHit<T extends Hit>(hits: readonly T[]): T | null {
  let best: T | null = null;
  const rank = (h: Hit): number => PRECISION_RANK[h.properties.prec as keyof typeof PRECISION_RANK] ?? 9;
  for (const h of hits) {
    if (!best || rank(h) < rank(best) || (rank(h) === rank(best) && Number(h.properties.toll) < Number(best.properties.toll)))
      best = h;
  }
  return best;
}

export function applyRange(map: MapLibreMap, range: DateRange | null, filters: Filters = NO_FILTERS): void {
  for (const id of RANGE_FILTERED_LAYERS) map.setFilter(id, eventLayerFilter(id, range, filters));
}

export function bindMapInteraction(map: MapLibreMap, store: Store<AppState>, indexOf: ReadonlyMap<string, number>): () => void {
  map.on('click', (e) => {
    const hit = pickHit(map.queryRenderedFeatures(e.point, { layers: EVENT_LAYER_IDS }));
    selectByUser(store, hit ? String(hit.properties.id) : null);
  });
  for (const layer of EVENT_LAYER_IDS) {
    map.on('mouseenter', layer, () => (map.getCanvas().style.cursor = 'pointer'));
    map.on('mouseleave', layer, () => (map.getCanvas().style.cursor = ''));
  }
  const mark = (id: string | null, selected: boolean): void => {
    const index = id === null ? undefined : indexOf.get(id);
    if (index !== undefined) map.setFeatureState({ source: SOURCES.events, id: index }, { selected });
  };
  mark(store.get().selected, true);
  return store.subscribe((s, prev) => {
    if (s.selected === prev.selected) return;
    mark(prev.selected, false);
    mark(s.selected, true);
  });
}
