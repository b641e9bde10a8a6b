import { cellToLatLng, getResolution, latLngToCell } from 'h3-js';
import { describe, expect, it } from 'vitest';
import { hexagonTotals, hexResolutionForZoom, hexRing } from '../../../src/app/overlays/hexagons.ts';
import { NO_FILTERS } from '../../../src/app/state/filters.ts';
import { event } from '../helpers.ts';

const HAMA: [number, number] = [36.75783, 35.13179];
const near = (dx: number): [number, number] => [HAMA[0] + dx, HAMA[1]];
const killed = (best: number | null) => (best === null ? null : { low: best, best, high: best });

const events = [
  event({ id: 'a', fatalities: killed(300), date_start: '2011-07-31', date_end: '2011-08-06' }, HAMA),
  event({ id: 'b', fatalities: killed(12), date_start: '2011-08-10', date_end: '2011-08-10' }, near(0.01)),
  event({ id: 'c', fatalities: null, date_start: '2011-08-10', date_end: '2011-08-10' }, near(0.02)),
  event({ id: 'd', fatalities: killed(40), event_type: 'Protests' }, [36.29128, 33.5102]),
  event({ id: 'country', fatalities: killed(1000), geo_precision: 'country', place: { name: 'Syria', geonameid: null, admin1: null, country: 'SY' } }, HAMA),
  event({ id: 'agg', fatalities: killed(500), aggregate: true }, HAMA),
  event({ id: 'prov', fatalities: killed(70), geo_precision: 'admin1' }, HAMA),
];

describe('hexagonTotals', () => {
  it('adds up deaths and reports of the towns in each cell', () => {
    const fc = hexagonTotals(events, null, NO_FILTERS, 4);
    const hama = fc.features.find((f) => f.properties.h3 === latLngToCell(HAMA[1], HAMA[0], 4));
    expect(hama?.properties).toMatchObject({ deaths: 312, reports: 3, untolled: 1, resolution: 4, label: '312 killed in 3 reports' });
    expect(fc.features.map((f) => f.properties.deaths).sort((a, b) => a - b)).toEqual([40, 312]);
  });
  it('never adds country-wide reports, aggregate totals or province-wide reports to a cell', () => {
    const total = hexagonTotals(events, null, NO_FILTERS, 2).features.reduce((s, f) => s + f.properties.deaths, 0);
    expect(total).toBe(352);
  });
  it('follows the date range and the filters', () => {
    const aug10 = hexagonTotals(events, { start: '2011-08-10', end: '2011-08-10' }, NO_FILTERS, 4);
    expect(aug10.features.map((f) => [f.properties.deaths, f.properties.reports])).toEqual([[12, 2]]);
    const protests = hexagonTotals(events, null, { ...NO_FILTERS, types: ['Protests'] }, 4);
    expect(protests.features.map((f) => f.properties.deaths)).toEqual([40]);
    expect(hexagonTotals(events, { start: '2012-01-01', end: '2012-01-31' }, NO_FILTERS, 4).features).toEqual([]);
  });
  it('gives each cell a closed hexagon ring around its centre', () => {
    const [f] = hexagonTotals([events[0]!], null, NO_FILTERS, 5).features;
    const ring = f!.geometry.coordinates[0]!;
    expect(ring).toHaveLength(7);
    expect(ring[0]).toEqual(ring[6]);
    const [lat, lng] = cellToLatLng(f!.properties.h3);
    expect(Math.abs(lng - HAMA[0])).toBeLessThan(0.2);
    expect(Math.abs(lat - HAMA[1])).toBeLessThan(0.2);
    expect(getResolution(f!.properties.h3)).toBe(5);
  });
  it('keeps a cell on the antimeridian in one piece', () => {
    const ring = hexRing(latLngToCell(0, 179.99, 2));
    const lons = ring.map(([x]) => x);
    expect(Math.max(...lons) - Math.min(...lons)).toBeLessThan(10);
  });
});

describe('hexResolutionForZoom', () => {
  it('gets finer as the map zooms in, one step per 1.4 zoom levels, within 0–9', () => {
    expect(hexResolutionForZoom(0)).toBe(0);
    expect(hexResolutionForZoom(3)).toBe(1);
    expect(hexResolutionForZoom(5)).toBe(3);
    expect(hexResolutionForZoom(6)).toBe(4);
    expect(hexResolutionForZoom(10)).toBe(6);
    expect(hexResolutionForZoom(22)).toBe(9);
    for (let z = 0; z < 22; z += 0.25) expect(hexResolutionForZoom(z + 0.25)).toBeGreaterThanOrEqual(hexResolutionForZoom(z));
  });
});
