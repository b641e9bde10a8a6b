// The pure row mappers: one ACLED or UCDP GED record → one event or one rejection.
import { describe, expect, it } from 'vitest';
import { acledRowToEvent, ACLED_COLUMNS } from '../../../src/pipeline/import/acled.ts';
import { ucdpRowToEvent } from '../../../src/pipeline/import/ucdp.ts';
import { parseDay, readDay } from '../../../src/pipeline/import/common.ts';
import { countryNameToAlpha2, numericToAlpha2 } from '../../../src/pipeline/import/countries.ts';
import type { Row } from '../../../src/pipeline/import/common.ts';

const acled = (over: Row = {}): Row => ({
  ...Object.fromEntries(ACLED_COLUMNS.map((c) => [c, ''])),
  event_id_cnty: 'SYR1',
  event_date: '2011-08-05',
  time_precision: '1',
  event_type: 'Battles',
  sub_event_type: 'Armed clash',
  actor1: 'Military Forces of Syria (2000-)',
  actor2: 'Free Syrian Army',
  iso: '760',
  country: 'Syria',
  admin1: 'Idleb',
  location: 'Idleb',
  latitude: '35.93',
  longitude: '36.63',
  geo_precision: '1',
  source: 'Reuters',
  notes: 'Clashes in Idleb.',
  fatalities: '4',
  ...over,
});

const ucdp = (over: Row = {}): Row => ({
  id: '1',
  relid: 'SYR-1',
  type_of_violence: '1',
  side_a: 'Government of Syria',
  side_b: 'Syrian insurgents',
  where_prec: '1',
  where_coordinates: 'Hama town',
  adm_1: 'Hama governorate',
  latitude: '35.13',
  longitude: '36.75',
  country: 'Syria',
  event_clarity: '1',
  date_prec: '1',
  date_start: '2011-08-05',
  date_end: '2011-08-05',
  low: '15',
  best: '18',
  high: '24',
  ...over,
});

const props = (r: ReturnType<typeof acledRowToEvent>) => {
  if ('reason' in r) throw new Error(`rejected: ${r.reason}`);
  return r.properties;
};

describe('ACLED rows', () => {
  it("ACLED's single toll becomes low = best = high", () => {
    expect(props(acledRowToEvent(acled({ fatalities: '4' }), 2)).fatalities).toEqual({ low: 4, best: 4, high: 4 });
  });
  it('an empty ACLED toll is unknown (null), not zero', () => {
    expect(props(acledRowToEvent(acled({ fatalities: '' }), 2)).fatalities).toBeNull();
  });
  it("two-digit-year ACLED dates ('9-May-20', '31-12-19') take the century from the year column", () => {
    expect(props(acledRowToEvent(acled({ event_date: '9-May-20', year: '2020' }), 2)).date_start).toBe('2020-05-09');
    expect(props(acledRowToEvent(acled({ event_date: '31-12-19', year: '2019' }), 2)).date_start).toBe('2019-12-31');
  });
  it('a date the importer cannot read is a rejection that says why', () => {
    expect(acledRowToEvent(acled({ event_date: '9-May-20', year: '' }), 4)).toEqual({
      row: 4, reason: 'unparseable event_date "9-May-20" (a two-digit year and no year column to settle the century)',
    });
  });
  it('both ACLED date forms give the same day', () => {
    const a = props(acledRowToEvent(acled({ event_date: '2011-08-05' }), 2));
    const b = props(acledRowToEvent(acled({ event_date: '05 August 2011' }), 2));
    expect([a.date_start, b.date_start]).toEqual(['2011-08-05', '2011-08-05']);
  });
  it('time_precision 1/2/3 gives a day, the week around the date, the whole month', () => {
    const d = (p: string) => props(acledRowToEvent(acled({ time_precision: p, event_date: '2011-08-15' }), 2));
    expect([d('1').date_start, d('1').date_end, d('1').date_precision]).toEqual(['2011-08-15', '2011-08-15', 'day']);
    expect([d('2').date_start, d('2').date_end, d('2').date_precision]).toEqual(['2011-08-12', '2011-08-18', 'week']);
    expect([d('3').date_start, d('3').date_end, d('3').date_precision]).toEqual(['2011-08-01', '2011-08-31', 'month']);
  });
  it('geo_precision 1 (the town) and 2 (near or part of it, coded to it) are the place; 3 (a region coded to its main town) is region-wide; none is country-wide', () => {
    const g = (p: string) => props(acledRowToEvent(acled({ geo_precision: p }), 2)).geo_precision;
    expect([g('1'), g('2'), g('3')]).toEqual(['place', 'place', 'admin1']);
  });
  it('a region-wide event (3) keeps its point on the town, is named by its province and keeps the town name', () => {
    const row = acled({ geo_precision: '3', country: 'Sudan', iso: '729', admin1: 'Al Jazirah', admin2: 'Wad Madani', location: 'Wad Madani', latitude: '14.4012', longitude: '33.5199' });
    const r = acledRowToEvent(row, 2);
    if ('reason' in r) throw new Error(r.reason);
    expect(r.geometry.coordinates).toEqual([33.5199, 14.4012]);
    expect(r.properties.place).toMatchObject({ name: 'Al Jazirah', country: 'SD' });
    expect(r.properties.admin).toEqual({ admin1: 'Al Jazirah', admin2: 'Wad Madani', admin3: null, location: 'Wad Madani' });
  });
  it('a town coded near (2) keeps its own name and its admin names', () => {
    const p = props(acledRowToEvent(acled({ geo_precision: '2', country: 'Belarus', iso: '112', admin1: 'Minsk', admin2: 'Minsk', location: 'Minsk' }), 2));
    expect([p.place.name, p.geo_precision, p.admin]).toEqual(['Minsk', 'place', { admin1: 'Minsk', admin2: 'Minsk', admin3: null }]);
  });
  it('the numeric iso column gives the country; the name is the fallback (Kosovo is iso 0)', () => {
    expect(props(acledRowToEvent(acled({ iso: '760' }), 2)).place.country).toBe('SY');
    expect(props(acledRowToEvent(acled({ iso: '0', country: 'Kosovo' }), 2)).place.country).toBe('XK');
  });
  it('notes are the quote, the row id the article, the source the outlet', () => {
    const p = props(acledRowToEvent(acled({ notes: ' Said "x", then y. ', source: 'Reuters' }), 2));
    expect(p.sources).toEqual([{ article: 'SYR1', quote: 'Said "x", then y.', start: 0, end: 17, outlet: 'Reuters' }]);
  });
  it('a multi-value source ("Mareb Press; Yemen Data Project") is one source per outlet', () => {
    const p = props(acledRowToEvent(acled({ event_id_cnty: 'YEM5', notes: 'Shelling.', source: 'Mareb Press; Yemen Data Project;' }), 2));
    expect(p.sources).toEqual([
      { article: 'YEM5', quote: 'Shelling.', start: 0, end: 9, outlet: 'Mareb Press' },
      { article: 'YEM5#2', quote: 'Shelling.', start: 0, end: 9, outlet: 'Yemen Data Project' },
    ]);
  });
  it('actors and associated actors are listed once each', () => {
    const p = props(acledRowToEvent(acled({ assoc_actor_1: 'A; B', actor2: 'A' }), 2));
    expect(p.actors).toEqual(['Military Forces of Syria (2000-)', 'A', 'B']);
  });
  it('pre-2019 ACLED event types map to the current six', () => {
    const p = props(acledRowToEvent(acled({ event_type: 'Remote violence', sub_event_type: '' }), 2));
    expect(p.event_type).toBe('Explosions/Remote violence');
  });
  it('a row without coordinates is rejected with its row number', () => {
    expect(acledRowToEvent(acled({ latitude: '', longitude: '' }), 17)).toEqual({ row: 17, reason: 'missing coordinates' });
  });
  it('an unknown event type, a bad date, a bad toll, a 0,0 point are rejected with a reason', () => {
    expect(acledRowToEvent(acled({ event_type: 'Skirmish' }), 3)).toMatchObject({ row: 3, reason: /unknown event type/ });
    expect(acledRowToEvent(acled({ event_date: '2011-02-30' }), 3)).toMatchObject({ reason: /unparseable event_date/ });
    expect(acledRowToEvent(acled({ fatalities: '-1' }), 3)).toMatchObject({ reason: /invalid fatalities/ });
    expect(acledRowToEvent(acled({ latitude: '0', longitude: '0' }), 3)).toMatchObject({ reason: /0, 0/ });
  });
  it('geonameid is null and admin names are kept apart from the schema admin1 code', () => {
    const p = props(acledRowToEvent(acled(), 2));
    expect(p.place).toEqual({ name: 'Idleb', geonameid: null, admin1: null, country: 'SY' });
    expect(p.admin).toEqual({ admin1: 'Idleb', admin2: null, admin3: null });
  });
});

describe('UCDP GED rows', () => {
  it('UCDP low/best/high are kept', () => {
    expect(props(ucdpRowToEvent(ucdp(), 2)).fatalities).toEqual({ low: 15, best: 18, high: 24 });
  });
  it('type_of_violence 1 and 2 are Battles, 3 is Violence against civilians', () => {
    const t = (v: string) => props(ucdpRowToEvent(ucdp({ type_of_violence: v }), 2)).event_type;
    expect([t('1'), t('2'), t('3')]).toEqual(['Battles', 'Battles', 'Violence against civilians']);
  });
  it('where_prec 1-2 is the place, 3-4 admin1, 5-7 the country', () => {
    const g = (v: string) => props(ucdpRowToEvent(ucdp({ where_prec: v }), 2)).geo_precision;
    expect(['1', '2', '3', '4', '5', '6', '7'].map(g)).toEqual(['place', 'place', 'admin1', 'admin1', 'country', 'country', 'country']);
  });
  it('date_prec 4 is a month; 5 over more than a month is unknown', () => {
    const d = (p: string, s: string, e: string) => props(ucdpRowToEvent(ucdp({ date_prec: p, date_start: s, date_end: e }), 2)).date_precision;
    expect(d('4', '2016-10-01', '2016-10-31')).toBe('month');
    expect(d('5', '2016-10-01', '2016-10-31')).toBe('month');
    expect(d('5', '2016-01-01', '2016-12-31')).toBe('unknown');
  });
  it('UCDP country names with former names map to ISO alpha-2', () => {
    expect(props(ucdpRowToEvent(ucdp({ country: 'Myanmar (Burma)' }), 2)).place.country).toBe('MM');
  });
  it('low above high, start after end, an unknown type are rejected', () => {
    expect(ucdpRowToEvent(ucdp({ low: '30' }), 5)).toEqual({ row: 5, reason: 'low 30 is above high 24' });
    expect(ucdpRowToEvent(ucdp({ date_start: '2011-08-09' }), 5)).toMatchObject({ reason: /after date_end/ });
    expect(ucdpRowToEvent(ucdp({ type_of_violence: '4' }), 5)).toMatchObject({ reason: /unknown event type/ });
  });
});

describe('days and countries', () => {
  it('parseDay reads ISO days, timestamps and "05 August 2011", and refuses impossible days', () => {
    expect(['2011-08-05', '2011-08-05 00:00:00.000', '5 Aug 2011', '05 August 2011', '05-August-2011'].map(parseDay)).toEqual(
      Array(5).fill('2011-08-05'),
    );
    expect(['2011-02-30', '05 Augustus 2011', '5-Aug-11', '', '31/31/2011'].map((d) => parseDay(d))).toEqual(Array(5).fill(null));
  });
  it('every date form of real ACLED exports gives the day, the century settled by the year column', () => {
    const forms = ['9-May-20', '09-May-20', '9 May 2020', '09 May 2020', '2020-05-09', '9/5/2020', '09/05/2020', '9-5-20', '09.05.2020', 'May 9, 2020', '9 May. 2020'];
    expect(forms.map((d) => readDay(d, 2020))).toEqual(Array(forms.length).fill('2020-05-09'));
    expect(readDay('31-12-19', 2019)).toBe('2019-12-31');
    expect(readDay('1-Jan-99', 1999)).toBe('1999-01-01');
    expect(readDay('12/31/2019', 2019)).toBe('2019-12-31');
  });
  it('a two-digit year without the year column, or against it, is a reason, not a guess', () => {
    expect(readDay('9-May-20', null)).toEqual({ reason: 'a two-digit year and no year column to settle the century' });
    expect(readDay('9-May-20', 2019)).toEqual({ reason: "the two-digit year 20 is not the year column's 2019" });
    expect(readDay('30-Feb-20', 2020)).toEqual({ reason: 'no such day' });
    expect(readDay('Maybe', 2020)).toEqual({ reason: 'not a date form known to the importer' });
  });
  it('dataset country names and their variants map to ISO alpha-2', () => {
    const names = {
      'Congo, DRC': 'CD', 'DR Congo (Zaire)': 'CD', 'Democratic Republic of Congo': 'CD', 'Republic of Congo': 'CG',
      'Yemen (North Yemen)': 'YE', 'Russia (Soviet Union)': 'RU', 'Myanmar (Burma)': 'MM', 'Cambodia (Kampuchea)': 'KH',
      'Zimbabwe (Rhodesia)': 'ZW', 'Serbia (Yugoslavia)': 'RS', 'Madagascar (Malagasy)': 'MG', 'Bosnia-Herzegovina': 'BA',
      'Kingdom of eSwatini (Swaziland)': 'SZ', Syria: 'SY', 'Ivory Coast': 'CI', Laos: 'LA', Nowhere: null,
    };
    expect(Object.fromEntries(Object.keys(names).map((n) => [n, countryNameToAlpha2(n)]))).toEqual(names);
  });
  it('numeric ISO codes map to alpha-2 (with or without leading zeros)', () => {
    expect(['760', '4', '004', '0', 'x', ''].map(numericToAlpha2)).toEqual(['SY', 'AF', 'AF', null, null, null]);
  });
});
