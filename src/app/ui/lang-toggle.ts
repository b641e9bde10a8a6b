// The place-name language toggle (`lang=en|ar`) and what follows from it on the page: the map's labels
// (map/labels-lang.ts), and `lang="ar" dir="rtl"` on every piece of text that starts in Arabic (the
// table's place cells, the popup's place), so it is read and laid out as Arabic inside the English page.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { EventFeature } from '../../shared/schema.ts';
import type { Basemap } from '../map/basemap.ts';
import { loadCatalogue, t } from '../i18n/current.ts';
import { applyLabelLanguage } from '../map/labels-lang.ts';
import { localiseEvent, startsArabic, type Lang } from '../state/lang.ts';
import type { AppState, Store } from '../state/store.ts';

const langOf = (s: AppState): Lang => s.lang ?? 'en';

/**
 * The toggle: a button named "العربية" (in Arabic, as language switchers are), pressed while place names
 * are in Arabic. Its name never changes, so what is seen is what a screen reader says.
 */
export function bindLangToggle(button: HTMLButtonElement, store: Store<AppState>): () => void {
  const label = document.createElement('span');
  label.textContent = 'العربية';
  label.lang = 'ar';
  label.dir = 'rtl';
  button.replaceChildren(label);
  button.removeAttribute('aria-label');
  const render = (lang: Lang): void => {
    button.setAttribute('aria-pressed', String(lang === 'ar'));
    button.title = t(lang === 'ar' ? 'page.langOn' : 'page.langOff');
  };
  // The interface switches once its catalogue is there (Arabic loads on first use: ../i18n/current.ts).
  button.addEventListener('click', () => {
    const next: Lang = langOf(store.get()) === 'ar' ? 'en' : 'ar';
    void loadCatalogue(next).then(() => store.set({ lang: next }));
  });
  render(langOf(store.get()));
  return store.subscribe((s, prev) => {
    if (langOf(s) !== langOf(prev)) render(langOf(s));
  });
}

/** Events looked up by id, their places named in the store's current language (for the popup). */
export class LocalisedEvents extends Map<string, EventFeature> {
  constructor(
    entries: Iterable<readonly [string, EventFeature]>,
    private readonly lang: () => Lang,
  ) {
    super(entries);
  }
  override get(id: string): EventFeature | undefined {
    const f = super.get(id);
    return f && localiseEvent(f, this.lang());
  }
}

const TEXT_ELEMENTS = 'td, th, h2, h3, p, span, li, a, button, caption';

/** Marks each element whose own text starts in Arabic with lang="ar" dir="rtl" (and unmarks the rest). */
export function markArabicText(root: ParentNode): void {
  const self = 'matches' in root && (root as Element).matches(TEXT_ELEMENTS) ? [root as Element] : [];
  const els = [...self, ...root.querySelectorAll(TEXT_ELEMENTS)];
  for (const el of els) {
    const own = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent ?? '').join('');
    if (startsArabic(own)) {
      el.setAttribute('lang', 'ar');
      el.setAttribute('dir', 'rtl');
      el.setAttribute('data-cm-ar', '');
    } else if (el.hasAttribute('data-cm-ar')) {
      el.removeAttribute('lang');
      el.removeAttribute('dir');
      el.removeAttribute('data-cm-ar');
    }
  }
}

/** Keeps `markArabicText` applied to whatever is added under the given roots. */
export function watchArabicText(roots: readonly Element[]): () => void {
  const observer = new MutationObserver((records) => {
    for (const r of records)
      for (const n of r.addedNodes) {
        // New text in an element (textContent set) marks that element; a new element marks its subtree.
        const target = n.nodeType === 1 ? n : r.target;
        if (target.nodeType === 1) markArabicText(target as Element);
      }
  });
  for (const root of roots) {
    markArabicText(root);
    observer.observe(root, { childList: true, subtree: true });
  }
  return () => observer.disconnect();
}

export interface LanguageTargets {
  map: MapLibreMap;
  basemap: Basemap;
  /** Draws the table again (its place names follow the language). */
  rerender(): void;
}

/** On a change of language: the map's labels and the table drawn again (the popup follows `lang` itself). */
export function bindLanguage(store: Store<AppState>, { map, basemap, rerender }: LanguageTargets): () => void {
  const stopMarks = watchArabicText([map.getContainer(), ...document.querySelectorAll('[data-testid="event-table"]')]);
  const stop = store.subscribe((s, prev) => {
    if (langOf(s) === langOf(prev)) return;
    void applyLabelLanguage(map, basemap, langOf(s));
    rerender();
  });
  return () => {
    stop();
    stopMarks();
  };
}
