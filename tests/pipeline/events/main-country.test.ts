import { describe, expect, it } from 'vitest';
import type { Toponym } from '../../../src/shared/schema.ts';
import { mainCountry } from '../../../src/pipeline/events/where.ts';

const DEMONYMS: Record<string, string> = { Israeli: 'IL', Syrian: 'SY', Lebanese: 'LB' };
const demonym = (w: string) => DEMONYMS[w] ?? null;
const at = (text: string, name: string, country: string, kind: Toponym['kind'], from = 0): Toponym => {
  const start = text.indexOf(name, from);
  return { start, end: start + name.length, name, lat: 0, lon: 0, geonameid: start + 1, country, admin1: null, kind };
};

describe('the main country of an article', () => {
  it('a nationality whose country has no town named is a foreign side, not the story\'s country ("Israeli strikes" in Lebanon)', () => {
    const text = 'BEIRUT (Lebanon) (AFP) – Israeli strikes killed a woman in Lebanon. Israeli forces said Israeli jets hit Lebanon, and Israel said the Israeli army was ready.';
    const tops = [at(text, 'BEIRUT', 'LB', 'place'), at(text, 'Lebanon', 'LB', 'country'), at(text, 'Lebanon', 'LB', 'country', 60), at(text, 'Lebanon', 'LB', 'country', 110), at(text, 'Israel', 'IL', 'country', 118)];
    expect(mainCountry(text, tops, demonym)).toBe('LB');
  });
  it('the armed side\'s nationality weighs where its country\'s towns are the places told ("Syrian troops" in Homs)', () => {
    const text = 'Syrian troops stormed Homs. Syrian tanks shelled the city, Lebanon said.';
    const tops = [at(text, 'Homs', 'SY', 'place'), at(text, 'Lebanon', 'LB', 'country')];
    expect(mainCountry(text, tops, demonym)).toBe('SY');
  });
  it('a nationality alone still gives a country where nothing else does', () =>
    expect(mainCountry('Syrian troops killed ten people.', [], demonym)).toBe('SY'));
});
