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
    expect(find('Neighbours banged pots in Mar del Plata (Buenos Aires) on Thursday.', 'Mar del Plata')).toMatchObject({ kind: 'place', country: 'AR' }));

  it('a short form of a month before a number is still a date, not a name', () =>
    expect(parse('Protests spread to Lagos on Mar 3 and to Abuja.').map((t) => t.name)).toEqual(['Lagos', 'Abuja']));

  it('by a town, a namesake of the inner name far from that town is no match: "Jalalpur, Shamli"', () => {
    const ts = parse('Two brothers died when rival farmers fought in Jalalpur, Shamli (UP).');
    const shamli = ts.find((t) => t.name === 'Shamli');
    expect(shamli?.country).toBe('IN');
    expect(ts.filter((t) => t.name === 'Jalalpur' && km(t, shamli!) > 100)).toEqual([]);
  });

  it('a run the gazetteer lacks, before "district", is one name; a known word inside it is no place by itself', () => {
    const ts = parse('A roadside bomb struck an armoured vehicle near Yakhchal, in Nahri Saraj district, Helmand.');
    expect(ts.find((t) => t.name === 'Saraj')).toBeUndefined();
    expect(ts.find((t) => t.name === 'Nahri Saraj')).toMatchObject({ country: 'AF', admin1: 'AF.10' });
  });

  it('a district spelled otherwise is looked for in the country of the province the text puts it in', () => {
    const ts = parse('Gunmen seized a driver in the Qom Qishlaq area of Dashti Qala district, Takhar, and later shot him.');
    expect(ts.find((t) => t.name === 'Dashti Qala')).toMatchObject({ country: 'AF', admin1: 'AF.26' });
  });

  it('what holds a district is a province, not the town of its name: "Obe district, Herat"', () => {
    const text = 'Insurgents shot a shopkeeper in a village of Obe district, Herat, on Tuesday.';
    expect(find(text, 'Herat')).toMatchObject({ kind: 'admin1', country: 'AF' });
    // "obe" is a word of the frequency list, and Ōbêh is the town's main name: the province's vote is enough.
    expect(find(text, 'Obe')).toMatchObject({ kind: 'place', country: 'AF', admin1: 'AF.11' });
  });

  it('a town of 100,000 abroad needs two names against it: a protest in Batumi by drivers "from Turkey"', () =>
    expect(find('Lorry drivers who carry goods from Turkey blocked a road in Batumi.', 'Batumi')?.country).toBe('GE'));

  it('a province the text calls one is never stray: "Kassala state" beside a namesake province abroad', () =>
    expect(find('Beni Amir and Nuba groups fought somewhere in Kassala state with rifles.', 'Kassala')).toMatchObject({ kind: 'admin1', country: 'SD' }));

  it('a city of millions is itself whatever the text puts it in: "Chennai city (Chennai, TN)" is not in Tennessee', () => {
    const ts = parse('Migrant workers marched through Chennai city (Chennai, TN) to ask for trains home.');
    expect(ts.filter((t) => t.country === 'US')).toEqual([]);
    expect(find('Migrant workers marched through Chennai city (Chennai, TN) to ask for trains home.', 'Chennai')?.country).toBe('IN');
  });

  it('a capital is itself whatever the text puts it in: "Panama City (Bella Vista)"', () =>
    expect(find('Residents of Panama City (Bella Vista) demanded relief payments.', 'Panama City')?.country).toBe('PA'));

  it('a quarter named before "of" or joined by a hyphen is part of the place, not an organisation ("PD11 of Herat city")', () => {
    expect(find('A policeman was shot in PD11 of Herat city on Sunday.', 'Herat')?.embedded).toBeUndefined();
    expect(find('Students marched in Dhaka - Dhanmondi (New Market) on Monday.', 'Dhaka')?.embedded).toBeUndefined();
    expect(find('He works at the Bank of England.', 'England')?.embedded).toBe(true);
  });

  it('after a locative word, "City" names the town: "in Hebron City"', () => {
    expect(find('Vendors and police fought in Hebron City on Sunday.', 'Hebron')?.embedded).toBeUndefined();
    expect(find('Fans of Manchester City celebrated.', 'Manchester')?.embedded).toBe(true);
  });

  it('a name repeated as its own container is not dropped by it: "Kayes, Kayes Commune (Kayes)"', () =>
    expect(parse('Parents rallied in Kayes, Kayes Commune (Kayes), to ask for the schools to reopen.').filter((t) => t.name === 'Kayes').length).toBeGreaterThan(0));

  it('the last name in brackets after an unknown place is a cue: "(Adan Yabaal, Middle Shabelle)" by an alternate spelling', () =>
    expect(find('Fighters gathered near Adan Yabaal town (Adan Yabaal, Middle Shabelle) at dawn.', 'Middle Shabelle')).toMatchObject({ kind: 'admin1', country: 'SO' }));

  it('"the countryside of X" is a place\'s cue: a province\'s town by an alternate spelling is found', () =>
    expect(find('Soldiers patrolled villages in the northern countryside of Al-Hasakeh.', 'Al-Hasakeh')?.country).toBe('SY'));

  it('an Arabic article between hyphens stays inside the name: "Deir-ez-Zor"', () =>
    expect(find('Gunmen fired at shoppers in a market in Deir-ez-Zor on Thursday.', 'Deir-ez-Zor')?.country).toBe('SY'));
});
