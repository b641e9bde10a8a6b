// Property tests: random and mutated CSV rows never throw, and every row is accounted for.
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { validateEvent } from '../../../src/shared/validate.ts';
import { ACLED_COLUMNS, acledRowToEvent } from '../../../src/pipeline/import/acled.ts';
import { UCDP_COLUMNS, ucdpRowToEvent } from '../../../src/pipeline/import/ucdp.ts';
import type { Format } from '../../../src/pipeline/import/stream.ts';
import { runCsv } from './helpers.ts';

const ACLED_GOOD = [
  'SYR1', '2011-08-05', '2011', '1', 'Political violence', 'Battles', 'Armed clash', 'Military Forces of Syria', '', '1',
  'Free Syrian Army', '', '2', '12', '', '760', 'Middle East', 'Syria', 'Idleb', 'Idleb', '', 'Idleb', '35.93', '36.63', '1',
  'Reuters', 'International', 'Clashes, "heavy"\nfighting.', '4', '', '1618527391',
];
const UCDP_GOOD: Record<string, string> = {
  id: '1', type_of_violence: '3', side_a: 'Government of Syria', side_b: 'Civilians', where_prec: '2', latitude: '35.1',
  longitude: '36.7', country: 'Syria', date_prec: '1', date_start: '2011-08-05', date_end: '2011-08-05', low: '1', best: '2', high: '3',
};
const BASE: Record<Format, { columns: readonly string[]; good: string[] }> = {
  acled: { columns: ACLED_COLUMNS, good: ACLED_GOOD },
  ucdp: { columns: UCDP_COLUMNS, good: UCDP_COLUMNS.map((c) => UCDP_GOOD[c] ?? '') },
};

/** Nasty field values: CSV metacharacters, numbers out of range, odd dates, unicode. */
const nasty = fc.oneof(
  fc.string(),
  fc.constantFrom('', ' ', '"', '""', ',', '\n', '\r\n', 'a,"b"\nc', '-0', '1e999', 'NaN', '-91', '181', '0', '2011-02-29',
    '31 Febuary 2011', '05 August 2011', '2', '3', '7', 'Riots', 'Protests', '\uFEFF', 'null', '💥'),
);

/** A good row with some fields replaced, and sometimes fields dropped or added. */
const mutatedRow = (good: string[]) =>
  fc
    .tuple(
      fc.array(fc.tuple(fc.nat({ max: good.length - 1 }), nasty), { maxLength: 4 }),
      fc.integer({ min: -3, max: 2 }),
    )
    .map(([edits, resize]) => {
      const row = [...good];
      for (const [i, v] of edits) row[i] = v;
      if (resize < 0) row.length = Math.max(1, row.length + resize);
      for (let i = 0; i < resize; i++) row.push('extra');
      return row;
    });

describe.each(['acled', 'ucdp'] as const)('%s: random and mutated rows', (format) => {
  const { columns, good } = BASE[format];

  it('never throw, and rows in = events out + duplicate rows merged + rejected, one event per id, each valid', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutatedRow(good), { maxLength: 25 }), async (rows) => {
        const body = rows.map((r) => Papa.unparse([r], { newline: '\n' }));
        const csv = `${columns.join(',')}\n${body.join('\n')}\n`;
        const { summary, collection } = await runCsv(format, csv);
        // Blank lines are not records (a one-field row holding '' prints as a blank line).
        expect(summary.rows).toBe(body.filter((line) => line !== '').length);
        expect(summary.rows).toBe(summary.events + summary.duplicates + summary.rejected);
        expect(collection.features).toHaveLength(summary.events);
        expect(new Set(collection.features.map((f) => f.id)).size).toBe(summary.events);
        expect(summary.rejections.every((r) => r.row >= 2 && r.row <= summary.rows + 1 && r.reason.length > 0)).toBe(true);
        for (const f of collection.features) expect(validateEvent(f).errors).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('the row mapper never throws on arbitrary records', () => {
    const convert = format === 'acled' ? acledRowToEvent : ucdpRowToEvent;
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...columns), nasty), fc.nat(), (row, n) => {
        const r = convert(row, n);
        if ('reason' in r) expect(r.row).toBe(n);
        else expect(validateEvent(r).errors).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
