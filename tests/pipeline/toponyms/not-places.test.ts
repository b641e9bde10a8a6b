// Spans the gazetteer knows that the text uses for something else: one test per rule.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Toponym } from '../../../src/shared/schema.ts';
import { loadGazetteer, type Gazetteer } from '../../../src/pipeline/gazetteer/load.ts';
import { geoparse } from '../../../src/pipeline/geoparse.ts';

let g: Gazetteer;
beforeAll(async () => {
  g = await loadGazetteer({ user: null });
});
const parse = (text: string): Toponym[] => geoparse(text, { gazetteer: g });
const names = (text: string) => parse(text).map((t) => text.slice(t.start, t.end));

describe('names used for something else than a place', () => {
  it('a name before a lower-case natural feature is not the town of that name ("the Sari river")', () =>
    expect(names('Workers in Sylhet clashed over the extraction of sand from the Sari river.')).toEqual(['Sylhet']));
  it("an area's name before a feature stays: \"the Jordan valley\"", () =>
    expect(names('Settlers marched in the Jordan valley.')).toEqual(['Jordan']));
  it('a small town\'s name before a site names the site ("the Mira market"); a city\'s stays', () => {
    expect(names('A soldier shot a civilian at the Mira market in Mogadishu.')).toEqual(['Mogadishu']);
    expect(names('A bomb went off at the Aleppo market.')).toEqual(['Aleppo']);
  });
  it('a name joined to a number by a hyphen is a gang or a model ("MS-13", not Mississippi)', () =>
    expect(names('In Tegucigalpa, MS-13 members clashed with police agents.')).toEqual(['Tegucigalpa']));
  it('a word in capitals alone in brackets is an acronym ("(NISA)")', () =>
    expect(names('A government soldier (NISA) shot a civilian in Mogadishu.')).toEqual(['Mogadishu']));
  it('a clan, a tribe or a company named after a town abroad is no place ("an Ayr clan militia")', () =>
    expect(parse('A Hawadle clan militia and an Ayr clan militia reached an agreement in Beledweyne, Somalia.').filter((t) => t.country === 'GB')).toEqual([]));
  it('a Molotov cocktail is no Perm', () =>
    expect(names('Rioters hurled a Molotov cocktail at the Financial Institute in Tripoli.')).toEqual(['Tripoli']));
});

describe('organisations named like places', () => {
  it('"Hamas", "Fano", "Toyota" are organisations, unless the text says place', () => {
    expect(names('Rockets fired by Hamas hit Ashkelon.')).toEqual(['Ashkelon']);
    expect(names('Clashes between Fano and the army spread in Amhara.').filter((n) => n === 'Fano')).toEqual([]);
    expect(names('Toyota recalled 2 million cars.')).toEqual([]);
    expect(names('A plant in Toyota closed.')).toEqual(['Toyota']);
  });
});
