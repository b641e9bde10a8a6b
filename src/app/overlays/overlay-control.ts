// The overlay switch: a radio group (arrow keys move between the options, as for any radio group),
// one input per overlay with data-testid="overlay-<name>". It writes the store's `overlay` and follows it.
import { OVERLAYS, type Overlay } from '../state/overlay.ts';
import type { AppState, Store } from '../state/store.ts';
import type { MessageKey } from '../i18n/catalogue.ts';
import { onLanguage, t } from '../i18n/current.ts';
import { h } from '../ui/dom.ts';

/** An overlay's name in the interface's language ("Circles", "Provinces"). */
export const overlayLabel = (o: Overlay): string => t(`overlay.${o}` as MessageKey);

export function bindOverlayControl(el: HTMLElement, store: Store<AppState>): () => void {
  const legend = h('legend', {});
  el.replaceChildren(legend);
  const inputs = new Map<Overlay, HTMLInputElement>();
  const names = new Map<Overlay, Text>();
  for (const name of OVERLAYS) {
    const input = h('input', { type: 'radio', name: 'overlay', value: name, 'data-testid': `overlay-${name}` });
    input.addEventListener('change', () => {
      if (input.checked) store.set({ overlay: name });
    });
    inputs.set(name, input);
    const text = document.createTextNode('');
    names.set(name, text);
    el.append(h('label', {}, input, text));
  }
  const label = (): void => {
    legend.textContent = t('overlay.legend');
    for (const [name, text] of names) text.textContent = overlayLabel(name);
  };
  label();
  const stopLanguage = onLanguage(label);
  const show = (overlay: Overlay): void => {
    for (const [name, input] of inputs) input.checked = name === overlay;
  };
  show(store.get().overlay);
  const stop = store.subscribe((s, prev) => {
    if (s.overlay !== prev.overlay) show(s.overlay);
  });
  return () => {
    stop();
    stopLanguage();
  };
}
