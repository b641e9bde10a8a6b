import { beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer, type Gazetteer } from '../../../src/pipeline/gazetteer/load.ts';
import { normName, stripArticle } from '../../../src/pipeline/gazetteer/normalize.ts';
import { boxOfSpans } from '../../../src/pipeline/gazetteer/bbox.ts';

let g: Gazetteer;
beforeAll(async () => {
  g = await loadGazetteer();
});

describe('name normalisation', () => {
  it('folds diacritics, ayn marks and apostrophes to one key', () => {
    expect(normName('Dar‘ā')).toBe('dara');
    expect(normName("Dar'a")).toBe('dara');
    expect(normName('Ḩamāh')).toBe('hamah');
  });
  it('turns hyphens and dots into spaces and drops an Arabic article on request', () => {
    expect(normName('al-Qusayr')).toBe('al qusayr');
    expect(stripArticle(normName('al-Qusayr'))).toBe('qusayr');
    expect(normName('U.S.')).toBe('u s');
  });
});

describe('boxes', () => {
  it('crosses the antimeridian when that is tighter', () => {
    expect(boxOfSpans([[-179, -130, 50, 70], [172, 180, 50, 55], [-125, -67, 25, 49]])).toEqual([172, 25, -67, 70]);
  });
});

describe('gazetteer', () => {
  it('finds Darʿā 170905 under Deraa, Dar\'a and Daraa', () => {
    for (const n of ['Deraa', "Dar'a", 'Daraa']) {
      expect(g.lookupName(n).map((c) => c.entry.geonameid)).toContain(170905);
    }
  });
  it('finds Ḩamāh 170017 under Hama and Hamah', () => {
    for (const n of ['Hama', 'Hamah']) expect(g.lookupName(n).map((c) => c.entry.geonameid)).toContain(170017);
  });
  it('looks entries up by GeoNames id', () => {
    expect(g.byId(170905)?.country).toBe('SY');
  });
  it('has countries with boxes and usual English alternates', () => {
    expect(g.country('SY')?.bbox).toHaveLength(4);
    for (const n of ['U.S.', 'Britain', 'the Netherlands', 'Türkiye']) {
      expect(g.lookupName(n).some((c) => c.entry.kind === 'country')).toBe(true);
    }
  });
  it('has Natural Earth admin-1 areas by GeoNames code, with alternate names', () => {
    const hama = g.admin1('SY.10');
    expect(hama?.country).toBe('SY');
    expect(hama?.geonameid).toBe(170015);
    expect(g.lookupName('Rif Dimashq').some((c) => c.entry.kind === 'admin1')).toBe(true);
  });
  it('keeps demonyms apart from toponyms', () => {
    expect(g.demonym('Syrian')).toBe('SY');
    expect(g.demonym('Syrians')).toBe('SY');
    expect(g.lookupName('Syrian').some((c) => c.entry.kind === 'country')).toBe(false);
  });
  it('has regions and seas as areas', () => {
    const me = g.lookupName('Middle East')[0]?.entry;
    expect(me?.kind).toBe('region');
    expect(me?.bbox).toHaveLength(4);
    expect(g.lookupName('Mediterranean')[0]?.entry.kind).toBe('sea');
  });
});
