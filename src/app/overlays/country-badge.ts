// "Reported apart": the reports an aggregate overlay does not add up (country-wide ones, totals that
// overlap located events and, for the point overlays, province-wide ones), listed with their toll so
// that they are never lost and never drawn as if on the capital. Text only through textContent.
import type { EventFeature } from '../../shared/schema.ts';
import { h } from '../ui/dom.ts';
import { formatDateRange, formatPlace, formatToll, tollValue } from './format.ts';

/** The panel lists the largest tolls first, this many at most. */
export const MAX_LISTED = 12;

export function apartLine(f: EventFeature): string {
  const p = f.properties;
  const toll = formatToll(p.fatalities) ?? 'no toll given';
  const total = p.aggregate ? ', a total that overlaps the reports on the map' : '';
  return `${formatPlace(p)}: ${toll}, ${formatDateRange(p)}${total}`;
}

/** Fills (or hides, when there is nothing to list) the panel. */
export function renderCountryBadge(el: HTMLElement, apart: readonly EventFeature[], visible: boolean): void {
  el.replaceChildren();
  el.hidden = !visible || apart.length === 0;
  if (el.hidden) return;
  const countryWide = apart.some((f) => f.properties.geo_precision === 'country');
  const heading = countryWide ? 'Country-wide reports, not on the map' : 'Reports not on the map';
  const list = h('ul', {});
  const byToll = [...apart].sort((a, b) => (tollValue(b.properties.fatalities) ?? -1) - (tollValue(a.properties.fatalities) ?? -1));
  for (const f of byToll.slice(0, MAX_LISTED)) list.append(h('li', {}, apartLine(f)));
  if (apart.length > MAX_LISTED) list.append(h('li', {}, `and ${(apart.length - MAX_LISTED).toLocaleString('en-GB')} more (see the table)`));
  el.append(h('p', { class: 'cm-country-badge__title' }, heading), list);
}
