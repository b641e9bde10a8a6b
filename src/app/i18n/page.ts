// The page's own text in the current language: every element with data-i18n="key" gets its message as its
// text, data-i18n-label="key" as its aria-label; and the document its `lang` and `dir` (right to left in
// Arabic: flex rows, grid columns and text mirror with it). The map and the timeline's chart keep left to
// right: a map's west is on the left in any language, and the chart's days run with the map's time axis.
import type { Lang } from '../state/lang.ts';
import type { MessageKey } from './catalogue.ts';
import { t } from './current.ts';

export function applyPageLanguage(lang: Lang, doc: Document = document): void {
  const root = doc.documentElement;
  root.lang = lang;
  root.dir = lang === 'ar' ? 'rtl' : 'ltr';
  for (const el of doc.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n as MessageKey);
  for (const el of doc.querySelectorAll<HTMLElement>('[data-i18n-label]')) el.setAttribute('aria-label', t(el.dataset.i18nLabel as MessageKey));
  for (const el of doc.querySelectorAll<HTMLElement>('.cm-map-wrap, .cm-timeline__chart')) el.dir = 'ltr';
}
