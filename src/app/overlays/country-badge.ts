// "Reported apart": the reports an aggregate overlay does not add up (country-wide ones, totals that
// overlap located events and, for the point overlays, province-wide ones), listed with their toll so
// that they are never lost and never drawn as if on the capital. Text only through textContent.
import type { EventFeature } from '../../shared/schema.ts';
import { t } from '../i18n/current.ts';
import { h } from '../ui/dom.ts';
import { formatDateRange, formatPlace, formatToll, tollValue } from './format.ts';
import type { ApartList } from './overlay-rows.ts';

/** The panel lists the largest tolls first, this many at most. */
export const MAX_LISTED = 12;

export function apartLine(f: EventFeature): string {
  const p = f.properties;
  const toll = formatToll(p.fatalities) ?? t('badge.noToll');
  return t('badge.line', { place: formatPlace(p), toll, when: formatDateRange(p), total: p.aggregate ? t('badge.total') : '' });
}

/** The panel's list of some events (all of them at hand): the largest tolls first. */
export function apartOf(apart: readonly EventFeature[]): ApartList {
  const byToll = [...apart].sort((a, b) => (tollValue(b.properties.fatalities) ?? -1) - (tollValue(a.properties.fatalities) ?? -1));
  return { listed: byToll.slice(0, MAX_LISTED), count: apart.length, countryWide: apart.some((f) => f.properties.geo_precision === 'country') };
}

/** Fills (or hides, when there is nothing to list) the panel: given the events, or the list of an index's rows (./overlay-rows.ts). */
export function renderCountryBadge(el: HTMLElement, apart: readonly EventFeature[] | ApartList, visible: boolean): void {
  const list = Array.isArray(apart) ? apartOf(apart) : (apart as ApartList);
  el.replaceChildren();
  el.hidden = !visible || list.count === 0;
  if (el.hidden) return;
  const heading = t(list.countryWide ? 'badge.countryWide' : 'badge.apart');
  const ul = h('ul', {});
  for (const f of list.listed.slice(0, MAX_LISTED)) ul.append(h('li', {}, apartLine(f)));
  if (list.count > MAX_LISTED) ul.append(h('li', {}, t('badge.more', { n: list.count - MAX_LISTED })));
  el.append(h('p', { class: 'cm-country-badge__title' }, heading), ul);
}
