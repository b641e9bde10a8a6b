// The legend: colour by event type (only the types in the data), marker shape by how precisely the
// place is known, and circle size by death toll.
import type { EventFeature } from '../../shared/schema.ts';
import { keyTolls, radiusFor } from '../map/size.ts';
import { t, typeLabel } from '../i18n/current.ts';
import { EVENT_TYPES, TYPE_COLOURS } from './palette.ts';
import { h } from './dom.ts';

const SVG = 'http://www.w3.org/2000/svg';

function circleIcon(r: number, kind: 'place' | 'admin1' | 'country' | 'size' | 'claim'): SVGSVGElement {
  const size = Math.ceil(2 * r + 6);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('aria-hidden', 'true');
  const c = document.createElementNS(SVG, 'circle');
  c.setAttribute('cx', String(size / 2));
  c.setAttribute('cy', String(size / 2));
  c.setAttribute('r', String(r));
  c.setAttribute('class', `cm-legend__icon cm-legend__icon--${kind}`);
  svg.append(c);
  return svg;
}

export function renderLegend(el: HTMLElement, features: readonly EventFeature[], scale: number, maxToll: number): void {
  el.replaceChildren();
  const present = new Set(features.map((f) => f.properties.event_type));
  const types = EVENT_TYPES.filter((t) => present.has(t));
  const typeList = h('ul', { class: 'cm-legend__types' });
  for (const type of types) {
    const sw = h('span', { class: 'cm-swatch' });
    sw.style.backgroundColor = TYPE_COLOURS[type];
    typeList.append(h('li', {}, sw, typeLabel(type)));
  }
  const shapes = h(
    'ul',
    { class: 'cm-legend__shapes' },
    h('li', {}, circleIcon(5, 'place'), t('legend.place')),
    h('li', {}, circleIcon(8, 'admin1'), t('legend.admin1')),
    h('li', {}, circleIcon(8, 'country'), t('legend.country')),
  );
  if (features.some((f) => f.properties.claim)) shapes.append(h('li', {}, circleIcon(5, 'claim'), t('legend.claim')));
  const sizes = h('ul', { class: 'cm-legend__sizes' });
  for (const v of keyTolls(maxToll)) sizes.append(h('li', {}, circleIcon(radiusFor(v, scale), 'size'), t('legend.killed', { n: v })));
  sizes.append(h('li', {}, circleIcon(radiusFor(null, scale), 'size'), t('legend.noToll')));
  el.append(
    h('div', { class: 'cm-legend__group' }, h('h2', { class: 'cm-legend__title' }, t('legend.types')), typeList),
    h('div', { class: 'cm-legend__group' }, h('h2', { class: 'cm-legend__title' }, t('legend.where')), shapes),
    h('div', { class: 'cm-legend__group' }, h('h2', { class: 'cm-legend__title' }, t('legend.deaths')), sizes),
  );
}
