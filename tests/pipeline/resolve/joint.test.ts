// Joint resolution (issue 13, part 3): the document's places vote; one test per reading.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Toponym } from '../../../src/shared/schema.ts';
import { loadGazetteer, type Gazetteer } from '../../../src/pipeline/gazetteer/load.ts';
import { geoparse } from '../../../src/pipeline/geoparse.ts';

let g: Gazetteer;
beforeAll(async () => {
  g = await loadGazetteer({ user: null });
});
const parse = (text: string): Toponym[] => geoparse(text, { gazetteer: g });
const find = (text: string, name: string) => parse(text).find((t) => text.slice(t.start, t.end) === name);

describe('joint resolution', () => {
  it('a list keeps one kind: "Mexico, China, Japan" are countries', () =>
    expect(parse('Imports from Mexico, China, Japan rose.').map((t) => t.kind)).toEqual(['country', 'country', 'country']));
  it('a state that holds the document\'s places beats a namesake country', () => {
    expect(find('Storms hit Atlanta. Georgia\'s governor declared an emergency.', 'Georgia')).toMatchObject({ kind: 'admin1', country: 'US' });
    expect(find('Russian troops advanced in Georgia towards Tbilisi.', 'Georgia')).toMatchObject({ kind: 'country', country: 'GE' });
  });
  it('a name in brackets after a place contains it', () =>
    expect(find('Clashes broke out in Kut (Wasit) on Friday.', 'Kut')?.admin1).toBe('IQ.16'));
  it('"X, Y" reads Y as the area X lies in, before a town of its name', () =>
    expect(find('In Floresta, Parana, police seized drugs.', 'Parana')).toMatchObject({ kind: 'admin1', country: 'BR' }));
  it('a place the text puts in an area has no reading outside it', () => {
    const ts = parse('In El Alto, La Paz, citizens blocked roads.');
    expect(ts.find((t) => t.name === 'El Alto')).toBeUndefined();
    expect(ts.find((t) => t.name === 'La Paz')?.country).toBe('BO');
  });
  it('the last of two names in brackets is the province', () =>
    expect(find('Clashes in Carmo town (Bossaso, Bari) left two dead.', 'Bari')).toMatchObject({ kind: 'admin1', country: 'SO' }));
  it('"Congo" in a report on Kinshasa is DR Congo, and the Republic in one on Brazzaville', () => {
    expect(find('Officials in Kinshasa said rebels had taken Goma. Congo\'s army retreated.', 'Congo')?.country).toBe('CD');
    expect(find('Talks were held in Brazzaville. Congo\'s president spoke.', 'Congo')?.country).toBe('CG');
  });
  it("a namesake town abroad loses to the article's country: Palma in a report on Mozambique", () => {
    const text = 'Insurgents attacked Palma in Cabo Delgado province. Thousands fled Palma by boat to Pemba, in Mozambique.';
    expect(parse(text).filter((t) => t.country === 'ES')).toEqual([]);
  });
});
