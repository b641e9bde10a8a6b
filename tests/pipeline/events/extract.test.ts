import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Article, Toponym } from '../../../src/shared/schema.ts';
import { validateEvent } from '../../../src/shared/validate.ts';
import { parseTextArticle } from '../../../src/pipeline/ingest.ts';
import { extractEvents } from '../../../src/pipeline/events/extract.ts';
import { expectFixture, fixtureCases, readFixture } from '../../helpers/fixtures.ts';

const COUNTRIES: Record<string, { name: string; lat: number; lon: number; geonameid: number }> = {
  SY: { name: 'Syria', lat: 35, lon: 38.5, geonameid: 163843 },
  LB: { name: 'Lebanon', lat: 33.83, lon: 35.83, geonameid: 272103 },
};
const countryPoint = (cc: string) => (COUNTRIES[cc] ? { ...COUNTRIES[cc]!, country: cc } : null);
const admin1Point = (code: string) => (code === 'SY.06' ? { name: 'Daraa', lat: 32.9, lon: 36.2, geonameid: 170903, country: 'SY', admin1: code } : null);

function loadCase(dir: string): { article: Article; toponyms: Toponym[] } {
  const input = JSON.parse(readFixture(dir, 'input.json'));
  let article: Article = input.article;
  if (input.article.file) {
    const parsed = parseTextArticle(readFileSync(input.article.file, 'utf8'), input.article.id);
    if (typeof parsed === 'string') throw new Error(parsed);
    article = { ...parsed, ...input.article };
    delete (article as { file?: string }).file;
  }
  return { article, toponyms: input.toponyms };
}

describe('extractEvents fixtures', () => {
  for (const c of fixtureCases('events')) {
    it(`${c.name}: events match output.json`, () => {
      const out = extractEvents(loadCase(c.dir), { countryPoint, admin1Point });
      for (const e of out.events) expect(validateEvent(e).errors).toEqual([]);
      expectFixture(c.dir, out);
    });
  }
});

describe('extractEvents rules', () => {
  const seed = extractEvents(loadCase('tests/fixtures/events/seed-jpost'), { countryPoint });
  const at = (id: number | null, cc?: string) =>
    seed.events.filter((e) => (id ? e.properties.place.geonameid === id : e.properties.geo_precision === 'country' && e.properties.place.country === cc));

  it('the assault on Hama runs from Sunday 31 July to publication, with an estimated 300 killed', () => {
    const [hama] = at(170017).filter((e) => e.properties.fatalities);
    expect(hama?.properties).toMatchObject({ date_start: '2011-07-31', date_end: '2011-08-06', fatalities: { low: 300, best: 300, high: 300 } });
  });
  it('the killing of at least 18 protesters on Friday is a country-level aggregate', () => {
    const [sy] = at(null, 'SY').filter((e) => e.properties.fatalities);
    expect(sy?.properties).toMatchObject({ event_type: 'Protests', date_start: '2011-08-05', aggregate: true, fatalities: { low: 18, high: null } });
  });
  it('the order to shoot in Deraa is an undated claim with no toll', () =>
    expect(at(170905)[0]?.properties).toMatchObject({ date_start: null, date_precision: 'unknown', claim: true, fatalities: null }));
  it('the defections in the Damascus area are a strategic development, never a toll', () =>
    expect(at(170654)[0]?.properties).toMatchObject({ event_type: 'Strategic developments', sub_event_type: 'Other', fatalities: null }));
  it('officers in jails around Syria are country-level arrests', () =>
    expect(at(null, 'SY').find((e) => e.properties.sub_event_type === 'Arrests')).toBeTruthy());
  it('London, the newspaper\'s home, places no event', () => expect(at(2643743)).toEqual([]));
  it('700,000, 4,500 and 311 are never tolls', () => {
    const tolls = seed.events.flatMap((e) => [e.properties.fatalities?.low, e.properties.fatalities?.high]);
    for (const n of [700000, 4500, 311]) expect(tolls).not.toContain(n);
  });
  it('every source quote is the text its offsets slice', () => {
    const { article } = loadCase('tests/fixtures/events/seed-jpost');
    for (const e of seed.events) for (const s of e.properties.sources) expect(article.text.slice(s.start, s.end)).toBe(s.quote);
  });

  const wire = extractEvents(loadCase('tests/fixtures/events/dateline-and-metonymy'), { countryPoint });
  it('a dateline, a refugee destination, metonymy and an outlet\'s home place no event', () => {
    const places = wire.events.map((e) => e.properties.place.name);
    expect(places).toContain('Tal Kalakh');
    for (const p of ['BEIRUT', 'Lebanon', 'United States', 'Damascus', 'London']) expect(places).not.toContain(p);
  });
  it('arrests counted since mid-March are a running total, not a toll', () =>
    expect(wire.events.every((e) => e.properties.fatalities?.low !== 700)).toBe(true));

  const lists = extractEvents(loadCase('tests/fixtures/events/lists-and-nationwide'), { countryPoint, admin1Point });
  const places = (type: string) => lists.events.filter((e) => e.properties.event_type === type).map((e) => e.properties.place.name);
  it('a list of places gives one event per place, descriptors and all', () =>
    expect(places('Protests')).toEqual(expect.arrayContaining(['Irbin', 'Hamouriya', 'Deir al-Zor', 'Homs'])));
  it('"nationwide" puts a toll at country level, as an aggregate', () => {
    const agg = lists.events.find((e) => e.properties.fatalities?.low === 30);
    expect(agg?.properties).toMatchObject({ geo_precision: 'country', aggregate: true });
  });
  it('"towns around Deraa" is the Daraa governorate', () =>
    expect(lists.events.find((e) => e.properties.sub_event_type === 'Other')?.properties).toMatchObject({ geo_precision: 'admin1', place: { admin1: 'SY.06' } }));
  it("a dateline, a group's home and a reporter's location place no event", () => {
    const all = lists.events.map((e) => e.properties.place.name);
    for (const p of ['DAMASCUS', 'London', 'Beirut']) expect(all).not.toContain(p);
  });

  it('"the nation\'s capital" is the capital of the country the article is about', () => {
    const article = { id: 'cap2', published: '2019-01-18', text: 'A car bomb exploded at a police academy in the nation’s capital on Thursday, killing 21 people.' };
    const out = extractEvents({ article, toponyms: [] }, {
      countryPoint,
      focusCountry: 'CO',
      capitalPoint: (cc) => (cc === 'CO' ? { name: 'Bogotá', lat: 4.61, lon: -74.08, geonameid: 3688689, country: 'CO', admin1: 'CO.34' } : null),
    });
    expect(out.events[0]?.properties).toMatchObject({ place: { geonameid: 3688689 }, geo_precision: 'place' });
  });

  it('"the Syrian capital" is the capital of the country its adjective names', () => {
    const article = { id: 'cap', published: '2011-08-06', text: 'Some 4,500 soldiers had defected in the Syrian capital alone, he said.' };
    const out = extractEvents({ article, toponyms: [] }, {
      countryPoint,
      demonym: (w) => (w === 'Syrian' ? 'SY' : null),
      capitalPoint: (cc) => (cc === 'SY' ? { name: 'Damascus', lat: 33.5102, lon: 36.29128, geonameid: 170654, country: 'SY', admin1: 'SY.13' } : null),
    });
    expect(out.events[0]?.properties).toMatchObject({ place: { geonameid: 170654 }, geo_precision: 'place', fatalities: null });
  });
});
