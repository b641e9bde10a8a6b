import { describe, expect, it } from 'vitest';
import { combineRanges, findQuantities, parseNumber, quantityRange } from '../../../src/pipeline/events/numbers.ts';

describe('parseNumber', () => {
  it('reads digits with thousands separators', () => expect(parseNumber('4,500')?.value).toBe(4500));
  it('reads spelled-out numbers, hyphenated or not', () => {
    expect(parseNumber('four')?.value).toBe(4);
    expect(parseNumber('twenty-five')?.value).toBe(25);
    expect(parseNumber('a dozen')?.value).toBe(12);
    expect(parseNumber('two hundred')?.value).toBe(200);
  });
  it('"and" joins number words only after a scale ("one hundred and five"), not two counts ("killing one and injuring two")', () => {
    expect(findQuantities('killing one and injuring two persons').map((q) => q.text)).toEqual(['one', 'two']);
    expect(findQuantities('one hundred and five people').map((q) => q.range.best)).toEqual([105]);
  });
  it('reads scale words after digits', () => expect(parseNumber('1.2 million')?.value).toBe(1_200_000));
  it('reads vague plurals as lower bounds: dozens 24, scores 40, hundreds 200', () => {
    expect(parseNumber('dozens')).toEqual({ value: 24, vague: true });
    expect(parseNumber('scores')).toEqual({ value: 40, vague: true });
    expect(parseNumber('hundreds')).toEqual({ value: 200, vague: true });
  });
  it('returns null for words that are not numbers', () => expect(parseNumber('many')).toBeNull());
});

describe('quantityRange', () => {
  it('"at least N" and "more than N" give a lower bound only', () => {
    expect(quantityRange('at least', '18')).toEqual({ low: 18, best: 18, high: null });
    expect(quantityRange('more than', '30')).toEqual({ low: 30, best: 30, high: null });
  });
  it('"as many as N", "up to N" and "nearly N" give an upper bound only', () => {
    expect(quantityRange('as many as', '50')).toEqual({ low: null, best: 50, high: 50 });
    expect(quantityRange('nearly', '40')).toEqual({ low: null, best: 40, high: 40 });
  });
  it('"an estimated N" and a plain N give N/N/N', () => {
    expect(quantityRange('an estimated', '300')).toEqual({ low: 300, best: 300, high: 300 });
    expect(quantityRange(undefined, 'four')).toEqual({ low: 4, best: 4, high: 4 });
  });
  it('"dozens" gives low 24 with no upper bound', () => expect(quantityRange(undefined, 'dozens')).toEqual({ low: 24, best: 24, high: null }));
});

describe('findQuantities', () => {
  it('finds "between A and B" as one range', () => {
    const [q] = findQuantities('between 20 and 30 people died');
    expect(q?.range).toEqual({ low: 20, best: 20, high: 30 });
    expect(q?.text).toBe('between 20 and 30');
  });
  it('gives offsets that slice the expression', () => {
    const text = 'Troops killed at least 18 protesters.';
    const [q] = findQuantities(text);
    expect(text.slice(q?.start, q?.end)).toBe('at least 18');
  });
});

describe('combineRanges', () => {
  it('never sums: "at least 18" and "at least 24" become 18–24', () => {
    expect(combineRanges([{ low: 18, best: 18, high: null }, { low: 24, best: 24, high: null }])).toEqual({ low: 18, best: 24, high: 24 });
  });
  it('keeps a single range as it is', () => expect(combineRanges([null, { low: 3, best: 3, high: 3 }])).toEqual({ low: 3, best: 3, high: 3 }));
  it('gives null when no range is known', () => expect(combineRanges([null, undefined])).toBeNull());
});
