import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { apartLine, renderCountryBadge } from '../../../src/app/overlays/country-badge.ts';
import { bindOverlayControl } from '../../../src/app/overlays/overlay-control.ts';
import { isSummed, splitForOverlay, totalsText } from '../../../src/app/overlays/overlay-events.ts';
import { hexWidthKm, renderOverlayLegend } from '../../../src/app/overlays/overlay-legend.ts';
import { pickText } from '../../../src/app/overlays/overlay-pick.ts';
import { classLabel, colourForDeaths, DEATH_CLASSES, NO_DEATHS_COLOUR } from '../../../src/app/overlays/overlay-scale.ts';
import { NO_FILTERS } from '../../../src/app/state/filters.ts';
import { createStore, INITIAL_STATE } from '../../../src/app/state/store.ts';
import { event } from '../helpers.ts';

const { document } = parseHTML('<!doctype html><html><body></body></html>');
beforeAll(() => vi.stubGlobal('document', document));
afterAll(() => vi.unstubAllGlobals());

const syria = { name: 'Syria', geonameid: null, admin1: null, country: 'SY' };
const country = event({ id: 'c', geo_precision: 'country', place: syria, fatalities: { low: 18, best: 18, high: null } }, [38, 35]);
const province = event({ id: 'p', geo_precision: 'admin1', place: { name: 'Homs Governorate', geonameid: 169575, admin1: 'SY.11', country: 'SY' } });
const town = event({ id: 't', fatalities: { low: 300, best: 300, high: 300 } });
const total = event({ id: 'a', aggregate: true, fatalities: { low: 50, best: 50, high: 50 } });

describe('what an overlay adds up', () => {
  it('never adds country-wide reports or aggregate totals; provinces only into provinces', () => {
    for (const o of ['heatmap', 'hexagons', 'regions'] as const) {
      expect(isSummed(country, o)).toBe(false);
      expect(isSummed(total, o)).toBe(false);
      expect(isSummed(town, o)).toBe(true);
    }
    expect(isSummed(province, 'regions')).toBe(true);
    expect(isSummed(province, 'hexagons')).toBe(false);
    expect(isSummed(province, 'heatmap')).toBe(false);
  });
  it('keeps what it does not add in the list shown apart, for the shown dates only', () => {
    const split = splitForOverlay([country, province, town, total], null, NO_FILTERS, 'hexagons');
    expect(split.summed.map((f) => f.properties.id)).toEqual(['t']);
    expect(split.apart.map((f) => f.properties.id)).toEqual(['c', 'p', 'a']);
    expect(splitForOverlay([country], { start: '2012-01-01', end: '2012-01-02' }, NO_FILTERS, 'regions').apart).toEqual([]);
  });
  it('words totals plainly', () => {
    expect(totalsText({ deaths: 1300, reports: 2, untolled: 0 })).toBe('1,300 killed in 2 reports');
    expect(totalsText({ deaths: 0, reports: 1, untolled: 1 })).toBe('No toll given in 1 report');
    expect(totalsText({ deaths: 0, reports: 1, untolled: 0 })).toBe('0 killed in 1 report');
  });
});

describe('colour classes', () => {
  it('powers of ten, the legend labels matching the colour rule', () => {
    expect(colourForDeaths(0)).toBe(NO_DEATHS_COLOUR);
    expect(colourForDeaths(9)).toBe(DEATH_CLASSES[0]!.colour);
    expect(colourForDeaths(10)).toBe(DEATH_CLASSES[1]!.colour);
    expect(colourForDeaths(5000)).toBe(DEATH_CLASSES[3]!.colour);
    expect(DEATH_CLASSES.map((_, i) => classLabel(i))).toEqual(['1–9', '10–99', '100–999', '1,000 or more']);
  });
});

describe('country-wide panel', () => {
  it('lists country and toll as text, and hides when empty or in circles mode', () => {
    const el = document.createElement('aside');
    renderCountryBadge(el, [country], true);
    expect(el.hidden).toBe(false);
    expect(el.textContent).toContain('Syria (country-wide): at least 18 killed');
    renderCountryBadge(el, [country], false);
    expect(el.hidden).toBe(true);
    renderCountryBadge(el, [], true);
    expect(el.hidden).toBe(true);
  });
  it('lists the largest tolls first and says how many more there are', () => {
    const el = document.createElement('aside');
    const many = Array.from({ length: 20 }, (_, i) => event({ id: `c${i}`, geo_precision: 'country', place: syria, fatalities: { low: i, best: i, high: i } }));
    renderCountryBadge(el, many, true);
    const items = [...el.querySelectorAll('li')].map((li) => li.textContent ?? '');
    expect(items).toHaveLength(13);
    expect(items[0]).toContain('19 killed');
    expect(items[12]).toBe('and 8 more (see the table)');
  });
  it('never parses place names as HTML', () => {
    const el = document.createElement('aside');
    const hostile = event({ id: 'h', geo_precision: 'country', place: { ...syria, name: '<img src=x onerror=alert(1)>' } });
    renderCountryBadge(el, [hostile], true);
    expect(el.querySelector('img')).toBeNull();
    expect(apartLine(hostile)).toContain('<img src=x onerror=alert(1)> (country-wide)');
  });
});

describe('overlay legend and control', () => {
  it('shows a ramp for the heatmap, classes and the cell size for hexagons, nothing for circles', () => {
    const el = document.createElement('section');
    renderOverlayLegend(el, 'heatmap');
    expect(el.querySelector('.cm-overlay-ramp')).not.toBeNull();
    renderOverlayLegend(el, 'hexagons', { resolution: 4 });
    expect(el.textContent).toContain('about 39 km across (H3 resolution 4)');
    expect(el.querySelectorAll('.cm-overlay-swatch')).toHaveLength(5);
    renderOverlayLegend(el, 'circles');
    expect(el.hidden).toBe(true);
    expect(hexWidthKm(8)).toBeLessThan(1);
  });
  it('is a radio group that writes and follows the store', () => {
    const el = document.createElement('fieldset');
    const store = createStore(INITIAL_STATE);
    bindOverlayControl(el, store);
    const radio = (name: string): HTMLInputElement => el.querySelector(`[data-testid="overlay-${name}"]`) as HTMLInputElement;
    expect(el.querySelectorAll('input[type="radio"][name="overlay"]')).toHaveLength(4);
    expect(radio('circles').checked).toBe(true);
    radio('regions').checked = true;
    radio('regions').dispatchEvent(new (document.defaultView as unknown as typeof globalThis).Event('change'));
    expect(store.get().overlay).toBe('regions');
    store.set({ overlay: 'heatmap' });
    expect(radio('heatmap').checked).toBe(true);
    expect(radio('regions').checked).toBe(false);
  });
});

describe('a click on an area', () => {
  it('says the totals of a province or a hexagon in words, nothing for an empty one', () => {
    expect(pickText('regions', { name: 'Hama', reports: 1, label: '300 killed in 1 report' })).toBe('Hama: 300 killed in 1 report');
    expect(pickText('hexagons', { h3: 'x', reports: 2, label: 'No toll given in 2 reports' })).toBe('This hexagon: No toll given in 2 reports');
    expect(pickText('regions', { name: 'Idlib', reports: 0, label: '' })).toBe('');
    expect(pickText('regions', undefined)).toBe('');
  });
});
