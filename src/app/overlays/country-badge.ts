// "Reported apart": the reports an aggregate overlay does not add up (country-wide ones, totals that
// overlap located events and, for the point overlays, province-wide ones), listed with their toll so
// that they are never lost and never drawn as if on the capital. Text only through textContent.
import type { EventFeature } from '../../shared/schema.ts';
import { t } from '../i18n/current.ts';
import { h } from '../ui/dom.ts';
import { formatDateRange, formatPlace, formatToll, tollValue } from './format.ts';

/** The panel lists the largest tolls first, this many at most. */
export const MAX_LISTED = 12;

export function apartLine(f: EventFeature): string {
  const p = f.properties;
  const toll = formatToll(p.fatalities) ?? t('badge.noToll');
  return t('badge.line', { place: formatPlace(p), toll, when: formatDateRange(p), total: p.aggregate ? t('badge.total') : '' });
}

/** Fills (or hides, when there is nothing to list) the panel. */
export function renderCountryBadge(el: HTMLElement, apart: readonly EventFeature[], visible: boolean): void {
  el.replaceChildren();
  el.hidden = !visible || apart.length === 0;
  if (el.hidden) return;
  const countryWide = apart.some((f) => f.properties.geo_precision === 'country');
  const heading = t(countryWide ? 'badge.countryWide' : 'badge.apart');
  const list = h('ul', {});
  const byToll = [...apart].sort((a, b) => (tollValue(b.properties.fatalities) ?? -1) - (tollValue(a.properties.fatalities) ?? -1));
  for (const f of byToll.slice(0, MAX_LISTED)) list.append(h('li', {}, apartLine(f)));
  if (apart.length > MAX_LISTED) list.append(h('li', {}, t('badge.more', { n: apart.length - MAX_LISTED })));
  el.append(h('p', { class: 'cm-country-badge__title' }, heading), list);
}
