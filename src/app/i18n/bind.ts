// The interface follows `lang=` in the hash: the language `t()` writes in (./current.ts), the page's own text
// and direction (./page.ts), then whatever the page draws from the catalogue (`redraw`: the legend; the count
// line and the table follow the store's change themselves). Bound before the rest of the page subscribes, so
// that everything drawn for a change of language is drawn in the new one.
import type { Lang } from '../state/lang.ts';
import type { AppState, Store } from '../state/store.ts';
import { hasCatalogue, loadCatalogue, setLanguage } from './current.ts';
import { applyPageLanguage } from './page.ts';

const langOf = (s: AppState): Lang => s.lang ?? 'en';

export function bindInterfaceLanguage(store: Store<AppState>, redraw: () => void = () => {}): { redrawWith(next: () => void): void } {
  let draw = redraw;
  const apply = (lang: Lang): void => {
    setLanguage(lang);
    applyPageLanguage(lang);
    // A catalogue still loading (Arabic, its own chunk): the page's text and the drawn parts again once it is there.
    if (!hasCatalogue(lang))
      void loadCatalogue(lang).then(() => {
        if (langOf(store.get()) !== lang) return;
        applyPageLanguage(lang);
        draw();
      });
  };
  apply(langOf(store.get()));
  store.subscribe((s, prev) => {
    if (langOf(s) === langOf(prev)) return;
    apply(langOf(s));
    draw();
  });
  return {
    redrawWith(next) {
      draw = next;
    },
  };
}
