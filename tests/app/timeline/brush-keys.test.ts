import { describe, expect, it } from 'vitest';
import { clampRange, rangeAfterKey, rangeInWords, shiftRange } from '../../../src/app/timeline/brush-keys.ts';

const B = { first: '2011-07-31', last: '2011-08-06' };
const key = (k: string, shift = false) => ({ key: k, shift });
const r = (start: string, end: string) => ({ start, end });

describe('the brush from the keyboard', () => {
  it('ArrowRight / ArrowLeft move the range one day, keeping its width', () => {
    expect(rangeAfterKey(r('2011-08-02', '2011-08-03'), key('ArrowRight'), B)).toEqual(r('2011-08-03', '2011-08-04'));
    expect(rangeAfterKey(r('2011-08-02', '2011-08-03'), key('ArrowLeft'), B)).toEqual(r('2011-08-01', '2011-08-02'));
  });

  it('stops at the first and last day of the data', () => {
    expect(rangeAfterKey(r('2011-08-05', '2011-08-06'), key('ArrowRight'), B)).toEqual(r('2011-08-05', '2011-08-06'));
    expect(rangeAfterKey(r('2011-07-31', '2011-08-01'), key('ArrowLeft'), B)).toEqual(r('2011-07-31', '2011-08-01'));
  });

  it('Shift+arrows move the end: resize, never before the start or past the last day', () => {
    expect(rangeAfterKey(r('2011-08-02', '2011-08-02'), key('ArrowRight', true), B)).toEqual(r('2011-08-02', '2011-08-03'));
    expect(rangeAfterKey(r('2011-08-02', '2011-08-03'), key('ArrowLeft', true), B)).toEqual(r('2011-08-02', '2011-08-02'));
    expect(rangeAfterKey(r('2011-08-02', '2011-08-02'), key('ArrowLeft', true), B)).toEqual(r('2011-08-02', '2011-08-02'));
    expect(rangeAfterKey(r('2011-08-02', '2011-08-06'), key('ArrowRight', true), B)).toEqual(r('2011-08-02', '2011-08-06'));
  });

  it('Home / End jump to the first / last day, keeping the width; with Shift they stretch the range there', () => {
    expect(rangeAfterKey(r('2011-08-03', '2011-08-04'), key('Home'), B)).toEqual(r('2011-07-31', '2011-08-01'));
    expect(rangeAfterKey(r('2011-08-03', '2011-08-04'), key('End'), B)).toEqual(r('2011-08-05', '2011-08-06'));
    expect(rangeAfterKey(r('2011-08-03', '2011-08-04'), key('Home', true), B)).toEqual(r('2011-07-31', '2011-08-04'));
    expect(rangeAfterKey(r('2011-08-03', '2011-08-04'), key('End', true), B)).toEqual(r('2011-08-03', '2011-08-06'));
  });

  it('PageDown / PageUp move it a week (as far as the data goes)', () => {
    expect(rangeAfterKey(r('2011-07-31', '2011-07-31'), key('PageDown'), B)).toEqual(r('2011-08-06', '2011-08-06'));
    expect(rangeAfterKey(r('2011-08-06', '2011-08-06'), key('PageUp'), B)).toEqual(r('2011-07-31', '2011-07-31'));
  });

  it('with no range, an arrow or Home picks the first day and End the last', () => {
    expect(rangeAfterKey(null, key('ArrowRight'), B)).toEqual(r('2011-07-31', '2011-07-31'));
    expect(rangeAfterKey(null, key('Home'), B)).toEqual(r('2011-07-31', '2011-07-31'));
    expect(rangeAfterKey(null, key('End'), B)).toEqual(r('2011-08-06', '2011-08-06'));
  });

  it('Escape clears the range; with nothing to clear, it is left to the page', () => {
    expect(rangeAfterKey(r('2011-08-02', '2011-08-03'), key('Escape'), B)).toBeNull();
    expect(rangeAfterKey(null, key('Escape'), B)).toBeUndefined();
  });

  it('other keys do nothing here', () => {
    expect(rangeAfterKey(r('2011-08-02', '2011-08-03'), key('a'), B)).toBeUndefined();
    expect(rangeAfterKey(r('2011-08-02', '2011-08-03'), key('Tab'), B)).toBeUndefined();
  });

  it('a range outside the data is brought inside it, keeping its width where it fits', () => {
    expect(clampRange(r('2011-08-05', '2011-08-09'), B)).toEqual(r('2011-08-02', '2011-08-06'));
    expect(clampRange(r('2011-07-01', '2011-09-01'), B)).toEqual(r('2011-07-31', '2011-08-06'));
    expect(shiftRange(r('2011-08-01', '2011-08-02'), 3, B)).toEqual(r('2011-08-04', '2011-08-05'));
  });

  it('says the range in words for screen readers', () => {
    expect(rangeInWords(null)).toBe('All dates: no range selected');
    expect(rangeInWords(r('2011-08-05', '2011-08-05'))).toBe('5 Aug 2011 (1 day)');
    expect(rangeInWords(r('2011-08-05', '2011-08-07'))).toBe('5 Aug 2011 to 7 Aug 2011 (3 days)');
  });
});
