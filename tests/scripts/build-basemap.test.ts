// The regional basemap: full 1:50m detail where the events are, simplified elsewhere, smaller overall.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain .mjs script, no type declarations
import { regionalBasemap, regionOf } from '../../scripts/build-basemap.mjs';
import { basemapCovers, detailRegion } from '../../src/app/state/load.ts';

const require = createRequire(import.meta.url);
const full = readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8');
const point = (x: number, y: number) => ({ geometry: { type: 'Point', coordinates: [x, y] } });
const vertices = (topology: unknown, name: string): number => {
  const fc = feature(topology as never, (topology as { objects: { countries: never } }).objects.countries) as unknown as { features: Array<{ properties: { name: string }; geometry: { coordinates: unknown } }> };
  return JSON.stringify(fc.features.find((f) => f.properties.name === name)?.geometry.coordinates ?? []).split('],[').length;
};

describe('regionalBasemap', () => {
  const region = regionOf([point(36.1, 32.6), point(36.75, 35.13)], 12);
  const regional = regionalBasemap(JSON.parse(full), region);
  it('widens the events\' box by the margin', () => expect(region).toEqual([24.1, 20.6, 48.75, 47.13]));
  it('has no region without events', () => expect(regionOf([{ geometry: null }], 12)).toBeNull());
  it('keeps Syria in full detail and simplifies Brazil', () => {
    const source = JSON.parse(full);
    expect(vertices(regional, 'Syria')).toBe(vertices(source, 'Syria'));
    expect(vertices(regional, 'Brazil')).toBeLessThan(vertices(source, 'Brazil') / 3);
  });
  it('is under a third of the 1:50m file', () => expect(JSON.stringify(regional).length).toBeLessThan(full.length / 3));
});

describe('basemapCovers', () => {
  const t = { type: 'Topology', objects: {}, arcs: [], detail: [24, 20, 50, 47] } as never;
  /** Events' positions as the index holds them (columns). */
  const at = (...points: Array<{ geometry: { coordinates: number[] } }>) => ({
    count: points.length,
    lon: points.map((p) => p.geometry.coordinates[0]!),
    lat: points.map((p) => p.geometry.coordinates[1]!),
  });
  it('reads the detail region', () => expect(detailRegion(t)).toEqual([24, 20, 50, 47]));
  it('covers events inside it', () => expect(basemapCovers(t, at(point(36, 33)))).toBe(true));
  it('does not cover data elsewhere, so the app loads the whole file', () => expect(basemapCovers(t, at(point(36, 33), point(-60, -10)))).toBe(false));
  it('a basemap without a region is detailed everywhere', () => expect(basemapCovers({ type: 'Topology', objects: {}, arcs: [] } as never, at(point(-60, -10)))).toBe(true));
});
