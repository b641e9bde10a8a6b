// The delimiter comes from the header row, never from the data rows after it.
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { ACLED_COLUMNS } from '../../../src/pipeline/import/acled.ts';
import { headerDelimiter } from '../../../src/pipeline/import/stream.ts';
import { runCsv } from './helpers.ts';

describe('headerDelimiter', () => {
  it('is the comma of a comma-separated header', () => expect(headerDelimiter('a,b,c\n1;2;3;4;5\n')).toBe(','));
  it('is the semicolon of a semicolon-separated header', () => expect(headerDelimiter('a;b;c\r\n1,2\r\n')).toBe(';'));
  it('is a tab for a tab-separated header', () => expect(headerDelimiter('a\tb\tc')).toBe('\t'));
});

describe('import with semicolons in the first rows', () => {
  it('reads a comma-separated export whose first field holds ";,;" (a fuzz counterexample)', async () => {
    const row: Record<string, string> = Object.fromEntries(ACLED_COLUMNS.map((c) => [c, '']));
    Object.assign(row, { event_id_cnty: 'SYR1', event_date: ';,;', year: '2011', time_precision: '1', event_type: 'Battles', sub_event_type: 'Armed clash',
      actor1: 'Military Forces of Syria', country: 'Syria', location: 'Idleb', latitude: '35.93', longitude: '36.63', geo_precision: '1', source: 'Reuters', fatalities: '4' });
    const csv = Papa.unparse([row, { ...row, event_date: '2011-08-05' }], { columns: [...ACLED_COLUMNS], newline: '\n' });
    const { summary } = await runCsv('acled', `${csv}\n`);
    expect(summary).toMatchObject({ rows: 2, events: 1, rejected: 1 });
  });
  it('reads the fuzz counterexample as it was written (fast-check seed 1684421557)', async () => {
    const good = ['SYR1', '2011-08-05', '2011', '1', 'Political violence', 'Battles', 'Armed clash', 'Military Forces of Syria', '', '1', 'Free Syrian Army', '', '2', '12', '', '760', 'Middle East', 'Syria', 'Idleb', 'Idleb', '', 'Idleb', '35.93', '36.63', '1', 'Reuters', 'International', 'Clashes, "heavy"\nfighting.', '4', '', '1618527391'];
    const rows = [['SYR1', ';,;', ...good.slice(2)], good, ['2011-02-29', ...good.slice(1)]];
    const body = rows.map((r) => Papa.unparse([r], { newline: '\n' }));
    const { summary } = await runCsv('acled', `${ACLED_COLUMNS.join(',')}\n${body.join('\n')}\n`);
    expect(summary.rows).toBe(3);
    expect(summary.rows).toBe(summary.events + summary.rejected);
  });
});
