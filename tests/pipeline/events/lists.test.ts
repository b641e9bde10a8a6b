import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../src/pipeline/gazetteer/load.ts';
import { processArticle } from '../../../src/pipeline/article-pipeline.ts';

describe('listed places', async () => {
  const gazetteer = await loadGazetteer();
  it('names the gazetteer lacks inside a list do not cut it: every known town of the list gets the act', () => {
    const text = "Clashes between rebels and the army were reported in Rajshahi, Bogura, Jhenidah, Cox's Bazar, Narsingdi and Faridpur on Tuesday.";
    const { events } = processArticle({ id: 'l', text, published: '2024-07-17' }, gazetteer, { model: null });
    const names = events.map((e) => e.properties.place.name);
    expect(names).toEqual(expect.arrayContaining(['Rajshahi', 'Narsingdi', 'Faridpur']));
  });
});
