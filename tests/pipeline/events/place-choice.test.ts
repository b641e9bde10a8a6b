import { describe, expect, it } from 'vitest';
import type { Toponym } from '../../../src/shared/schema.ts';
import { choosePlace, coordinatedPlaces, otherRole, unknownInside } from '../../../src/pipeline/events/place.ts';

const top = (text: string, name: string, kind: Toponym['kind'], admin1: string, from = 0): Toponym => {
  const start = text.indexOf(name, from);
  return { start, end: start + name.length, name, lat: 0, lon: 0, geonameid: start + 1, country: 'AF', admin1, kind };
};

describe('place choice', () => {
  it('a protest in a town is in the town; a protest from a government is metonymy', () => {
    const text = 'About 30 employees staged a protest in Fier on Monday.';
    expect(otherRole(text, top(text, 'Fier', 'place', 'AL.45'))).toBeNull();
    const other = 'The embassy received protests from Tirana over the visit.';
    expect(otherRole(other, top(other, 'Tirana', 'place', 'AL.50'))).toMatch(/metonymy/);
  });
  it('"in Maywand district, Kandahar": the district, not the town that names the province', () => {
    const text = '10 militants were killed by an airstrike in Maywand district, Kandahar.';
    const maywand = top(text, 'Maywand', 'admin2', 'AF.23');
    const kandahar = top(text, 'Kandahar', 'place', 'AF.23');
    const clause = { start: 0, end: text.length };
    expect(choosePlace(text, clause, [maywand, kandahar], text.indexOf('killed'))?.toponym.name).toBe('Maywand');
    expect(coordinatedPlaces(text, maywand, clause, [maywand, kandahar])).toEqual([maywand]);
  });
  it('"X of Town" is a home town after a name ("James Tauber of Nelson"), not after a place\'s head ("Bat Galim Square of Haifa")', () => {
    const a = 'Police arrested James Tauber of Nelson on Friday.';
    expect(otherRole(a, top(a, 'Nelson', 'place', 'NZ.01'))).toMatch(/home town/);
    const b = 'Protesters gathered at Bat Galim Square of Haifa on Friday.';
    expect(otherRole(b, top(b, 'Haifa', 'place', 'IL.04'))).toBeNull();
  });
  it('"people from Darfur", "foreigners—from UAE" name where people come from, not where the act was', () => {
    const a = 'People from Darfur were targeted and killed at the hospital.';
    expect(otherRole(a, top(a, 'Darfur', 'admin1', 'SD.01'))).toMatch(/come from/);
    const b = 'The dead included two foreigners—from UAE and Nepal.';
    expect(otherRole(b, top(b, 'UAE', 'country', ''))).toMatch(/come from/);
    const c = 'Gunmen from Darfur attacked the town.';
    expect(otherRole(c, top(c, 'Darfur', 'admin1', 'SD.01'))).toBeNull();
  });
  it('the place in a speaker\'s description after "said NAME," is where the speaker works, not where the act was', () => {
    const a = 'Three people were killed, said Sarasi Wijeratne, the spokesperson of the Red Cross in Colombo.';
    expect(otherRole(a, top(a, 'Colombo', 'place', 'LK.36'))).toMatch(/speaker/);
    const b = 'Activists said troops killed three people in Homs.';
    expect(otherRole(b, top(b, 'Homs', 'place', 'SY.11'))).toBeNull();
  });
  it('"the state, which borders Myanmar": a neighbour named to say where a place lies', () => {
    const a = 'The violence forced 9,000 people to flee the remote state, which borders Myanmar.';
    expect(otherRole(a, top(a, 'Myanmar', 'country', ''))).toMatch(/neighbour/);
  });
  it('a dateline with the country and the agency in brackets is a dateline', () => {
    const text = "BEIRUT (Lebanon) (AFP) – Lebanon's health ministry said Israeli strikes killed a woman in the south.";
    expect(otherRole(text, top(text, 'BEIRUT', 'place', 'LB.04'))).toBe('dateline');
  });
  it('a place name that is part of an outlet\'s name is no place of the act', () => {
    const text = 'One was killed in Silopi, state-run Anatolia news agency said.';
    expect(otherRole(text, top(text, 'Anatolia', 'admin1', 'TR.07'))).toMatch(/outlet/);
    expect(otherRole(text, top(text, 'Silopi', 'place', 'TR.80'))).toBeNull();
  });
});


describe('places that are not where the act happened', () => {
  it('the town the wounded were taken to for treatment is no place of the act', () => {
    const text = 'The military said it airlifted some of the wounded to the nearby city of Zamboanga for medical treatment.';
    expect(otherRole(text, top(text, 'Zamboanga', 'place', 'PH.66'))).toMatch(/wounded were taken/);
    const hospital = 'Seven were rushed to a hospital in Jolo.';
    expect(otherRole(hospital, top(hospital, 'Jolo', 'place', 'PH.66'))).toMatch(/wounded were taken/);
  });
  it('a patrol "carried out in" a province, or troops flown to a town, are there', () => {
    const patrol = 'Russian and Turkish forces carried out a joint patrol in Al-Hasakeh province.';
    expect(otherRole(patrol, top(patrol, 'Al-Hasakeh', 'admin1', 'SY.07'))).toBeNull();
    const troops = 'Troops were flown to Marawi on Friday.';
    expect(otherRole(troops, top(troops, 'Marawi', 'place', 'PH.56'))).toBeNull();
  });
  it("a place in an office's title is no place of the act", () => {
    const text = 'The toll is still being ascertained, Jammu and Kashmir Chief Minister Omar Abdullah said.';
    expect(otherRole(text, top(text, 'Jammu', 'place', 'IN.12'))).toMatch(/title/);
    const gov = 'Shelling continued, according to the governor of Donetsk.';
    expect(otherRole(gov, top(gov, 'Donetsk', 'place', 'UA.05'))).toMatch(/title/);
  });
});

describe('a reference point', () => {
  const ref = (text: string, name: string) => {
    const t = top(text, name, 'place', 'KE.05');
    return choosePlace(text, { start: 0, end: text.length }, [t], text.indexOf('killed'))?.toponym.name ?? null;
  };
  it('an act a few kilometres from a town is placed on the town ("10 km north of Garissa", "12 miles from")', () => {
    expect(ref('Gunmen killed 12 villagers 10 km north of Garissa.', 'Garissa')).toBe('Garissa');
    expect(ref('Gunmen killed 12 villagers 12 miles from Garissa.', 'Garissa')).toBe('Garissa');
    expect(ref('Gunmen killed 12 villagers north of Garissa.', 'Garissa')).toBe('Garissa');
  });
  it('an act far from the town it is told by is not placed there ("300 km north of Nairobi")', () =>
    expect(ref('Gunmen killed 12 villagers 300 km north of Nairobi.', 'Nairobi')).toBeNull());
});

describe('a country that acts', () => {
  it('"bombing raids by Russia" name the attacker, not the place', () => {
    const text = 'Seven civilians were wounded in bombing raids by Russia.';
    expect(otherRole(text, top(text, 'Russia', 'country', ''))).toMatch(/metonymy/);
  });
});

describe('a quarter of the town named', () => {
  it('"in Salvador, Bahia, a man was shot in Periperi neighborhood": the town, not a namesake of the quarter far away', () => {
    const text = 'In Salvador, Bahia, a man was shot to death in Periperi neighborhood by an armed man.';
    const salvador = { ...top(text, 'Salvador', 'place', 'BR.05'), lat: -12.97, lon: -38.5, country: 'BR' };
    const periperi = { ...top(text, 'Periperi', 'place', 'BR.13'), lat: -7.1, lon: -42.0, country: 'BR' };
    expect(choosePlace(text, { start: 0, end: text.length }, [salvador, periperi], text.indexOf('shot'))?.toponym.name).toBe('Salvador');
  });
  it('a quarter resolved inside the town is kept', () => {
    const text = 'In Damascus, security forces shot dead two men in Midan neighbourhood.';
    const damascus = { ...top(text, 'Damascus', 'place', 'SY.13'), lat: 33.51, lon: 36.29, country: 'SY' };
    const midan = { ...top(text, 'Midan', 'place', 'SY.13'), lat: 33.49, lon: 36.3, country: 'SY' };
    expect(choosePlace(text, { start: 0, end: text.length }, [damascus, midan], text.indexOf('shot'))?.toponym.name).toBe('Midan');
  });
  it('"in Andar (Shalgar) district, Ghazni": a district named with its other name in brackets is still the district', () => {
    const text = 'Taliban militants pounded a military base in Andar (Shalgar) district, Ghazni.';
    const andar = top(text, 'Andar', 'admin2', 'AF.08');
    const ghazni = top(text, 'Ghazni', 'place', 'AF.08');
    expect(choosePlace(text, { start: 0, end: text.length }, [andar, ghazni], text.indexOf('pounded'))?.toponym.name).toBe('Andar');
  });
  it('"in Colonia La Jauja": the word for a town\'s quarter, and the quarter\'s name, are no towns', () => {
    const text = 'Armed men attacked a guard in Colonia La Jauja.';
    expect(otherRole(text, top(text, 'Colonia', 'place', 'MX.14'))).toMatch(/quarter/);
    expect(otherRole(text, top(text, 'Jauja', 'place', 'MX.10'))).toMatch(/quarter/);
    const town = 'Protesters gathered in Colonia on Friday.';
    expect(otherRole(town, top(town, 'Colonia', 'place', 'UY.04'))).toBeNull();
  });
  it('"Daret Azza town in Aleppo countryside", "Dogubeyazit district of Agri": the place, not the one it lies in', () => {
    const a = 'HTS blocked the road to enter Daret Azza town in Aleppo countryside.';
    const daret = top(a, 'Daret Azza', 'place', 'SY.09'), aleppo = top(a, 'Aleppo', 'place', 'SY.09');
    expect(choosePlace(a, { start: 0, end: a.length }, [daret, aleppo], a.indexOf('blocked'))?.toponym.name).toBe('Daret Azza');
    const b = 'Three militants were killed in Dogubeyazit district of Agri.';
    const dogu = top(b, 'Dogubeyazit', 'place', 'TR.04'), agri = top(b, 'Agri', 'place', 'TR.04');
    expect(choosePlace(b, { start: 0, end: b.length }, [dogu, agri], b.indexOf('killed'))?.toponym.name).toBe('Dogubeyazit');
  });
  it('"the Maywand district of Kandahar province": the district, whose province is named after it', () => {
    const text = 'An airstrike killed 10 Taliban in the Maywand district of Kandahar province.';
    const maywand = top(text, 'Maywand', 'admin2', 'AF.23'), kandahar = top(text, 'Kandahar', 'place', 'AF.23');
    expect(otherRole(text, maywand)).toBeNull();
    expect(choosePlace(text, { start: 0, end: text.length }, [maywand, kandahar], text.indexOf('killed'))?.toponym.name).toBe('Maywand');
  });
  it('"the Yarmouk camp in Damascus": the camp, which lies in the city', () => {
    const text = 'Shelling killed five people in the Yarmouk camp in Damascus.';
    const yarmouk = top(text, 'Yarmouk', 'place', 'SY.13'), damascus = top(text, 'Damascus', 'place', 'SY.13');
    expect(choosePlace(text, { start: 0, end: text.length }, [yarmouk, damascus], text.indexOf('killed'))?.toponym.name).toBe('Yarmouk');
  });
  it('"the Damascus district of Kafr Sousa" names the district after its city: Kafr Sousa is the place', () => {
    const text = 'Security forces raided homes in the Damascus district of Kafr Sousa.';
    const dam = top(text, 'Damascus', 'place', 'SY.13'), kafr = top(text, 'Kafr Sousa', 'place', 'SY.13');
    expect(choosePlace(text, { start: 0, end: text.length }, [dam, kafr], text.indexOf('raided'))?.toponym.name).toBe('Kafr Sousa');
  });
  it('a name the gazetteer lacks told as lying in a known place ("a hotel in Dehiwala, Colombo") is a place of its own there', () => {
    const inside = (text: string, name: string) => { const t = top(text, name, 'place', 'LK.36'); return unknownInside(text, t, { start: 0, end: text.length }, [t]); };
    expect(inside('A seventh explosion hit a hotel in Dehiwala, Colombo.', 'Colombo')).toBe('Dehiwala');
    expect(inside('A blast hit a housing complex in the suburb of Dematagoda in Colombo.', 'Colombo')).toBe('Dematagoda');
    // a list of towns, and a building in a town, are not a town inside another
    expect(inside('Bombs hit churches in Kochchikade, Negombo and Batticaloa.', 'Negombo')).toBeNull();
    expect(inside("The attacker entered St Sebastian's in Negombo.", 'Negombo')).toBeNull();
    // a landmark of the town is in the town: the town stays the place
    expect(inside('A bomb went off in Shahr-e Naw Park, Kabul.', 'Kabul')).toBeNull();
    expect(inside('Protesters gathered at Tahrir Square, Cairo.', 'Cairo')).toBeNull();
  });
});
