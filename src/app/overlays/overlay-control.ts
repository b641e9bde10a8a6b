// The overlay switch: a radio group (arrow keys move between the options, as for any radio group),
// one input per overlay with data-testid="overlay-<name>". It writes the store's `overlay` and follows it.
import { OVERLAYS, type Overlay } from '../state/overlay.ts';
import type { AppState, Store } from '../state/store.ts';
import { h } from '../ui/dom.ts';

export const OVERLAY_LABELS: Record<Overlay, string> = {
  circles: 'Circles',
  heatmap: 'Heatmap',
  hexagons: 'Hexagons',
  regions: 'Provinces',
};

export function bindOverlayControl(el: HTMLElement, store: Store<AppState>): () => void {
  el.replaceChildren(h('legend', {}, 'Show deaths as'));
  const inputs = new Map<Overlay, HTMLInputElement>();
  for (const name of OVERLAYS) {
    const input = h('input', { type: 'radio', name: 'overlay', value: name, 'data-testid': `overlay-${name}` });
    input.addEventListener('change', () => {
      if (input.checked) store.set({ overlay: name });
    });
    inputs.set(name, input);
    el.append(h('label', {}, input, OVERLAY_LABELS[name]));
  }
  const show = (overlay: Overlay): void => {
    for (const [name, input] of inputs) input.checked = name === overlay;
  };
  show(store.get().overlay);
  return store.subscribe((s, prev) => {
    if (s.overlay !== prev.overlay) show(s.overlay);
  });
}
