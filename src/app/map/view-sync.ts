// The map's view and the store's `view` (the hash's `map=zoom/lat/lon`) in step: every move ends by
// writing the view; a view set from elsewhere (a hash edited by hand) moves the map.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { sameView } from '../state/map-view.ts';
import type { AppState, Store } from '../state/store.ts';
import { viewOf } from './create-map.ts';

export function bindMapView(map: MapLibreMap, store: Store<AppState>): () => void {
  const onMoveEnd = (): void => {
    const view = viewOf(map);
    if (!sameView(view, store.get().view)) store.set({ view });
  };
  map.on('moveend', onMoveEnd);
  const stop = store.subscribe((s, prev) => {
    if (!s.view || s.view === prev.view || sameView(s.view, viewOf(map))) return;
    map.jumpTo({ center: [s.view.lon, s.view.lat], zoom: s.view.zoom });
  });
  return () => {
    map.off('moveend', onMoveEnd);
    stop();
  };
}
