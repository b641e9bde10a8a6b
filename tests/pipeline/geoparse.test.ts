import { beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer, type Gazetteer } from '../../src/pipeline/gazetteer/load.ts';
import { focusCountry, geoparse } from '../../src/pipeline/geoparse.ts';

let g: Gazetteer;
beforeAll(async () => {
  g = await loadGazetteer();
});
const parse = (text: string) => geoparse(text, { gazetteer: g });
const named = (text: string, name: string) => parse(text).find((t) => t.name === name);

describe('geoparse', () => {
  it('Deraa resolves to Darʿā 170905', () => {
    expect(named('Security forces opened fire on protesters in Deraa on Friday.', 'Deraa')?.geonameid).toBe(170905);
  });
  it('Hama resolves to Ḩamāh 170017', () => {
    expect(named('Tanks shelled the city of Hama, activists said.', 'Hama')?.geonameid).toBe(170017);
  });
  it('offsets are UTF-16 and slice to the name', () => {
    const text = 'Émeutes — “Dar‘ā” reste calme; in Homs, Syria, troops fired.';
    for (const t of parse(text)) expect(text.slice(t.start, t.end)).toBe(t.name);
  });
  it('returns toponyms in text order', () => {
    const ts = parse('From Aleppo to Damascus and on to Beirut, Lebanon.');
    expect(ts.map((t) => t.name)).toEqual(['Aleppo', 'Damascus', 'Beirut', 'Lebanon']);
  });
  it('countries and provinces are areas with a bbox', () => {
    const ts = parse('Fighting spread across Syria and Idlib province.');
    for (const t of ts) expect(t.bbox).toHaveLength(4);
    expect(ts.map((t) => t.kind)).toEqual(['country', 'admin1']);
  });
  it('a person\'s surname is not a toponym', () => {
    const ts = parse('President Bashar al-Assad spoke on Monday. Assad said the army would stay.');
    expect(ts.filter((t) => t.name.includes('Assad'))).toEqual([]);
  });
  it('a place name after a first name is a person, not a place', () => {
    expect(named('George Washington crossed the river.', 'Washington')).toBeUndefined();
  });
  it('Washington alone is the US capital', () => {
    expect(named('Officials in Washington said the talks would go on.', 'Washington')?.country).toBe('US');
  });
  it('names inside organisation names are embedded', () => {
    const t = named('The Bank of England raised rates.', 'England');
    expect(t?.embedded).toBe(true);
    const lcc = named('The Local Coordination Committees of Syria reported the deaths.', 'Syria');
    expect(lcc?.embedded).toBe(true);
  });
  it('demonyms, months and weekdays are not toponyms', () => {
    expect(parse('Syrian troops moved in March, a Syrian official said on Sunday.')).toEqual([]);
  });
  it('sentence-initial common words are not forced onto villages', () => {
    expect(parse('Reading the report, officials were worried. Mission accomplished, he said.')).toEqual([]);
  });
  it('"X, Y" puts X inside Y', () => {
    expect(named('He was born in Paris, Texas, in 1950.', 'Paris')?.country).toBe('US');
  });
  it('the document\'s countries steer ambiguous names', () => {
    const ts = parse('Syrian troops shelled Homs and Tripoli on Friday, near the border with Lebanon.');
    expect(ts.find((t) => t.name === 'Tripoli')?.country).toBe('LB');
  });
  it('focusCountry is the most mentioned country', () => {
    expect(focusCountry(parse('In Syria, troops entered Hama and Homs. Turkey protested.'))).toBe('SY');
  });
});
