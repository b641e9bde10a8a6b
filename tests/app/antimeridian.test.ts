// The land is cut at the antimeridian: no edge crosses the world, Chukotka and Fiji are still land, and the
// sea between 65° and 69°N (the Norwegian Sea) is not.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { crossesAntimeridian } from '../../src/app/map/antimeridian.ts';
import { basemapFromTopology } from '../../src/app/map/basemap.ts';

const require = createRequire(import.meta.url);
const atlas = (name: string) => JSON.parse(readFileSync(require.resolve(`world-atlas/${name}`), 'utf8'));

/** Even-odd point-in-polygon over every ring of the land: what a flat renderer fills. */
function filled(polygons: Position[][][], [x, y]: [number, number]): boolean {
  let inside = false;
  for (const p of polygons)
    for (const ring of p)
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi = 0, yi = 0] = ring[i]!;
        const [xj = 0, yj = 0] = ring[j]!;
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      }
  return inside;
}

const polygonsOf = (topology: unknown): Position[][][] =>
  basemapFromTopology(topology as never).land.features.flatMap((f) => {
    const g = f.geometry as Polygon | MultiPolygon;
    return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  });

describe('the basemap land cut at the antimeridian', () => {
  for (const file of ['countries-50m.json', 'countries-110m.json']) {
    it(`${file}: no ring has an edge across the world, and open sea is sea while land stays land`, () => {
      const raw = atlas(file);
      const polygons = polygonsOf(raw);
      const crossing = polygons.flat().filter(crossesAntimeridian);
      // Antarctica's ring runs along the south pole's edge (-90°), which is its own land.
      expect(crossing.every((r) => r.every(([, y = 0]) => y < -60))).toBe(true);
      // The Norwegian Sea, the Barents Sea, the North Atlantic and the Pacific on the equator.
      for (const sea of [[2, 67], [5, 66], [-10, 68], [40, 72], [-150, 1], [-30, 1]] as Array<[number, number]>) expect(filled(polygons, sea), `sea at ${sea}`).toBe(false);
      // Chukotka (west of 180°), Siberia, Norway, Fiji (Viti Levu) and Antarctica.
      for (const land of [[-175, 66.5], [100, 62], [10, 61], [178, -17.8], [0, -82]] as Array<[number, number]>) expect(filled(polygons, land), `land at ${land}`).toBe(true);
    });
  }
});
