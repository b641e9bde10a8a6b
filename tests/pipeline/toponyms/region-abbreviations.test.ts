// Provinces written as short forms, and names in the brackets of terse notes ("(Baramulla district, J&K)").
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

describe('province abbreviations in the place of a container', () => {
  it('"(Baramulla district, J&K)": J&K is Jammu and Kashmir, and the district is found inside it', () => {
    const text = 'Forces exchanged fire across the LoC at Hathlanga sector area (Baramulla district, J&K).';
    expect(find(text, 'J&K')).toMatchObject({ kind: 'admin1', admin1: 'IN.12' });
    expect(find(text, 'Baramulla')?.country).toBe('IN');
    expect(find(text, 'LoC')).toBeUndefined();
  });
  it('"Nigohan (UP)", "Peshawar, KPK", "district, GB"', () => {
    expect(find('A mob attacked the police in Nigohan (UP) over lockdown rules.', 'UP')?.admin1).toBe('IN.36');
    expect(find('In Peshawar, KPK, police said.', 'KPK')?.admin1).toBe('PK.03');
    expect(find('In Skardu district, GB, police said.', 'GB')?.admin1).toBe('PK.07');
  });
  it('elsewhere the same capitals are acronyms or agencies: "UP and MP", "WASHINGTON (AP)", "(Reuters, AFP, AP)"', () => {
    expect(parse('UP and MP said nothing. The GB team won.')).toEqual([]);
    expect(parse('WASHINGTON (AP) - The deal (Reuters, AFP, dpa, AP).').map((t) => t.name)).toEqual(['WASHINGTON']);
  });
  it('a name in brackets followed by a comma is no sentence start: "(Irumu, Ituri)"', () =>
    expect(find('Gunmen killed a policeman near Otomabere (Irumu, Ituri).', 'Ituri')).toMatchObject({ country: 'CD', kind: 'admin1' }));
  it('capitals inside a short word make an acronym ("LoC"), not "McKee"', () => {
    expect(find('Shelling across the LoC went on.', 'LoC')).toBeUndefined();
    expect(find('Police found Kimberly Hacker, 43, of McKee.', 'McKee')?.country).toBe('US');
  });
});
