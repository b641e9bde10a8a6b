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
  it('"Town, State": the state holding the town is the area, not a town it is another name of ("Cabedelo, Paraiba")', () => {
    expect(find('On 4 May 2020, in Cabedelo, Paraiba, a man was killed.', 'Paraiba')).toMatchObject({ kind: 'admin1', country: 'BR' });
    expect(find('On 8 May 2020, in Joao Pessoa, Paraiba, a thief was beaten.', 'Paraiba')).toMatchObject({ kind: 'admin1', country: 'BR' });
  });
  it('"Zacatecas, Zacatecas": the town, then the state of its name; "Rafah (Rafah, North Sinai)" stays one town', () => {
    expect(parse('On 3 May 2020, in Zacatecas, Zacatecas, gunmen killed two men.').map((t) => t.kind)).toEqual(['place', 'admin1']);
    const rafah = parse('A sniper shot a soldier at a checkpoint in Rafah (Rafah, North Sinai).').filter((t) => t.name === 'Rafah');
    expect(rafah.map((t) => t.country)).toEqual(['EG', 'EG']);
  });
  it('a chain climbs when the first name has a reading inside the next one\'s area, whatever its first reading: "Talas, Kayseri"', () => {
    expect(find('Residents of Basakpinar neighborhood of Talas, Kayseri held a demonstration.', 'Kayseri')).toMatchObject({ kind: 'admin1', country: 'TR' });
    const ts = parse('Unknown people assaulted supporters in Mulanje (Mulanje, Southern).').filter((t) => t.name === 'Mulanje');
    expect(ts.map((t) => t.kind)).toEqual(['place', 'admin1']);
  });
  it('a list is no "Town, Area": "at Edinburgh, Aberdeen airports" keeps both towns', () =>
    expect(parse('Airlines at Edinburgh, Aberdeen airports employ its staff.').map((t) => t.kind)).toEqual(['place', 'place']));
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
  it('a city of the province\'s own country put in the wrong province is still that city: "Mariupol, Zaporizhia"', () => {
    expect(find('On 1 May 2020, medics protested in Mariupol, Zaporizhia, demanding pay.', 'Mariupol')).toMatchObject({ country: 'UA', kind: 'place' });
    expect(find('Militants lobbed a grenade in Nowhatta town (Srinagar district, J&K).', 'Nowhatta')?.country).toBe('IN');
  });
  it('a city of millions abroad known only by another of its names is stray: "Cano" (Kano) in a note on Arauca', () => {
    const text = 'In Saravena, Arauca department, the oil field Cano Limon-Covenas was attacked six times.';
    expect(parse(text).filter((t) => t.country !== 'CO')).toEqual([]);
    expect(find('Protesters in Nairobi marched. Separately, a bomb hit Kano.', 'Kano')?.country).toBe('NG');
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
  it('a small place the text puts by a place of another country is not that namesake: "Savar city (Dhaka)"', () => {
    const ts = parse('Students staged a protest on campus in Savar city (Dhaka), demanding justice.');
    expect(ts.filter((t) => t.country && t.country !== 'BD')).toEqual([]);
  });
  it('the province in brackets contains the place when the town between is unknown, for every use of the name', () => {
    const ts = parse('Police clashed in Carmo town (Bossaso, Bari), after officers from the Carmo training academy set up a checkpoint.');
    expect(ts.filter((t) => t.country === 'BR')).toEqual([]);
    expect(ts.find((t) => t.name === 'Bari')).toMatchObject({ country: 'SO', kind: 'admin1' });
  });
  it('a continent before a comma is in no container: "In Asia, Canada remains…"', () =>
    expect(find('Consumers will be in Asia. In Asia, Canada remains unknown.', 'Asia')).toBeDefined());
  it('in a terse note one province is evidence enough against a village abroad far from it ("Korin in Idleb province")', () => {
    expect(parse('A demonstration took place in the village of Korin in Idleb province.').filter((t) => t.country !== 'SY')).toEqual([]);
    expect(parse('Gunmen killed a civilian in Ara in As-Sweida as he worked his field.').filter((t) => t.country !== 'SY')).toEqual([]);
  });
  it('a city abroad stays: "Protesters in Nairobi … a bomb hit Mansura"', () =>
    expect(find('Protesters in Nairobi marched. Separately, a bomb hit Mansura.', 'Mansura')?.country).toBe('EG'));
  it('a state by its main name beats a village of that name elsewhere in the country: "a man in Florida" beside New York towns', () => {
    const text = 'Ticket sales rose in Albany, Yonkers and Goshen, New York. An unnamed man in Florida won the jackpot in January.';
    expect(find(text, 'Florida')).toMatchObject({ kind: 'admin1', country: 'US' });
  });
  it('a dateline still names the town: "WASHINGTON (AP) —" is the capital, not the state', () =>
    expect(find('WASHINGTON (AP) — Senators met on Tuesday to discuss the budget.', 'WASHINGTON')).toMatchObject({ kind: 'place', country: 'US' }));
  it('"the Mexico border" is the country\'s border, not a border town', () =>
    expect(find('The governor said troops from Oregon would not go to the Mexico border.', 'Mexico')).toMatchObject({ kind: 'country', country: 'MX' }));
  it('a part of a place lies in it: "the Kosovo area of Naivasha" is no country', () => {
    const ts = parse('A farmer is attacked and killed over land in the Kosovo area of Naivasha.');
    expect(ts.filter((t) => t.country !== 'KE')).toEqual([]);
  });
  it('a part of an unresolved district lies in the province holding it: "the Qom Qishlaq area of Dashti Qala district, Takhar"', () => {
    const ts = parse('A cook was kidnapped and killed in the Qom Qishlaq area of Dashti Qala district, Takhar.');
    expect(ts.filter((t) => t.country !== 'AF')).toEqual([]);
  });
  it('a part the gazetteer lacks is placed at the town holding it: "the Crown Heights neighborhood of Brooklyn"', () => {
    const text = 'A man was shot in the Crown Heights neighborhood of Brooklyn on Wednesday.';
    expect(find(text, 'Crown Heights')).toMatchObject({ lat: find(text, 'Brooklyn')!.lat, lon: find(text, 'Brooklyn')!.lon });
  });
  it('a name put in an area takes its reading inside it for every use: "El Callao, Bolivar state … in El Callao"', () => {
    const ts = parse('In El Callao, Bolivar state, a miner was killed. He had denounced armed groups in El Callao.');
    expect(ts.filter((t) => t.name === 'El Callao').map((t) => t.country)).toEqual(['VE', 'VE']);
  });
  it('a state abroad the document gives no sign of is the city of millions of its name: New York in a report on London', () => {
    const text = 'London is starting to look like New York once did, police in England said. London recorded fewer murders than New York in Britain.';
    expect(parse(text).filter((t) => t.name === 'New York').map((t) => t.kind)).toEqual(['place', 'place']);
  });
  it('a national adjective across another name says nothing of a name the gazetteer lacks: "an American … Church at Navaaly town"', () => {
    const ts = parse('Unknown persons vandalised gravestones of an American Ceylon Mission Church at Navaaly town (Valikamam, Jaffna district).');
    expect(ts.filter((t) => t.country === 'US')).toEqual([]);
  });
});
