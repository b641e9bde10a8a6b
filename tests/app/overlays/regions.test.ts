import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { polygonContains } from '../../../src/app/overlays/point-in-polygon.ts';
import { regionFinder, regionTotals, type Regions } from '../../../src/app/overlays/regions.ts';
import { parseRegions } from '../../../src/app/overlays/regions-load.ts';
import { NO_FILTERS } from '../../../src/app/state/filters.ts';
import { event, FIXTURE_PATH } from '../helpers.ts';

const square = (x0: number, y0: number, x1: number, y1: number): number[][] => [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]];
const REGIONS: Regions = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', geometry: { type: 'Polygon', coordinates: [square(36, 34.5, 38, 36)] }, properties: { id: 'SY.10', name: 'Hama', country: 'SY' } },
    { type: 'Feature', geometry: { type: 'Polygon', coordinates: [square(36, 32, 37, 34)] }, properties: { id: 'SY.13', name: 'Damascus', country: 'SY' } },
  ],
};
const killed = (best: number) => ({ low: best, best, high: best });
const syria = { name: 'Syria', geonameid: null, admin1: null, country: 'SY' };

describe('polygonContains', () => {
  it('finds points inside polygons and outside their holes, in any winding', () => {
    const ring = square(0, 0, 10, 10);
    const hole = square(4, 4, 6, 6);
    expect(polygonContains({ type: 'Polygon', coordinates: [ring] }, [5, 5])).toBe(true);
    expect(polygonContains({ type: 'Polygon', coordinates: [[...ring].reverse()] }, [5, 5])).toBe(true);
    expect(polygonContains({ type: 'Polygon', coordinates: [ring, hole] }, [5, 5])).toBe(false);
    expect(polygonContains({ type: 'Polygon', coordinates: [ring, hole] }, [2, 5])).toBe(true);
    expect(polygonContains({ type: 'MultiPolygon', coordinates: [[hole], [square(20, 20, 21, 21)]] }, [20.5, 20.5])).toBe(true);
    expect(polygonContains({ type: 'Polygon', coordinates: [ring] }, [11, 5])).toBe(false);
  });
});

describe('regionFinder', () => {
  it('uses the GeoNames admin-1 code first, then the point', () => {
    const find = regionFinder(REGIONS);
    expect(find(event({ id: 'a', place: { name: 'X', geonameid: 1, admin1: 'SY.13', country: 'SY' } }, [37, 35]))?.properties.id).toBe('SY.13');
    expect(find(event({ id: 'b', place: { name: 'Y', geonameid: 2, admin1: null, country: 'SY' } }, [37, 35]))?.properties.id).toBe('SY.10');
    expect(find(event({ id: 'c', place: { name: 'Z', geonameid: 3, admin1: 'SY.99', country: 'SY' } }, [36.5, 33]))?.properties.id).toBe('SY.13');
    expect(find(event({ id: 'd', place: { name: 'Sea', geonameid: 4, admin1: null, country: null } }, [30, 30]))).toBeNull();
  });
});

describe('regionTotals', () => {
  const events = [
    event({ id: 'hama', fatalities: killed(300), date_start: '2011-07-31', date_end: '2011-08-06' }),
    event({ id: 'prov', fatalities: killed(20), geo_precision: 'admin1', date_start: '2011-08-10', date_end: '2011-08-10' }),
    event({ id: 'dam', fatalities: null, place: { name: 'Damascus', geonameid: 170654, admin1: 'SY.13', country: 'SY' } }, [36.29, 33.51]),
    event({ id: 'country', fatalities: killed(1000), geo_precision: 'country', place: syria }, [38, 35]),
    event({ id: 'agg', fatalities: killed(500), aggregate: true }),
    event({ id: 'sea', fatalities: killed(3), place: { name: 'Boat', geonameid: null, admin1: null, country: null } }, [30, 30]),
  ];
  it('adds towns and province-wide reports into their province, never country-wide or aggregate totals', () => {
    const { regions, apart } = regionTotals(events, null, NO_FILTERS, REGIONS);
    const by = Object.fromEntries(regions.features.map((f) => [f.properties.id, f.properties]));
    expect(by['SY.10']).toMatchObject({ deaths: 320, reports: 2, untolled: 0, label: '320 killed in 2 reports', name: 'Hama' });
    expect(by['SY.13']).toMatchObject({ deaths: 0, reports: 1, untolled: 1, label: 'No toll given in 1 report' });
    expect(apart.map((f) => f.properties.id).sort()).toEqual(['agg', 'country', 'sea']);
  });
  it('follows the date range: brushing another week changes the totals', () => {
    const week1 = regionTotals(events, { start: '2011-08-01', end: '2011-08-07' }, NO_FILTERS, REGIONS).regions.features;
    const week2 = regionTotals(events, { start: '2011-08-08', end: '2011-08-14' }, NO_FILTERS, REGIONS).regions.features;
    expect(week1.find((f) => f.properties.id === 'SY.10')?.properties.deaths).toBe(300);
    expect(week2.find((f) => f.properties.id === 'SY.10')?.properties.deaths).toBe(20);
    expect(week2.find((f) => f.properties.id === 'SY.13')?.properties.reports).toBe(0);
  });
  it('follows the filters', () => {
    const precise = regionTotals(events, null, { ...NO_FILTERS, precise: true }, REGIONS).regions.features;
    expect(precise.find((f) => f.properties.id === 'SY.10')?.properties.deaths).toBe(300);
  });
});

describe('parseRegions', () => {
  it('keeps well-formed polygons only', () => {
    const bad = [null, { type: 'Feature', geometry: { type: 'Point', coordinates: [0, 0] }, properties: { id: 'a', name: 'b', country: 'c' } }, { geometry: REGIONS.features[0]!.geometry, properties: { id: 1 } }];
    expect(parseRegions({ features: [...REGIONS.features, ...bad] }).features).toHaveLength(2);
    expect(parseRegions('nonsense').features).toEqual([]);
  });
});

describe('scripts/build-regions.mjs', () => {
  it('writes the admin-1 areas of the countries in the events, small, with GeoNames codes', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'regions-')), 'regions.geojson');
    execFileSync(process.execPath, [resolve(import.meta.dirname, '../../../scripts/build-regions.mjs'), FIXTURE_PATH, '-o', out]);
    const text = readFileSync(out, 'utf8');
    const regions = parseRegions(JSON.parse(text));
    expect(text.length).toBeLessThan(200_000);
    expect(new Set(regions.features.map((f) => f.properties.country))).toEqual(new Set(['SY']));
    const find = regionFinder(regions);
    const hama = event({ id: 'h', place: { name: 'Hama', geonameid: 170017, admin1: null, country: 'SY' } }, [36.75783, 35.13179]);
    expect(find(hama)?.properties).toMatchObject({ id: 'SY.10', name: 'Hama' });
    expect(regions.features.find((f) => f.properties.id === 'SY.13')?.properties.name).toBe('Damascus');
  });
});
