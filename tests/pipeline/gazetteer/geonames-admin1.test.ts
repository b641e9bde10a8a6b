import { describe, expect, it } from 'vitest';
import { mergeGeoNamesAdmin1 } from '../../../src/pipeline/gazetteer/source-admin1.ts';
import { collapsedKey } from '../../../src/pipeline/gazetteer/normalize.ts';
import type { RawEntry } from '../../../src/pipeline/gazetteer/raw.ts';

const town = (name: string, cc: string, a1: string, lat: number, lon: number): RawEntry => ({
  gid: 1, name, lat, lon, kind: 'place', cc, a1, pop: 1000, fc: 'PPL', names: [[name, true]],
});
const words = { common: new Set(['trinity']), firstNames: new Set(['Douglas']) };

describe('GeoNames admin-1 names beside Natural Earth', () => {
  const ne: RawEntry[] = [{ gid: null, name: 'Shabeellaha Dhexe', lat: 2.5, lon: 45.5, kind: 'admin1', cc: 'SO', a1: 'SO.13', pop: 0, fc: 'ADM1', names: [['Shabeellaha Dhexe', true]] }];
  const cities = [town('Bunia', 'CD', 'CD.17', 1.56, 30.25), town('Kinshasa', 'CD', 'CD.06', -4.3, 15.3), town('Jowhar', 'SO', 'SO.13', 2.78, 45.5), town('Kismayo', 'SO', 'SO.09', -0.36, 42.5),
    town('Douglas', 'IM', 'IM.1', 54.15, -4.48), town('Ramsey', 'IM', 'IM.2', 54.32, -4.38)];
  const out = mergeGeoNamesAdmin1([
    { code: 'CD.17', name: 'Ituri' }, { code: 'SO.13', name: 'Middle Shabele' }, { code: 'IM.1', name: 'Douglas' }, { code: 'CD.99', name: 'Trinity Province' },
  ], ne, cities, words);
  it('a province Natural Earth lacks (a reform\'s new one) becomes an entry over its towns, with a box of a province\'s size', () => {
    const ituri = out.find((e) => e.a1 === 'CD.17')!;
    expect(ituri).toMatchObject({ kind: 'admin1', cc: 'CD', fc: 'ADM1T', name: 'Ituri' });
    const [w, s, e, n] = ituri.bbox!;
    expect(e - w).toBeGreaterThanOrEqual(1.5);
    expect(n - s).toBeGreaterThanOrEqual(1.5);
  });
  it('a province Natural Earth has gains GeoNames\' name as another name', () => {
    expect(ne[0]!.names.map(([n]) => n)).toContain('Middle Shabele');
    expect(out.some((e) => e.a1 === 'SO.13')).toBe(false);
  });
  it('leaves out parishes of tiny territories, units without towns, common words and first names', () => {
    expect(out.map((e) => e.a1)).toEqual(['CD.17']);
  });
  it('provinces meet across doubled letters under a key of their own', () => {
    expect(collapsedKey('hiraan')).toBe(collapsedKey('hiiraan'));
    expect(collapsedKey('middle shabelle')).toBe(collapsedKey('middle shabele'));
    expect(collapsedKey('hiraan').startsWith('~')).toBe(true);
  });
});

describe('GeoNames admin-1 names in the bundled gazetteer', async () => {
  const { loadGazetteer } = await import('../../../src/pipeline/gazetteer/load.ts');
  const { geoparse } = await import('../../../src/pipeline/geoparse.ts');
  const g = await loadGazetteer({ user: null });
  it('"Soldiers attacked Irumu, Ituri.": Ituri is the DR Congo\'s province', () => {
    const t = geoparse('Soldiers attacked Irumu, Ituri.', { gazetteer: g });
    expect(t.find((x) => x.name === 'Ituri')).toMatchObject({ kind: 'admin1', country: 'CD', admin1: 'CD.17' });
  });
  it('"Hiraan" finds Hiiraan, Somalia', () => {
    expect(g.lookupName('Hiraan').map((c) => c.entry.admin1)).toContain('SO.07');
  });
});

describe('common words', async () => {
  const { commonWords } = await import('../../../src/pipeline/gazetteer/build.ts');
  it('are no main names of countries, capitals or big cities, which frequency lists count in lower case', () => {
    const e = (name: string, kind: RawEntry['kind'], pop: number, fc: string): RawEntry => ({ gid: 1, name, lat: 0, lon: 0, kind, cc: 'XX', a1: '', pop, fc, names: [[name, true]] });
    const entries = [e('India', 'country', 0, 'PCLI'), e('Boston', 'place', 617_000, 'PPLA'), e('Reading', 'place', 230_000, 'PPL'), e('Mission', 'place', 80_000, 'PPL')];
    expect(commonWords(entries, ['india', 'boston', 'reading', 'mission'])).toEqual(['reading', 'mission']);
  });
  it('keep the inflected forms of other common words and words a big name writes with other marks', () => {
    const e = (name: string, pop: number): RawEntry => ({ gid: 1, name, lat: 0, lon: 0, kind: 'place', cc: 'XX', a1: '', pop, fc: 'PPLA', names: [[name, true]] });
    const entries = [e('Reading', 318_000), e('States', 400_000), e('Ḩā\'il', 400_000), e('Boston', 617_000)];
    expect(commonWords(entries, ['read', 'reading', 'state', 'states', "hail", 'boston'])).toEqual(['read', 'reading', 'state', 'states', 'hail']);
  });
});
