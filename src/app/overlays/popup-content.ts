// The body of an event's popup, built as DOM with textContent only: article text is never parsed
// as HTML, and only http(s) URLs become links.
import type { EventProperties, Fatalities, Source } from '../../shared/schema.ts';
import { formatDayIn, formatDecimal, language, subTypeLabel, t, tCount, typeLabel } from '../i18n/current.ts';
import { formatDay, isIsoDay } from '../state/dates.ts';
import { LOW_CONFIDENCE } from '../state/filters.ts';
import { colourOf } from '../ui/palette.ts';
import './popup.css';
import { formatPlace, formatSides, formatSummary, formatToll, formatWhen, formatWhere, safeHttpUrl } from './format.ts';
import { highlightQuote, type Segment } from './highlight.ts';

type Doc = Pick<Document, 'createElement' | 'createTextNode'>;

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Doc,
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** A quoted sentence with the toll's figures in <mark>, every piece set as text. */
function quoteOf(doc: Doc, segments: readonly Segment[]): HTMLQuoteElement {
  const q = el(doc, 'blockquote', 'cm-popup__quote');
  q.dir = 'auto';
  for (const seg of segments) q.append(seg.mark ? el(doc, 'mark', 'cm-popup__figure', seg.text) : doc.createTextNode(seg.text));
  return q;
}

/** This many quoted sentences are shown open; the rest fold into a "more" list of at most MAX_SOURCES in all. */
export const MAX_QUOTES = 3;
export const MAX_SOURCES = 100;

/** One source: the sentence (figures marked), then the outlet (a link only for http(s)) and the day published. */
function sourceItem(doc: Doc, s: Source, toll: Fatalities | null): HTMLLIElement {
  const item = el(doc, 'li', 'cm-popup__source');
  item.append(quoteOf(doc, highlightQuote(s, toll)));
  const cite = el(doc, 'p', 'cm-popup__cite');
  const outlet = s.outlet ?? s.title ?? t('popup.source');
  const href = safeHttpUrl(s.url);
  if (href) {
    const a = el(doc, 'a', '', outlet);
    a.href = href;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    cite.append(a);
  } else {
    cite.append(doc.createTextNode(outlet));
  }
  if (s.published) cite.append(doc.createTextNode(`${t('list.comma')}${isIsoDay(s.published) ? formatDayIn(s.published, formatDay) : s.published}`));
  item.append(cite);
  return item;
}

function sourceList(doc: Doc, sources: readonly Source[], toll: Fatalities | null): HTMLUListElement {
  const list = el(doc, 'ul', 'cm-popup__sources');
  for (const s of sources) list.append(sourceItem(doc, s, toll));
  return list;
}

/** "Confidence: low (0.45)", with what the figure weighs in its title. */
export function confidenceText(confidence: number): string {
  const band = confidence < LOW_CONFIDENCE ? 'low' : confidence < 0.75 ? 'medium' : 'high';
  return t('popup.confidence', { band: t(`popup.confidence.${band}`), n: formatDecimal(confidence, 2) });
}

function confidenceLine(doc: Doc, confidence: number): HTMLParagraphElement {
  const line = el(doc, 'p', confidence < LOW_CONFIDENCE ? 'cm-popup__confidence is-low' : 'cm-popup__confidence', confidenceText(confidence));
  line.title = t('popup.confidenceTitle');
  return line;
}

export function buildPopupContent(p: EventProperties, doc: Doc = document): HTMLElement {
  const root = el(doc, 'article', 'cm-popup');
  root.dataset.eventId = p.id;

  const kicker = el(doc, 'p', 'cm-popup__type');
  const swatch = el(doc, 'span', 'cm-swatch');
  swatch.style.backgroundColor = colourOf(p.event_type);
  kicker.append(swatch, doc.createTextNode(p.sub_event_type ? `${typeLabel(p.event_type)}${t('sep')}${subTypeLabel(p.sub_event_type)}` : typeLabel(p.event_type)));
  root.append(kicker);

  root.append(el(doc, 'h2', 'cm-popup__place', formatPlace(p)));
  const when = formatWhen(p);
  root.append(el(doc, 'p', 'cm-popup__date', capitalise(when)));
  // The build's summary is English; another language writes it again from the same fields.
  if (p.summary) root.append(el(doc, 'p', 'cm-popup__summary', language() === 'en' ? p.summary : formatSummary(p)));

  const toll = formatToll(p.fatalities);
  root.append(el(doc, 'p', toll ? 'cm-popup__toll' : 'cm-popup__toll cm-popup__toll--none', toll ?? t('popup.noToll')));
  const injured = formatToll(p.injured, 'injured');
  if (injured) root.append(el(doc, 'p', 'cm-popup__injured', injured));

  const sides = formatSides(p);
  if (sides) root.append(el(doc, 'p', 'cm-popup__sides', sides));

  const flags: string[] = [];
  if (p.claim) flags.push(t('legend.claim'));
  if (p.aggregate) flags.push(t('popup.aggregate'));
  if (p.geo_precision !== 'place') flags.push(capitalise(formatWhere(p)));
  for (const f of flags) root.append(el(doc, 'p', 'cm-popup__flag', f));
  root.append(confidenceLine(doc, p.confidence));

  root.append(sourceList(doc, p.sources.slice(0, MAX_QUOTES), p.fatalities));
  // The other sources fold away, but every one is there to read.
  const rest = p.sources.slice(MAX_QUOTES, MAX_SOURCES);
  if (rest.length > 0) {
    const n = p.sources.length - MAX_QUOTES;
    const more = el(doc, 'details', 'cm-popup__more');
    more.append(el(doc, 'summary', '', tCount('popup.more', n)), sourceList(doc, rest, p.fatalities));
    const unlisted = p.sources.length - MAX_SOURCES;
    if (unlisted > 0) more.append(el(doc, 'p', 'cm-popup__cite', t('popup.unlisted', { n: unlisted })));
    root.append(more);
  }
  return root;
}
