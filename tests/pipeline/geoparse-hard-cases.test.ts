// The hard cases of the geoparser issue, one rule per test.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Toponym } from '../../src/shared/schema.ts';
import { loadGazetteer, type Gazetteer } from '../../src/pipeline/gazetteer/load.ts';
import { geoparse } from '../../src/pipeline/geoparse.ts';
import { otherRole } from '../../src/pipeline/events/place.ts';

let g: Gazetteer;
beforeAll(async () => {
  g = await loadGazetteer();
});
const parse = (text: string): Toponym[] => geoparse(text, { gazetteer: g });
const find = (text: string, name: string): Toponym | undefined => parse(text).find((t) => text.slice(t.start, t.end) === name);

describe('geoparser hard cases', () => {
  it('Deraa, Daraa and Dar\'a are all Darʿā (170905)', () => {
    for (const name of ['Deraa', 'Daraa', "Dar'a"]) expect(find(`Troops entered ${name} in southern Syria on Monday.`, name)?.geonameid).toBe(170905);
  });
  it('"Homs province" is the governorate SY.11; "the city of Homs" is the city', () => {
    const province = find('Fighting spread across Homs province in Syria.', 'Homs');
    expect(province).toMatchObject({ kind: 'admin1', admin1: 'SY.11' });
    expect(find('Tanks shelled the city of Homs in Syria.', 'Homs')).toMatchObject({ kind: 'place', geonameid: 169577 });
  });
  it('London as a newspaper\'s base is found, resolved, and never places an event', () => {
    const text = 'The London-based Asharq Alawsat reported on the clashes in Syria.';
    const london = find(text, 'London');
    expect(london?.geonameid).toBe(2643743);
    expect(otherRole(text, london!)).not.toBeNull();
  });
  it('Washington as the US government is recognised as the US capital, and is metonymy for events', () => {
    const text = 'Washington urged Damascus to stop the violence in Syria.';
    const w = find(text, 'Washington');
    expect(w?.country).toBe('US');
    expect(otherRole(text, w!)).toMatch(/metonymy/);
  });
  it('Georgia next to Tbilisi and Russia is the country; next to Atlanta it is the US state', () => {
    expect(find('Russian troops advanced in Georgia towards Tbilisi.', 'Georgia')).toMatchObject({ country: 'GE', kind: 'country' });
    expect(find('Storms hit Atlanta, Georgia on Tuesday.', 'Georgia')).toMatchObject({ country: 'US' });
  });
  it('Tripoli with Beirut is in Lebanon; Tripoli with Benghazi is in Libya', () => {
    expect(find('Clashes in Tripoli and Beirut left five dead in Lebanon.', 'Tripoli')?.country).toBe('LB');
    expect(find('Rebels in Benghazi marched on Tripoli, the Libyan capital.', 'Tripoli')?.country).toBe('LY');
  });
  it('a place named only in a dateline is resolved but places no event', () => {
    const text = 'AMMAN (Reuters) - Syrian forces shot dead three protesters in Deraa on Friday.';
    const amman = find(text, 'AMMAN');
    expect(amman?.country).toBe('JO');
    expect(otherRole(text, amman!)).toBe('dateline');
  });
});

describe('transliterated names the gazetteer spells otherwise', () => {
  const text = 'Syrian troops shelled Homs. A bomb exploded in Deir el-Zour on Saturday. Thousands marched in the streets of Deir el-Zour.';
  it('"in Deir el-Zour" is Deir ez-Zor, in the article\'s country', () =>
    expect(find(text, 'Deir el-Zour')).toMatchObject({ country: 'SY', admin1: 'SY.07' }));
  it('the name found once is found again where nothing marks it', () =>
    expect(parse(text).filter((t) => text.slice(t.start, t.end) === 'Deir el-Zour')).toHaveLength(2));
  it('an unknown English name after "in" is not repeated as a place', () => {
    const t = 'Talks in Syria went on in the White House. White House aides said so.';
    expect(parse(t).filter((x) => t.slice(x.start, x.end) === 'White House').length).toBeLessThan(2);
  });
});

describe('a stray village abroad', () => {
  it('"tanks deployed around Arida" in a report on Syria is not Arida, Japan', () => {
    const text = 'Syrian tanks shelled Homs and Hama on Monday. In Syria, tanks deployed around Arida, near the border.';
    expect(find(text, 'Arida')).toBeUndefined();
  });
  it('a town abroad that the text gives a sign of stays', () =>
    expect(find('Syrian tanks shelled Homs. Refugees reached Antakya in Turkey.', 'Antakya')?.country).toBe('TR'));
});

describe('spellings that run words together', () => {
  it('"the Syrian border town of Tal Kalakh" is Tallkalakh, in Syria, though the dateline and most names are Lebanese', () => {
    const text = 'WADI KHALED, Lebanon: Refugees fled into northern Lebanon. Shelling in the Syrian border town of Tal Kalakh, near the border with Lebanon, was heard.';
    expect(find(text, 'Tal Kalakh')).toMatchObject({ country: 'SY', admin1: 'SY.11' });
  });
});

describe('a stray province abroad', () => {
  it('"the Zawiya Mountain area" in a report on Syria is not the Libyan district of Zawiya', () => {
    const text = 'Syrian troops shelled Homs and Idlib. Over 100 defectors were killed in the Zawiya Mountain area of Idlib.';
    expect(parse(text).find((t) => t.country === 'LY')).toBeUndefined();
  });
});
