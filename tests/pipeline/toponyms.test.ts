import { beforeAll, describe, it } from 'vitest';
import { loadGazetteer, type Gazetteer } from '../../src/pipeline/gazetteer/load.ts';
import { recognise } from '../../src/pipeline/toponyms/recognise.ts';
import { expectFixture, fixtureCases, readFixture } from '../helpers/fixtures.ts';

let g: Gazetteer;
beforeAll(async () => {
  g = await loadGazetteer();
});

describe('toponym recognition fixtures', () => {
  for (const c of fixtureCases('toponyms')) {
    it(c.name, () => {
      const { text } = JSON.parse(readFixture(c.dir, 'input.json')) as { text: string };
      const r = recognise(text, { gazetteer: g });
      expectFixture(c.dir, {
        mentions: r.mentions.map((m) => ({
          text: text.slice(m.start, m.end), start: m.start, end: m.end, candidates: m.candidates.length,
          embedded: m.embedded, weak: m.weak, hint: m.hint, prep: m.prep,
        })),
        demonyms: r.demonyms,
      });
    });
  }
});
