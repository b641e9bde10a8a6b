import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  CSV_COLUMNS,
  csvRow,
  eventDate,
  neutraliseFormula,
  timePrecisionCode,
  toCsv,
} from '../../src/app/ui/export-csv.ts';
import { event } from './helpers.ts';

const payloads: string[] = JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/hostile/payloads.json'), 'utf8'));
const parse = (csv: string): string[][] => Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;

describe('neutraliseFormula', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("x")\nsecond line'])('puts an apostrophe before %j', (cell) => {
    expect(neutraliseFormula(cell)).toBe(`'${cell}`);
  });
  it('leaves ordinary text alone', () => {
    expect(neutraliseFormula('Hama')).toBe('Hama');
    expect(neutraliseFormula(' =not first')).toBe(' =not first');
    expect(neutraliseFormula('')).toBe('');
  });
});

describe('ACLED codes', () => {
  it('time_precision: 1 a day, 2 a week or a few days, 3 a month or longer, blank undated', () => {
    expect(timePrecisionCode({ date_start: '2011-08-05', date_end: '2011-08-05', date_precision: 'day' })).toBe(1);
    expect(timePrecisionCode({ date_start: '2011-07-31', date_end: '2011-08-06', date_precision: 'week' })).toBe(2);
    expect(timePrecisionCode({ date_start: '2011-08-01', date_end: '2011-08-03', date_precision: 'day' })).toBe(2);
    expect(timePrecisionCode({ date_start: '2011-08-01', date_end: '2011-08-31', date_precision: 'month' })).toBe(3);
    expect(timePrecisionCode({ date_start: '2011-08-01', date_end: '2011-08-20', date_precision: 'day' })).toBe(3);
    expect(timePrecisionCode({ date_start: null, date_end: '2011-08-06', date_precision: 'unknown' })).toBe('');
  });
  it('event_date is the day, or the middle of a span', () => {
    expect(eventDate({ date_start: '2011-08-05', date_end: null })).toBe('2011-08-05');
    expect(eventDate({ date_start: '2011-07-31', date_end: '2011-08-06' })).toBe('2011-08-03');
    expect(eventDate({ date_start: null, date_end: '2011-08-06' })).toBe('');
  });
  it('actor2 is the side acted on when the text names victims', () => {
    expect(csvRow(event({ actors: ['Syrian army', 'tanks'], victims: ['civilians'] })).actor2).toBe('civilians');
    expect(csvRow(event({ actors: ['Syrian army', 'defectors'] })).actor2).toBe('defectors');
  });
  it('a row carries the ACLED columns and the toll range', () => {
    const row = csvRow(
      event({
        id: 'x1',
        event_type: 'Protests',
        sub_event_type: 'Excessive force against protesters',
        fatalities: { low: 18, best: 20, high: 24 },
        actors: ['Military Forces of Syria', 'Protesters (Syria)'],
        geo_precision: 'admin1',
        summary: 'Protesters killed in Hama',
        sources: [
          { article: 'a', quote: 'q1', start: 0, end: 2, outlet: 'Reuters', url: 'https://example.org/a' },
          { article: 'b', quote: 'q2', start: 0, end: 2, outlet: 'Reuters', url: 'javascript:alert(1)' },
        ],
      }),
    );
    expect(row).toMatchObject({
      event_id_cnty: 'x1', event_date: '2011-08-05', year: 2011, time_precision: 1, disorder_type: 'Demonstrations',
      event_type: 'Protests', actor1: 'Military Forces of Syria', actor2: 'Protesters (Syria)', country: 'Syria',
      admin1: 'Hama', location: 'Hama', latitude: 35.13179, longitude: 36.75783, geo_precision: 2, source: 'Reuters',
      notes: 'Protesters killed in Hama', fatalities: 20, fatalities_low: 18, fatalities_high: 24,
      source_urls: 'https://example.org/a', source_quotes: 'q1 | q2',
    });
  });
  it('an open-ended toll leaves fatalities_high blank; no toll is 0 as in ACLED', () => {
    expect(csvRow(event({ fatalities: { low: 18, best: null, high: null } }))).toMatchObject({ fatalities: 18, fatalities_low: 18, fatalities_high: '' });
    expect(csvRow(event({ fatalities: null }))).toMatchObject({ fatalities: 0, fatalities_low: '', fatalities_high: '' });
  });
});

describe('toCsv', () => {
  it('writes the header and one line per event', () => {
    const rows = parse(toCsv([event({ id: 'a' }), event({ id: 'b', date_start: null, date_end: null, date_precision: 'unknown' })]));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['a', 'b']);
    expect(parse(toCsv([]))).toEqual([[...CSV_COLUMNS]]);
  });
  it('keeps negative coordinates as numbers (no apostrophe)', () => {
    const rows = parse(toCsv([event({}, [-74.5, -33.2])]));
    const col = (name: string) => rows[1]![CSV_COLUMNS.indexOf(name as never)];
    expect([col('latitude'), col('longitude')]).toEqual(['-33.2', '-74.5']);
  });
  it('hostile payloads come through as literal text, and formula cells are neutralised', () => {
    const features = payloads.map((p, i) =>
      event({
        id: `h${i}`,
        place: { name: p, geonameid: null, admin1: null, country: 'SY' },
        actors: [p],
        summary: p,
        sources: [{ article: 'a', quote: p, start: 0, end: p.length, outlet: p }],
      }),
    );
    const rows = parse(toCsv(features));
    expect(rows).toHaveLength(payloads.length + 1);
    const at = (name: string) => CSV_COLUMNS.indexOf(name as never);
    payloads.forEach((p, i) => {
      const row = rows[i + 1]!;
      const expected = /^[=+\-@\t\r]/.test(p) ? `'${p}` : p;
      for (const c of ['location', 'actor1', 'notes', 'source', 'source_quotes']) expect(row[at(c)], `${c} of ${JSON.stringify(p)}`).toBe(expected);
    });
    // The four spreadsheet formulas of the fixture are all neutralised.
    const formulas = payloads.filter((p) => /^[=+\-@]/.test(p));
    expect(formulas.length).toBeGreaterThanOrEqual(4);
    for (const row of rows.slice(1)) for (const cell of row) expect(cell).not.toMatch(/^[=+@\t\r]|^-(?!\d+(\.\d+)?$)/);
  });
});
