// The legend of an aggregate overlay: the heatmap's density ramp, or the death-toll classes of the
// hexagons and the regions, with a line on what is counted. (Circles keep the page's own legend.)
import type { Overlay } from '../state/overlay.ts';
import { t } from '../i18n/current.ts';
import { h } from '../ui/dom.ts';
import { classLabel, DEATH_CLASSES, HEAT_STOPS, NO_DEATHS_COLOUR } from './overlay-scale.ts';

export interface LegendInfo {
  /** H3 resolution of the hexagons drawn now. */
  resolution?: number;
  /** Why the regions cannot be drawn, when they cannot. */
  problem?: string;
}

const title = (text: string): HTMLElement => h('h2', { class: 'cm-legend__title' }, text);

function swatch(colour: string, extra = ''): HTMLElement {
  const s = h('span', { class: `cm-overlay-swatch ${extra}`.trim() });
  s.style.backgroundColor = colour;
  return s;
}

function classList(): HTMLElement {
  const list = h('ul', { class: 'cm-legend__classes' });
  list.append(h('li', {}, swatch(NO_DEATHS_COLOUR), t('overlay.none')));
  DEATH_CLASSES.forEach((c, i) => list.append(h('li', {}, swatch(c.colour), classLabel(i))));
  return list;
}

function heatRamp(): HTMLElement {
  const ramp = h('span', { class: 'cm-overlay-ramp', role: 'img', 'aria-label': t('overlay.ramp') });
  ramp.style.backgroundImage = `linear-gradient(to right, ${HEAT_STOPS.map(([at, c]) => `${c} ${at * 100}%`).join(', ')})`;
  return h('p', { class: 'cm-overlay-ramp-row' }, h('span', {}, t('overlay.fewer')), ramp, h('span', {}, t('overlay.more')));
}

/** Approximate width of an H3 cell at a resolution, in km (flat-to-flat ≈ 2 × edge × cos 30°). */
export function hexWidthKm(resolution: number): number {
  const EDGE_KM = [1107.7, 418.7, 158.2, 59.8, 22.6, 8.5, 3.2, 1.2, 0.46, 0.17]; // H3's average edge lengths
  const km = (EDGE_KM[resolution] ?? 1) * Math.sqrt(3);
  return km >= 10 ? Math.round(km) : Math.round(km * 10) / 10;
}

export function renderOverlayLegend(el: HTMLElement, overlay: Overlay, info: LegendInfo = {}): void {
  el.replaceChildren();
  el.hidden = overlay === 'circles';
  el.dataset.overlay = overlay;
  if (overlay === 'heatmap') {
    el.append(
      h('div', { class: 'cm-legend__group' }, title(t('overlay.heatTitle')), heatRamp()),
      h('p', { class: 'cm-overlay-note' }, t('overlay.heatNote')),
    );
  } else if (overlay === 'hexagons') {
    const size = info.resolution === undefined ? '' : t('overlay.hexSize', { km: hexWidthKm(info.resolution), res: info.resolution });
    el.append(
      h('div', { class: 'cm-legend__group' }, title(t('overlay.hexTitle')), classList()),
      h('p', { class: 'cm-overlay-note' }, t('overlay.hexNote', { size })),
    );
  } else if (overlay === 'regions') {
    el.append(
      h('div', { class: 'cm-legend__group' }, title(t('overlay.regionTitle')), classList()),
      h('p', { class: 'cm-overlay-note' }, info.problem ?? t('overlay.regionNote')),
    );
  }
}
