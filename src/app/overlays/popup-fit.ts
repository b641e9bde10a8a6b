// Keeps a selected event and its popup in view: after the popup opens (and after any flight the map is on),
// the map pans just enough for the popup and its marker to lie whole inside the map, a margin from its edges
// and clear of the zoom buttons.
// On a phone the popup is a sheet along the map's bottom (page-css/phone.css): there the point must lie
// above the sheet. Pure arithmetic in `fitOffset`; `fitPopup` measures and pans.
import type { LngLatLike, Map as MapLibreMap, Popup } from 'maplibre-gl';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * The pan (map.panBy's [x, y], in pixels) that brings `box` inside `area`; a box larger than the area is
 * aligned to its top or left edge, so the start of the popup (its summary) is what shows.
 */
export function fitOffset(box: Box, area: Box): [number, number] {
  const axis = (lo: number, hi: number, aLo: number, aHi: number): number => {
    if (hi - lo > aHi - aLo || lo < aLo) return lo - aLo;
    if (hi > aHi) return hi - aHi;
    return 0;
  };
  return [axis(box.left, box.right, area.left, area.right), axis(box.top, box.bottom, area.top, area.bottom)];
}

const union = (a: Box, b: Box): Box => ({
  left: Math.min(a.left, b.left),
  top: Math.min(a.top, b.top),
  right: Math.max(a.right, b.right),
  bottom: Math.max(a.bottom, b.bottom),
});

/** The pan that shows the popup whole and its point, as the page is laid out now. */
export function popupOffset(map: MapLibreMap, popup: Popup, at: LngLatLike, margin = 10): [number, number] {
  const el = popup.getElement();
  const frame = map.getContainer().getBoundingClientRect();
  const rect = el.getBoundingClientRect();
  const p = map.project(at);
  const r = 36; // the largest marker around the point (map/size.ts)
  const point: Box = { left: frame.left + p.x - r, top: frame.top + p.y - r, right: frame.left + p.x + r, bottom: frame.top + p.y + r };
  // A sheet is laid out by CSS, not placed at the point by MapLibre (which sets a transform).
  const sheet = getComputedStyle(el).transform === 'none';
  // The zoom buttons in the top right corner would hide the popup's close button.
  const controls = map.getContainer().querySelector('.maplibregl-ctrl-top-right')?.getBoundingClientRect();
  const area: Box = {
    left: frame.left + margin,
    top: frame.top + margin,
    right: (controls && controls.width > 0 ? controls.left : frame.right) - margin,
    bottom: (sheet ? rect.top : frame.bottom) - margin,
  };
  return fitOffset(sheet ? point : union(point, rect), area);
}

const reducedMotion = (): boolean => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Pans until the popup is whole in view (at most three moves: MapLibre may turn the popup to another side of
 * its point once it has moved), waiting first for a flight under way to end. `done` runs when it is in view
 * or gives up; `stillOpen` false stops it (the popup was closed meanwhile).
 */
export function fitPopup(map: MapLibreMap, popup: Popup, at: LngLatLike, stillOpen: () => boolean, done: () => void): void {
  let tries = 3;
  const step = (): void => {
    if (!stillOpen()) return;
    if (map.isMoving()) return void map.once('moveend', () => requestAnimationFrame(step));
    const [dx, dy] = popupOffset(map, popup, at);
    if ((Math.abs(dx) < 1 && Math.abs(dy) < 1) || tries-- <= 0) return done();
    map.once('moveend', () => requestAnimationFrame(step));
    map.panBy([dx, dy], { duration: reducedMotion() ? 0 : 250 });
  };
  requestAnimationFrame(step);
}
