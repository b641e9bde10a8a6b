// The event popup on the map, driven by the store's `selected` id; drawn again in the new language when
// `lang` changes (the events map localises at lookup), without a spurious change of selection.
// However the event was selected (a click, a table row, the host API, `event=` in the hash) the map pans
// until the popup is whole in view (./popup-fit.ts). Only the reader's own pick (`selectByUser`) moves the
// keyboard focus into it: a host page's select keeps the host's focus and scroll. Escape closes it, and
// focus goes back to where the reader was.
import { Popup, type Map as MapLibreMap } from 'maplibre-gl';
import type { EventFeature } from '../../shared/schema.ts';
import type { AppState, Store } from '../state/store.ts';
import { buildPopupContent } from './popup-content.ts';
import { fitPopup } from './popup-fit.ts';

const pickedByUser = new WeakSet<object>();

/** Selects an event as the reader's own act (a click on the map, a table row): its popup takes the focus. */
export function selectByUser(store: Store<AppState>, id: string | null): void {
  pickedByUser.add(store);
  try {
    store.set({ selected: id });
  } finally {
    pickedByUser.delete(store);
  }
}

/** Where the popup finds an event: at once by id, and (when the events are a binary file's) in full, with its sources, fetched. */
export interface PopupEvents {
  get(id: string): EventFeature | undefined;
  details?(id: string): Promise<EventFeature | null>;
}

export function bindPopup(map: MapLibreMap, store: Store<AppState>, byId: PopupEvents): () => void {
  let popup: Popup | null = null;
  /** Where the focus was when the reader opened the popup, to go back to on close. */
  let opener: HTMLElement | null = null;
  const close = (): void => {
    const p = popup;
    popup = null;
    p?.remove();
  };
  let asked = 0;
  /** The full event first when it is fetched (only the opened event's sources are): then it is shown. */
  const show = (id: string | null, focus: boolean): void => {
    const ticket = ++asked;
    const hadFocus = popup?.getElement().contains(document.activeElement) ?? false;
    if (id === null || !byId.details) return open(id === null ? undefined : byId.get(id), focus, hadFocus);
    close();
    const light = byId.get(id);
    if (!light) return;
    void byId.details(id).then((full) => {
      if (ticket === asked) open(full ?? light, focus, hadFocus);
    });
  };
  const open = (event: EventFeature | undefined, focus: boolean, hadFocus: boolean): void => {
    close();
    if (!event) return;
    if (focus && !hadFocus) opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const at = event.geometry.coordinates as [number, number];
    const p = new Popup({ maxWidth: '320px', focusAfterOpen: false, closeButton: true, className: 'cm-popup-wrap' })
      .setLngLat(at)
      .setDOMContent(buildPopupContent(event.properties))
      .addTo(map);
    const el = p.getElement();
    p.on('close', () => {
      if (popup !== p) return;
      const inside = el.contains(document.activeElement) || document.activeElement === document.body;
      popup = null;
      store.set({ selected: null });
      if (inside && opener?.isConnected) opener.focus({ preventScroll: true });
      opener = null;
    });
    popup = p;
    el.dataset.testid = 'popup';
    fitPopup(map, p, at, () => popup === p, () => {
      el.dataset.inView = 'true';
      // The content, not its first link: a screen reader starts at the summary. No scroll: it is in view.
      const content = el.querySelector<HTMLElement>('.maplibregl-popup-content');
      if (!content || !(focus || hadFocus)) return;
      content.tabIndex = -1;
      content.focus({ preventScroll: true });
    });
  };
  const onKey = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || !popup) return;
    e.preventDefault();
    popup.remove(); // fires 'close': the selection is cleared and the focus goes back
  };
  const container = map.getContainer();
  container.addEventListener('keydown', onKey);
  show(store.get().selected, false);
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.selected !== prev.selected || s.lang !== prev.lang) show(s.selected, pickedByUser.has(store));
  });
  return () => {
    unsubscribe();
    container.removeEventListener('keydown', onKey);
    close();
  };
}
