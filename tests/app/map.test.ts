import type { Topology } from 'topojson-specification';
import { loadCatalogue, setLanguage, t } from '../../src/app/i18n/current.ts';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it, beforeAll } from 'vitest';
import { basemapFromTopology, labelPoint, ringCentroid } from '../../src/app/map/basemap.ts';
import { maxToll, toMapCollection, toMapFeature } from '../../src/app/map/events-source.ts';
import { EVENT_LABEL_LAYERS, eventLayerFilter, eventLayers } from '../../src/app/map/layers.ts';
import { keyTolls, NO_TOLL_RADIUS, radiusFor, sizeScale } from '../../src/app/map/size.ts';
import { buildStyle } from '../../src/app/map/style.ts';
import { eventBounds } from '../../src/app/map/view.ts';
import { validateCollection } from '../../src/shared/validate.ts';
import { event, fixture } from './helpers.ts';

// The Arabic catalogue is its own chunk in the app, loaded on first use.
beforeAll(() => loadCatalogue('ar'));

const require = createRequire(import.meta.url);
const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')) as Topology;

describe('marker size', () => {
  it('grows the area with the toll and gives no-toll events a small dot', () => {
    const k = sizeScale(300);
    expect(radiusFor(null, k)).toBe(NO_TOLL_RADIUS);
    expect(radiusFor(0, k)).toBe(NO_TOLL_RADIUS);
    const r18 = radiusFor(18, k) - radiusFor(1, k) + k;
    const r72 = radiusFor(72, k) - radiusFor(1, k) + k;
    expect(r72 / r18).toBeCloseTo(2, 5); // 4x the toll, 2x the radius, 4x the area
    expect(radiusFor(300, k)).toBeLessThanOrEqual(30 + 1e-9);
    expect(radiusFor(1, k)).toBeGreaterThan(NO_TOLL_RADIUS);
  });
  it('does not blow up small tolls when the data has no large one', () => {
    expect(sizeScale(2)).toBe(sizeScale(0));
  });
  it('picks round tolls for the key', () => {
    expect(keyTolls(300)).toEqual([10, 100]);
    expect(keyTolls(25000)).toEqual([100, 1000, 10000]);
    expect(keyTolls(5)).toEqual([5]);
    expect(keyTolls(0)).toEqual([]);
  });
});

describe('map features', () => {
  it('flattens an event to primitive properties', () => {
    const f = toMapFeature(
      event({ id: 'x', date_start: '2011-07-31', date_end: '2011-08-06', fatalities: { low: 18, best: null, high: null } }),
      3,
    );
    expect(f.id).toBe(3);
    expect(f.properties).toMatchObject({ id: 'x', ds: '2011-07-31', de: '2011-08-06', toll: 18, prec: 'place', geonameid: 170017, country: 'SY' });
    expect(toMapFeature(event({ date_start: null, fatalities: null, place: { name: 'X', geonameid: null, admin1: null, country: null } }), 0).properties).toMatchObject({ ds: '', de: '', toll: -1, geonameid: -1, country: '' });
  });
  it('draws larger tolls first', () => {
    const c = toMapCollection([
      event({ id: 'a', fatalities: null }),
      event({ id: 'b', fatalities: { low: 300, best: 300, high: 300 } }),
    ]);
    expect(c.features.map((f) => f.properties.id)).toEqual(['b', 'a']);
    expect(maxToll(validateCollection(fixture()).valid)).toBe(300);
  });
  it('labels country-wide events as such', () => {
    const f = toMapFeature(event({ geo_precision: 'country', place: { name: 'Syria', geonameid: 163843, admin1: null, country: 'SY' } }), 0);
    expect(f.properties.label).toBe('Syria (country-wide)');
  });
  it('fits the view around the events, never to a single point', () => {
    const b = eventBounds([event({}, [36, 35])]);
    expect(b).not.toBeNull();
    const [w, s, e, n] = b ?? [0, 0, 0, 0];
    expect(e - w).toBeGreaterThanOrEqual(3);
    expect(n - s).toBeGreaterThanOrEqual(3);
    expect(eventBounds([])).toBeNull();
  });
});

describe('layers and style', () => {
  it('gives the events only their names as MapLibre layers (the markers are the GPU layer), each with its kind of place and the date filter', () => {
    const f = eventLayerFilter('events-labels-area', { start: '2011-08-05', end: '2011-08-05' });
    expect(JSON.stringify(f)).toContain('"place"');
    expect(JSON.stringify(f)).toContain('2011-08-05');
    const layers = eventLayers(1);
    expect(layers.map((l) => l.id).sort()).toEqual([...EVENT_LABEL_LAYERS].sort());
    expect(layers.every((l) => l.type === 'symbol')).toBe(true);
  });
  it('builds an offline style: no glyphs URL, no tiles, a local font face', () => {
    const style = buildStyle({
      basemap: basemapFromTopology(topology),
      events: toMapCollection(validateCollection(fixture()).valid),
      fontUrl: 'http://127.0.0.1/fonts/DejaVuSans.ttf',
      scale: 1,
      range: null,
    });
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(style['font-faces']).toEqual({ 'DejaVu Sans': 'http://127.0.0.1/fonts/DejaVuSans.ttf' });
    for (const src of Object.values(style.sources)) expect(src.type).toBe('geojson');
    // The credit is the map's attribution control, from the catalogue in the interface's language (map-locale.ts).
    for (const lang of ['en', 'ar'] as const) {
      setLanguage(lang);
      expect(t('map.attribution')).toContain('GeoNames (CC BY 4.0)');
      expect(t('map.attribution')).toContain('Natural Earth');
    }
    setLanguage('en');
  });
});

describe('basemap', () => {
  it('finds the centroid of a ring whatever its winding', () => {
    const square = [[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]];
    expect(ringCentroid(square)).toEqual({ area: 4, x: 1, y: 1 });
    expect(ringCentroid([...square].reverse())).toMatchObject({ area: 4, x: 1, y: 1 });
  });
  it('labels a country at its largest polygon', () => {
    const at = labelPoint({ type: 'MultiPolygon', coordinates: [[[[0, 0], [1, 0], [1, 1], [0, 0]]], [[[10, 10], [14, 10], [14, 14], [10, 14], [10, 10]]]] });
    expect(at?.coordinates).toEqual([12, 12]);
  });
  it('turns world-atlas into land, borders and country labels', () => {
    const b = basemapFromTopology(topology);
    expect(b.land.features.length).toBeGreaterThan(0);
    expect(b.borders.geometry.type).toBe('MultiLineString');
    const syria = b.labels.features.find((f) => f.properties.name === 'Syria');
    const [x = 0, y = 0] = syria?.geometry.coordinates ?? [];
    expect(x).toBeGreaterThan(35.5);
    expect(x).toBeLessThan(42.5);
    expect(y).toBeGreaterThan(32.3);
    expect(y).toBeLessThan(37.3);
  });
});
