// The page's own text in the current language: every element with data-i18n="key" gets its message as its
// text, data-i18n-label="key" as its aria-label; the document its `lang`, and the body its `dir` (right to
// left in Arabic: flex rows, grid columns and text mirror with it). The map and the timeline's chart keep left
// to right: a map's west is on the left in any language, and the chart's days run with the map's time axis.
// `dir` goes on the body, not on <html>: Chromium sets an OffscreenCanvas's text right to left when the root
// element is `dir="rtl"`, and MapLibre draws its label glyphs one by one on such a canvas: every bracket came out
// mirrored on the map ("Syria )country-wide(") and in the PNG. Everything the page shows is in the body.
import type { Lang } from '../state/lang.ts';
import type { MessageKey } from './catalogue.ts';
import { t } from './current.ts';

export function applyPageLanguage(lang: Lang, doc: Document = document): void {
  const root = doc.documentElement;
  root.lang = lang;
  root.removeAttribute('dir');
  doc.body.dir = lang === 'ar' ? 'rtl' : 'ltr';
  for (const el of doc.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n as MessageKey);
  for (const el of doc.querySelectorAll<HTMLElement>('[data-i18n-label]')) el.setAttribute('aria-label', t(el.dataset.i18nLabel as MessageKey));
  // The map itself, not its wrapper: what is laid over the map (the embed's folded legend) reads as the page.
  for (const el of doc.querySelectorAll<HTMLElement>('.cm-map, .cm-timeline__chart')) el.dir = 'ltr';
}
