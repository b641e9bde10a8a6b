// Places inside longer names and in news formatting (issue 13, part 2): one test per reading.
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

describe('places inside longer names', () => {
  it("a state inside an office's name is kept, marked embedded", () =>
    expect(find('The Texas Department of State Health Services said so.', 'Texas')).toMatchObject({ admin1: 'US.TX', embedded: true }));
  it("a county inside an office's name is kept", () =>
    expect(find("The McMinn County Sheriff's Office arrested him.", 'McMinn County')?.admin1).toBe('US.TN'));
  it('a place after a person\'s name and "of" is their home', () =>
    expect(find('James Tauber of Nelson spoke at the meeting.', 'Nelson')).toBeDefined());
  it("a party's initial and a hyphen tag a member's home", () =>
    expect(find('Rep. Jane Doe, R-Elbow Lake, voted against it.', 'Elbow Lake')?.admin1).toBe('US.MN'));
  it('a capitalised common word glued onto a name at a sentence start is no part of it', () =>
    expect(find('A Rolling Meadows resident was hurt.', 'Rolling Meadows')?.admin1).toBe('US.IL'));
  it('the name of an administrative unit ("Jos North LGA", "Abuja LGA") is a place, not an organisation', () => {
    expect(find('Gunmen killed a resident of Naraguta (Jos North LGA, Plateau).', 'Jos North')?.embedded).toBeFalsy();
    expect(find('Residents fought police in Kubwa (Abuja LGA, FCT).', 'Abuja')).toMatchObject({ country: 'NG' });
    expect(find('Residents fought police in Kubwa (Abuja LGA, FCT).', 'Abuja')?.embedded).toBeFalsy();
  });
  it('a region word before a state leaves the state found', () =>
    expect(parse('Storms hit North Texas on Monday.').some((t) => t.admin1 === 'US.TX')).toBe(true));
  it('a part of a hyphenated name the gazetteer lacks is no place, unless a country or a big city', () => {
    expect(parse('Boko Haram raided Kerawa (Mayo-Sava, Extreme-Nord).').map((t) => t.name)).toEqual(['Extreme-Nord']);
    expect(parse('Troops massed on the Syria-Turkey border.').map((t) => t.country)).toEqual(['SY', 'TR']);
  });
  it('a name opened by a word that opens Arabic place names is one name', () => {
    expect(find('Forces shelled Abu Salim (Tripoli) on Tuesday.', 'Salim')).toBeUndefined();
    expect(find('Shelling hit the countryside of Ras al Ain.', 'al Ain')).toBeUndefined();
  });
  it('a possessive inside a known name joins it', () =>
    expect(find("Refugees in Cox's Bazar protested.", "Cox's Bazar")?.country).toBe('BD'));
});

describe('news formatting', () => {
  it('state abbreviations with dots are states', () => {
    expect(find('He lives in Sioux Falls, S.D., now.', 'S.D.')?.admin1).toBe('US.SD');
    expect(find('Raleigh, N.C. Police said so.', 'N.C.')?.admin1).toBe('US.NC');
  });
  it('"Washington, D.C." is one name, the capital', () =>
    expect(find('Officials in Washington, D.C., met.', 'Washington, D.C.')).toMatchObject({ kind: 'place', admin1: 'US.DC' }));
  it("a region's short code after a locative word or a town is the region", () => {
    expect(find('Fires raged in NSW on Monday.', 'NSW')?.admin1).toBe('AU.02');
    expect(find('Rebels said so, the ELN told reporters.', 'ELN')).toBeUndefined();
  });
  it('an all-capitals dateline after the headline on the same line is a dateline', () => {
    const text = 'Storm hits coast RALEIGH, N.C. (AP) — A storm hit the coast on Monday.';
    expect(find(text, 'RALEIGH')?.admin1).toBe('US.NC');
    expect(find(text, 'N.C.')?.admin1).toBe('US.NC');
  });
});

describe('names joined by a slash', () => {
  it("a name joined by a slash to an organisation's name is part of it", () => {
    const ts = parse('Journalists protested in Karachi against the arrest of the Jang/Geo Group Editor-in-Chief.');
    expect(ts.map((t) => t.name)).toEqual(['Karachi']);
  });
  it('a nationality word before "region" or "state" is the province of that name: "(Somali region)" is Ethiopia\'s', () => {
    expect(parse('Inter-clan violence erupted in Afdere zone (Somali region), leaving 5 dead.').map((t) => [t.name, t.country, t.kind])).toEqual([['Somali', 'ET', 'admin1']]);
    expect(parse('Somali troops entered the town.')).toEqual([]);
  });
  it('lower-case "a" and "sub" join a place name\'s words: "Gracias a Dios", "Poienile de sub Munte"', () => {
    expect(parse('In Brus Laguna, Gracias a Dios, soldiers found an airstrip.').map((t) => t.name)).toEqual(['Brus Laguna', 'Gracias a Dios']);
    expect(find('Locals protested in Poienile de sub Munte of the Maramures county.', 'Poienile de sub Munte')?.country).toBe('RO');
  });
  it('a longer capitalised name before a lower-case word for an institution is its name: "the San Pedro Claver hospital"', () => {
    const text = 'In Sucre, Chuquisaca, workers of the San Pedro Claver hospital staged a demonstration.';
    expect(find(text, 'San Pedro')?.embedded).toBe(true);
    expect(find(text, 'Sucre')?.embedded).toBeUndefined();
    expect(find('Students protested in Dhaka - Gulshan city (Dhaka).', 'Dhaka')?.embedded).toBeUndefined();
  });
  it('"X camps" names the camps by the town, not the province: "Tindouf camps"', () =>
    expect(find('Refugees tried to escape from Tindouf camps in the region.', 'Tindouf')).toMatchObject({ kind: 'place', country: 'DZ' }));
});

