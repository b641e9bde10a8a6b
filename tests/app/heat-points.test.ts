// The heatmap's points of a large set (src/app/map/heat-points.ts), made from the index's columns: the
// towns' events that are not totals, each with the properties its MapLibre filter reads as the events
// source's own features give them.
import { describe, expect, it } from 'vitest';
import { binaryIndex } from '../../src/app/map/binary-index.ts';
import { toMapFeature } from '../../src/app/map/events-source.ts';
import { buildEventIndex } from '../../src/app/map/features-index.ts';
import { heatPoints } from '../../src/app/map/heat-points.ts';
import { LOW_CONFIDENCE } from '../../src/app/state/filters.ts';
import { encodeFeatures } from '../../src/pipeline/binary/encode.ts';
import { generateDemo, type DemoGazetteer } from '../../src/pipeline/demo/generate.ts';
import type { EventFeature } from '../../src/shared/schema.ts';
import { ATTRIBUTES } from '../../src/pipeline/binary/attributes.ts';

const GAZ: DemoGazetteer = {
  country: { code: 'YE', name: 'Yemen', geonameid: 69543, lat: 15.5, lon: 47.5 },
  places: [{ name: 'Aden', geonameid: 415189, admin1: 'YE.02', lat: 12.78, lon: 45.04, population: 550_000 }],
  admin1: { 'YE.02': { name: 'Aden', geonameid: 79415, lat: 12.8, lon: 45.0 } },
};
const features = generateDemo(GAZ, { events: 600, seed: 2 }).features as EventFeature[];

describe('heatPoints', () => {
  for (const [kind, index] of [
    ['GeoJSON', buildEventIndex(features)],
    ['binary', binaryIndex(encodeFeatures(features, { attributes: ATTRIBUTES }), 'events.bin')],
  ] as const)
    it(`${kind} index: the summed events with the filter's properties`, () => {
      const want = features
        .filter((f) => f.properties.geo_precision === 'place' && !f.properties.aggregate)
        .map((f, k) => {
          const p = toMapFeature(f, k).properties;
          return { id: p.id, type: p.type, ds: p.ds, de: p.de, toll: p.toll, prec: p.prec, aggregate: p.aggregate, actors: p.actors, outlets: p.outlets, confident: p.conf >= LOW_CONFIDENCE };
        });
      const got = heatPoints(index).features.map(({ properties: { conf, ...p } }) => ({ ...p, confident: conf >= LOW_CONFIDENCE }));
      const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : 1);
      expect(want.length).toBeGreaterThan(100);
      expect(got.sort(byId)).toEqual(want.sort(byId));
    });
});
