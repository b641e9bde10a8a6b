// The event popup on the map, driven by the store's `selected` id; drawn again in the new language when
// `lang` changes (the events map localises at lookup), without a spurious change of selection.
import { Popup, type Map as MapLibreMap } from 'maplibre-gl';
import type { EventFeature } from '../../shared/schema.ts';
import type { AppState, Store } from '../state/store.ts';
import { buildPopupContent } from './popup-content.ts';

export function bindPopup(map: MapLibreMap, store: Store<AppState>, byId: ReadonlyMap<string, EventFeature>): () => void {
  let popup: Popup | null = null;
  const close = (): void => {
    const p = popup;
    popup = null;
    p?.remove();
  };
  const show = (id: string | null): void => {
    close();
    const event = id === null ? undefined : byId.get(id);
    if (!event) return;
    const p = new Popup({ maxWidth: '320px', focusAfterOpen: true, closeButton: true, className: 'cm-popup-wrap' })
      .setLngLat(event.geometry.coordinates)
      .setDOMContent(buildPopupContent(event.properties))
      .addTo(map);
    p.on('close', () => {
      if (popup === p) {
        popup = null;
        store.set({ selected: null });
      }
    });
    popup = p;
  };
  show(store.get().selected);
  return store.subscribe((s, prev) => {
    if (s.selected !== prev.selected || s.lang !== prev.lang) show(s.selected);
  });
}
