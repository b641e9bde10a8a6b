// "Reported apart": the reports an aggregate overlay does not add up (country-wide ones, totals that
// overlap located events and, for the point overlays, province-wide ones), listed with their toll so
// that they are never lost and never drawn as if on the capital. Text only through textContent.
import type { EventFeature } from '../../shared/schema.ts';
import { h } from '../ui/dom.ts';
import { formatDateRange, formatPlace, formatToll } from './format.ts';

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
  for (const f of apart) list.append(h('li', {}, apartLine(f)));
  el.append(h('p', { class: 'cm-country-badge__title' }, heading), list);
}
