// A total and its shares ("11 killed, including five in Homs and three in Hama"), day totals, reference
// points beside a town ("Talbiseh, near Homs") and tolls shared by the towns of one province.
import { describe, expect, it } from 'vitest';
import type { Toponym } from '../../../src/shared/schema.ts';
import { extractEvents } from '../../../src/pipeline/events/extract.ts';

const PLACES: Record<string, Omit<Toponym, 'start' | 'end' | 'name'>> = {
  Homs: { lat: 34.73, lon: 36.72, geonameid: 169577, country: 'SY', admin1: 'SY.11', kind: 'place' },
  Hama: { lat: 35.13, lon: 36.76, geonameid: 170063, country: 'SY', admin1: 'SY.10', kind: 'place' },
  Deraa: { lat: 32.62, lon: 36.1, geonameid: 170905, country: 'SY', admin1: 'SY.06', kind: 'place' },
  Rastan: { lat: 34.93, lon: 36.73, geonameid: 172946, country: 'SY', admin1: 'SY.11', kind: 'place' },
  Talbiseh: { lat: 34.84, lon: 36.73, geonameid: 163779, country: 'SY', admin1: 'SY.11', kind: 'place' },
  'Kafr Nabl': { lat: 35.61, lon: 36.56, geonameid: 169999, country: 'SY', admin1: 'SY.12', kind: 'place' },
  Idlib: { lat: 35.85, lon: 36.68, geonameid: 169387, country: 'SY', admin1: 'SY.12', kind: 'admin1' },
  Washington: { lat: 38.9, lon: -77.04, geonameid: 4140963, country: 'US', admin1: 'US.DC', kind: 'place' },
  Damascus: { lat: 33.51, lon: 36.29, geonameid: 170654, country: 'SY', admin1: 'SY.13', kind: 'place' },
  Syria: { lat: 35, lon: 38.5, geonameid: 163843, country: 'SY', admin1: null, kind: 'country' },
  'Tell Kalakh': { lat: 34.67, lon: 36.26, geonameid: 163390, country: 'SY', admin1: 'SY.11', kind: 'place' },
};
const countryPoint = (cc: string) => (cc === 'SY' ? { name: 'Syria', lat: 35, lon: 38.5, geonameid: 163843, country: 'SY' } : null);
const admin1Point = (code: string) => (code === 'SY.11' ? { name: 'Homs Governorate', lat: 34.5, lon: 37.5, geonameid: 169575, country: 'SY', admin1: 'SY.11' } : null);

function run(text: string, published = '2011-08-06') {
  const toponyms: Toponym[] = [];
  for (const [name, t] of Object.entries(PLACES))
    for (const m of text.matchAll(new RegExp(`\\b${name}\\b`, 'g'))) toponyms.push({ ...t, name, start: m.index, end: m.index + name.length });
  toponyms.sort((a, b) => a.start - b.start);
  const { events } = extractEvents({ article: { id: 'a', published, text }, toponyms }, { countryPoint, admin1Point, focusCountry: 'SY' });
  return events.map((e) => ({ place: e.properties.place.name, date: e.properties.date_start, toll: e.properties.fatalities?.low ?? null }));
}
const byPlace = (rows: ReturnType<typeof run>) => Object.fromEntries(rows.map((r) => [r.place, r.toll]));

describe('a total and its shares', () => {
  it('"11 killed on Thursday, including five in Homs and three in Hama": each share on its town, the total on the country', () =>
    expect(byPlace(run('Activists said 11 people were killed on Thursday, including five in Homs and three in Hama.'))).toEqual({ Syria: 11, Homs: 5, Hama: 3 }));
  it('"five of them in Homs" is a share too', () =>
    expect(byPlace(run('Security forces killed 11 people on Thursday, five of them in Homs and three in Hama.'))).toEqual({ Syria: 11, Homs: 5, Hama: 3 }));
  it('a colon opens a list of shares', () =>
    expect(byPlace(run('At least 11 people were killed on Thursday: five in Homs, three in Hama and three in Deraa.'))).toEqual({ Syria: 11, Homs: 5, Hama: 3, Deraa: 3 }));
  it('"killed 5 in Homs and 3 in Hama on Friday": two tolls, and the day told at the end is both of theirs', () =>
    expect(run('Troops killed 5 people in Homs and 3 in Hama on Friday.')).toEqual([
      { place: 'Homs', date: '2011-08-05', toll: 5 },
      { place: 'Hama', date: '2011-08-05', toll: 3 },
    ]));
  it('"11 killed in Homs, six in Hama and five in Deraa": a list after a toll, each share with its town', () =>
    expect(byPlace(run('Activists said 11 people were killed in Homs, six in the central city of Hama and five in Deraa on Friday.'))).toEqual({ Homs: 11, Hama: 6, Deraa: 5 }));
  it('"32 killed across Syria, most of them in Homs and Hama": the towns get events, the toll stays on the country', () =>
    expect(byPlace(run('At least 32 people were killed Friday across Syria, most of them in Homs and Hama, the LCC said.'))).toEqual({ Syria: 32, Homs: null, Hama: null }));
  it('", among them seven in Homs" is a share', () =>
    expect(byPlace(run('At least 16 people were killed by security forces on Friday, among them seven in Homs, activists said.'))).toEqual({ Syria: 16, Homs: 7 }));
  it('"killed 10 in Homs on Friday and another 5 on Saturday": the second day has its own event', () =>
    expect(run('Security forces killed 10 people in Homs on Friday and another 5 on Saturday.')).toEqual([
      { place: 'Homs', date: '2011-08-05', toll: 10 },
      { place: 'Homs', date: '2011-08-06', toll: 5 },
    ]));
  it('"between 20 and 30 people in Homs" stays one range', () =>
    expect(run('Between 20 and 30 people in Homs were killed on Friday.')).toEqual([{ place: 'Homs', date: '2011-08-05', toll: 20 }]));
});

describe('totals of a day', () => {
  it('"a total of 31 killed across Syria on Friday" is that day\'s toll, not a running total', () =>
    expect(run('A total of 31 people were killed across Syria on Friday, the Observatory said.')).toEqual([{ place: 'Syria', date: '2011-08-05', toll: 31 }]));
  it('"the toll in the city had risen to 40 since the start of the month" is a running total, recorded', () => {
    const text = 'Activists said the toll in Homs had risen to 40 since the start of the month.';
    const out = extractEvents({ article: { id: 'a', published: '2011-08-11', text }, toponyms: [] }, { countryPoint, focusCountry: 'SY' });
    expect(out.events).toEqual([]);
    expect(out.cumulative_figures.map((c) => c.low)).toEqual([40]);
  });
  it('"1,400 killed since the uprising began, including 120 on Friday alone": the running total is recorded, Friday\'s share is an event', () => {
    const text = 'Activists said security forces had killed 1,400 people since the uprising began, including 120 on Friday alone.';
    const out = extractEvents({ article: { id: 'a', published: '2011-08-06', text }, toponyms: [] }, { countryPoint, focusCountry: 'SY' });
    expect(out.cumulative_figures.map((c) => c.low)).toEqual([1400]);
    expect(out.events.map((e) => [e.properties.place.name, e.properties.date_start, e.properties.fatalities?.low])).toEqual([['Syria', '2011-08-05', 120]]);
  });
  it('"a total of" with no day stays a running total', () => expect(run('A total of 2,000 people have been killed in Syria, the UN said.')).toEqual([]));
  it('"the deaths of 14 protesters" and "the bodies of 12 men were found" are tolls', () => {
    expect(byPlace(run('Activists reported the deaths of 14 protesters in Homs on Friday.'))).toEqual({ Homs: 14 });
    expect(byPlace(run('The bodies of 12 men were found in Hama on Friday.'))).toEqual({ Hama: 12 });
  });
});

describe('places beside places', () => {
  it('"the town of Talbiseh, near Homs": Homs is a reference point, and the toll is Talbiseh\'s', () =>
    expect(run('Troops stormed the town of Talbiseh, near Homs, on Sunday, killing at least three people.')).toEqual([{ place: 'Talbiseh', date: '2011-07-31', toll: 3 }]));
  it('"Rastan, a town north of Homs": the place in the description is only the setting', () =>
    expect(run('Security forces killed four protesters in Rastan, a town north of Homs, on Friday.')).toEqual([{ place: 'Rastan', date: '2011-08-05', toll: 4 }]));
  it('"Kafr Nabl, in Idlib province": one event in the town', () =>
    expect(run('Demonstrators in Kafr Nabl, in Idlib province, held banners on Friday.').map((r) => r.place)).toEqual(['Kafr Nabl']));
  it('"the towns of Rastan and Talbiseh" are the towns; their shared toll goes on their one province', () =>
    expect(run('Tanks shelled the towns of Rastan and Talbiseh on Friday, killing 7.')).toEqual([
      { place: 'Rastan', date: '2011-08-05', toll: null },
      { place: 'Talbiseh', date: '2011-08-05', toll: null },
      { place: 'Homs Governorate', date: '2011-08-05', toll: 7 },
    ]));
  it('"Rastan, Homs province": the province contains the town; one event in the town', () => {
    const text = 'Syrian forces killed 4 protesters in Rastan, Homs province, on Friday.';
    const toponyms: Toponym[] = [
      { ...PLACES.Rastan!, name: 'Rastan', start: 37, end: 43 },
      { lat: 34.5, lon: 37.5, geonameid: 169575, country: 'SY', admin1: 'SY.11', kind: 'admin1', name: 'Homs', start: 45, end: 49 },
    ];
    const { events } = extractEvents({ article: { id: 'a', published: '2011-08-06', text }, toponyms }, { countryPoint, admin1Point, focusCountry: 'SY' });
    expect(events.map((e) => [e.properties.place.name, e.properties.fatalities?.low])).toEqual([['Rastan', 4]]);
  });
  it('"a 28-year-old from Damascus was shot dead in Homs": the home town places nothing', () =>
    expect(run('A 28-year-old from Deraa was shot dead in Homs on Friday.').map((r) => r.place)).toEqual(['Homs']));
  it('a toll shared by towns of two provinces goes on the country', () =>
    expect(byPlace(run('Protesters were shot in Homs and Hama on Friday, leaving 9 dead.'))).toEqual({ Homs: null, Hama: null, Syria: 9 }));
});

describe('days told in an aside', () => {
  it('"In Hama, which has been under siege since Sunday, tanks shelled it overnight": the act is overnight', () =>
    expect(run('In Hama, which has been under siege since Sunday, residents said tanks shelled several neighborhoods overnight.')[0]?.date).toBe('2011-08-05'));
});

describe('places the gazetteer lacks', () => {
  it('"the Damascus district of Kafr Sousa", a district it lacks: the act is in Damascus, not in the last town told', () =>
    expect(run('Warplanes bombed Homs on Tuesday. A car bomb exploded in the Damascus district of Kafr Sousa on Tuesday, killing 10 people.')).toEqual([
      { place: 'Homs', date: '2011-08-02', toll: null },
      { place: 'Damascus', date: '2011-08-02', toll: 10 },
    ]));
  it('"the Damascus suburbs of Rastan and Hamouriya": a listed town it lacks is named as written, on its neighbour\'s governorate', () =>
    expect(run('Security forces shot dead protesters on Friday in the Damascus suburbs of Rastan and Hamouriya, the army said.')).toEqual([
      { place: 'Rastan', date: '2011-08-05', toll: null },
      { place: 'Hamouriya', date: '2011-08-05', toll: null },
    ]));
  it('a word after "and" that is no name of a place is left alone ("in Homs and Reuters")', () =>
    expect(run('Security forces shot dead protesters in Homs and Monday, residents said.').map((r) => r.place)).toEqual(['Homs']));
  it('"condemnation from Washington" is a government, not where the killing was', () =>
    expect(run('Syrian troops killed more than two dozen people Sunday in Hama, as the crackdown drew condemnation from Washington.').map((r) => r.place)).toEqual(['Hama']));
  it('"an ambush near the Turkish border" is not in the town told just before: the country, for want of a place', () =>
    expect(run('Tanks shelled Homs on Monday. Seven soldiers were killed in an ambush near the Turkish border, the Observatory said.').map((r) => r.place)).toEqual(['Homs', 'Syria']));
  it('"regained control of the Salaheddine district": an unknown district is kept at country level, not dropped', () =>
    expect(run('Warplanes bombed Homs on Tuesday. Government forces regained control of the Salaheddine district on Monday.').map((r) => r.place)).toEqual(['Homs', 'Syria']));
  it('"the death toll across Syria on Tuesday was 134" is a country-wide toll of that day', () =>
    expect(run('Warplanes bombed Homs on Tuesday. The death toll across Syria on Tuesday was 134, activists said.')).toContainEqual({ place: 'Syria', date: '2011-08-02', toll: 134 }));
});

describe('a part of the country told as such', () => {
  it('"in central Syria" is the one province the article names places in, when the village is unknown', () => {
    const text = 'Gunmen killed 16 people in an attack on a camp in central Syria on Friday. The camp lies near Rastan and Talbiseh, the governor said.';
    expect(run(text).map((r) => r.place)).toEqual(['Homs Governorate']);
  });
  it('a country named alone stays the country (it may be the scope of a country-wide figure)', () => {
    const text = 'At least 16 people were killed across Syria on Friday. Troops stormed Rastan and Talbiseh.';
    expect(run(text).map((r) => r.place)).toContain('Syria');
  });
  it('"in northern Syria" stays the country when the article names places in several provinces', () => {
    const text = 'Gunmen killed 16 people in an attack in northern Syria on Friday. Protests were held in Homs and Hama.';
    expect(run(text)[0]!.place).toBe('Syria');
  });
});

describe('a country-wide campaign the act is part of', () => {
  it('"in Rastan, as part of protests taking place across the country" is in Rastan', () => {
    const text = 'On Friday, residents staged a protest march in Rastan, as a part of their protests taking place across the country.';
    expect(run(text).map((r) => r.place)).toEqual(['Rastan']);
  });
  it('"protests across the country" alone is country-wide', () => {
    expect(run('On Friday, residents staged protests across the country.').map((r) => r.place)).toEqual(['Syria']);
  });
});

describe('parts of a town, a town and its province, a reference point alone', () => {
  it('"in various parts of Homs" is in Homs, not country-wide', () =>
    expect(run('On Friday, residents staged protests in various parts of Homs.').map((r) => r.place)).toEqual(['Homs']));
  it('"in Tell Kalakh, Homs": the name after a town of the province it names is the province, not a second town', () =>
    expect(run('On Friday, gunmen killed three people in Tell Kalakh, Homs.')).toEqual([{ place: 'Tell Kalakh', date: '2011-08-05', toll: 3 }]));
  it('"in areas to the east of Rastan", with no other place told, is placed at Rastan', () =>
    expect(run('On Friday, troops shelled areas to the east of Rastan.').map((r) => r.place)).toEqual(['Rastan']));
  it('"in the east of Rastan city (Homs)": the town the act was near says more than its province', () => {
    const text = 'On Friday, troops shelled areas east of Rastan city (Homs).';
    const admin: typeof PLACES = { ...PLACES, Homs: { ...PLACES.Homs!, kind: 'admin1' } };
    const toponyms: Toponym[] = [];
    for (const name of ['Rastan', 'Homs']) { const i = text.indexOf(name); toponyms.push({ ...admin[name]!, name, start: i, end: i + name.length }); }
    const { events } = extractEvents({ article: { id: 'a', published: '2011-08-06', text }, toponyms }, { countryPoint, admin1Point, focusCountry: 'SY' });
    expect(events.map((e) => e.properties.place.name)).toEqual(['Rastan']);
  });
  it('history after a superlative\'s "since" places nothing ("the bloodiest attack since the Homs massacre")', () =>
    expect(run('On Friday, gunmen killed 12 people in Syria, the bloodiest attack in the country since the siege of Homs.').map((r) => r.place)).toEqual(['Syria']));
  it('a name the gazetteer lacks before a country ("in Donbas, Syria") is no town of a province: the country it is', () =>
    expect(run('On Friday, gunmen killed three people in Donbas, Syria.').map((r) => r.place)).toEqual(['Syria']));
  it('"X, close to Y": Y says where X lies and is no place of the act', () =>
    expect(run('On Friday, gunmen attacked a hotel in Talbiseh, close to Rastan.').map((r) => r.place)).toEqual(['Talbiseh']));
  it('a reference point beside a place named in the clause does not place the act ("in Talbiseh, 5 km north of Rastan")', () =>
    expect(run('On Friday, troops shelled Talbiseh, 5 km north of Rastan.').map((r) => r.place)).toEqual(['Talbiseh']));
});
