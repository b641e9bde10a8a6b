import { beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer, type Gazetteer } from '../../src/pipeline/gazetteer/load.ts';
import { geoparse } from '../../src/pipeline/geoparse.ts';
import { validateToponymShape } from './geoparse-shape.ts';
import { expectFixture, fixtureCases, readFixture } from '../helpers/fixtures.ts';

let g: Gazetteer;
beforeAll(async () => {
  g = await loadGazetteer();
});

describe('geoparse fixtures', () => {
  for (const c of fixtureCases('geoparse')) {
    it(c.name, () => {
      const input = JSON.parse(readFixture(c.dir, 'input.json')) as { text: string; published?: string };
      const out = geoparse(input.text, { gazetteer: g, ...(input.published ? { published: input.published } : {}) });
      for (const t of out) {
        expect(input.text.slice(t.start, t.end)).toBe(t.name);
        expect(validateToponymShape(t)).toEqual([]);
      }
      expectFixture(c.dir, out.map(({ score: _score, ...t }) => t));
    });
  }
});
