// A plain list of the events shown, under the timeline: markers on a canvas cannot take keyboard
// focus, so this is how keyboard and screen-reader users reach each event's popup.
import type { EventFeature } from '../../shared/schema.ts';
import { formatDateRange, formatPlace, formatToll } from '../overlays/format.ts';
import { h } from './dom.ts';

/** "Hama — 31 Jul 2011 – 6 Aug 2011 — 300 killed" */
export function eventLine(f: EventFeature): string {
  const p = f.properties;
  const parts = [formatPlace(p), formatDateRange(p), formatToll(p.fatalities) ?? p.event_type];
  return parts.join(' — ');
}

/** Sorted by date (undated last), then by place. */
export function sortForList(features: readonly EventFeature[]): EventFeature[] {
  return [...features].sort((a, b) => {
    const da = a.properties.date_start ?? '9999';
    const db = b.properties.date_start ?? '9999';
    return da < db ? -1 : da > db ? 1 : a.properties.place.name.localeCompare(b.properties.place.name);
  });
}

/** The list stays short enough to read and to redraw while the brush moves. */
export const MAX_LISTED = 200;

/**
 * Fills the list inside a <details>. The items are only built while it is open, so a large data
 * set costs nothing until someone asks for the list.
 */
export function bindEventList(
  details: HTMLDetailsElement,
  summary: HTMLElement,
  list: HTMLOListElement,
  onSelect: (id: string) => void,
): (shown: readonly EventFeature[]) => void {
  let shown: readonly EventFeature[] = [];
  const fill = (): void => {
    if (!details.open) return list.replaceChildren();
    const sorted = sortForList(shown);
    const items = sorted.slice(0, MAX_LISTED).map((f) => {
      const button = h('button', { type: 'button', class: 'cm-list__item' }, eventLine(f));
      button.addEventListener('click', () => onSelect(f.properties.id));
      return h('li', {}, button);
    });
    if (sorted.length > MAX_LISTED)
      items.push(h('li', { class: 'cm-list__more' }, `…and ${sorted.length - MAX_LISTED} more: narrow the dates to see them.`));
    list.replaceChildren(...items);
  };
  details.addEventListener('toggle', fill);
  return (next: readonly EventFeature[]): void => {
    shown = next;
    summary.textContent = `List of the ${next.length} event${next.length === 1 ? '' : 's'} shown`;
    fill();
  };
}
