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

export function renderEventList(
  summary: HTMLElement,
  list: HTMLOListElement,
  shown: readonly EventFeature[],
  onSelect: (id: string) => void,
): void {
  summary.textContent = `List of the ${shown.length} event${shown.length === 1 ? '' : 's'} shown`;
  list.replaceChildren(
    ...sortForList(shown).map((f) => {
      const button = h('button', { type: 'button', class: 'cm-list__item' }, eventLine(f));
      button.addEventListener('click', () => onSelect(f.properties.id));
      return h('li', {}, button);
    }),
  );
}
