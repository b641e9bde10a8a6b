// The body of an event's popup, built as DOM with textContent only: article text is never parsed
// as HTML, and only http(s) URLs become links.
import type { EventProperties } from '../../shared/schema.ts';
import { colourOf } from '../ui/palette.ts';
import { formatDateRange, formatPlace, formatToll, safeHttpUrl } from './format.ts';

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

/** At most this many quoted sentences; the rest are counted. */
export const MAX_QUOTES = 3;

export function buildPopupContent(p: EventProperties, doc: Doc = document): HTMLElement {
  const root = el(doc, 'article', 'cm-popup');
  root.dataset.eventId = p.id;

  const kicker = el(doc, 'p', 'cm-popup__type');
  const swatch = el(doc, 'span', 'cm-swatch');
  swatch.style.backgroundColor = colourOf(p.event_type);
  kicker.append(swatch, doc.createTextNode(p.sub_event_type ? `${p.event_type} · ${p.sub_event_type}` : p.event_type));
  root.append(kicker);

  root.append(el(doc, 'h2', 'cm-popup__place', formatPlace(p)));
  root.append(el(doc, 'p', 'cm-popup__date', formatDateRange(p)));

  const toll = formatToll(p.fatalities);
  root.append(el(doc, 'p', toll ? 'cm-popup__toll' : 'cm-popup__toll cm-popup__toll--none', toll ?? 'No death toll reported'));
  const injured = formatToll(p.injured, 'injured');
  if (injured) root.append(el(doc, 'p', 'cm-popup__injured', injured));

  const flags: string[] = [];
  if (p.claim) flags.push('Unverified claim');
  if (p.aggregate) flags.push('Nationwide or regional total: may include events shown separately');
  if (p.geo_precision !== 'place') flags.push(`Located only to the ${p.geo_precision === 'country' ? 'country' : 'province'}`);
  for (const f of flags) root.append(el(doc, 'p', 'cm-popup__flag', f));

  const list = el(doc, 'ul', 'cm-popup__sources');
  for (const s of p.sources.slice(0, MAX_QUOTES)) {
    const item = el(doc, 'li', 'cm-popup__source');
    item.append(el(doc, 'blockquote', 'cm-popup__quote', s.quote));
    const cite = el(doc, 'p', 'cm-popup__cite');
    const outlet = s.outlet ?? s.title ?? 'Source';
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
    if (s.published) cite.append(doc.createTextNode(`, ${s.published}`));
    item.append(cite);
    list.append(item);
  }
  root.append(list);
  const more = p.sources.length - MAX_QUOTES;
  if (more > 0) root.append(el(doc, 'p', 'cm-popup__more', `and ${more} more source sentence${more === 1 ? '' : 's'}`));
  return root;
}
