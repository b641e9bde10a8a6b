// Places the text puts in a district or a province (issue 13): terse notes name a village, its district and its
// province; the district's whole name is one name, and what the text puts it in decides its reading.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Toponym } from '../../../src/shared/schema.ts';
import { loadGazetteer, type Gazetteer } from '../../../src/pipeline/gazetteer/load.ts';
import { geoparse } from '../../../src/pipeline/geoparse.ts';
import { km } from '../../../src/pipeline/resolve/geo.ts';

let g: Gazetteer;
beforeAll(async () => {
  g = await loadGazetteer({ user: null });
});
const parse = (text: string): Toponym[] => geoparse(text, { gazetteer: g });
const find = (text: string, name: string) => parse(text).find((t) => text.slice(t.start, t.end) === name);

describe('districts and the areas around them', () => {
  it('a short form of a month that a name goes on after is part of the name: "Mar del Plata"', () =>
    expect(find('On 30 April 2020, in Mar del Plata (Buenos Aires), residents protested.', 'Mar del Plata')).toMatchObject({ kind: 'place', country: 'AR' }));

  it('a short form of a month before a number is still a date, not a name', () =>
    expect(parse('Protests spread to Lagos on Mar 3 and to Abuja.').map((t) => t.name)).toEqual(['Lagos', 'Abuja']));

  it('by a town, a namesake of the inner name far from that town is no match: "Jalalpur, Shamli"', () => {
    const ts = parse('On 9 May 2020, two farmers were killed in a clash in Jalalpur, Shamli (UP) over a land dispute.');
    const shamli = ts.find((t) => t.name === 'Shamli');
    expect(shamli?.country).toBe('IN');
    expect(ts.filter((t) => t.name === 'Jalalpur' && km(t, shamli!) > 100)).toEqual([]);
  });

  it('a run the gazetteer lacks, before "district", is one name; a known word inside it is no place by itself', () => {
    const ts = parse('A tank was hit by an IED in the Yakhchal area of Nahri Saraj district, Helmand.');
    expect(ts.find((t) => t.name === 'Saraj')).toBeUndefined();
    expect(ts.find((t) => t.name === 'Nahri Saraj')).toMatchObject({ country: 'AF', admin1: 'AF.10' });
  });

  it('a district spelled otherwise is looked for in the country of the province the text puts it in', () => {
    const ts = parse('A cook was killed when he left the base in the Qom Qishlaq area of Dashti Qala district, Takhar.');
    expect(ts.find((t) => t.name === 'Dashti Qala')).toMatchObject({ country: 'AF', admin1: 'AF.26' });
  });

  it('what holds a district is a province, not the town of its name: "Obe district, Herat"', () => {
    const text = 'On 4 March 2020, a civilian was killed by militants in the Mosaferan village of Obe district, Herat.';
    expect(find(text, 'Herat')).toMatchObject({ kind: 'admin1', country: 'AF' });
    // "obe" is a word of the frequency list, and Ōbêh is the town's main name: the province's vote is enough.
    expect(find(text, 'Obe')).toMatchObject({ kind: 'place', country: 'AF', admin1: 'AF.11' });
  });
});
