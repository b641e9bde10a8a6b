import { describe, expect, it } from 'vitest';
import { parseDay } from '../../src/app/ui/date-inputs.ts';

describe('parseDay: the date fields read days as the page writes them', () => {
  it('reads "5 Aug 2011", full and US-style month names and ISO days', () => {
    expect(parseDay('5 Aug 2011')).toBe('2011-08-05');
    expect(parseDay(' 05  august 2011 ')).toBe('2011-08-05');
    expect(parseDay('Aug 5, 2011')).toBe('2011-08-05');
    expect(parseDay('5 Sept 2011')).toBe('2011-09-05');
    expect(parseDay('2011-08-05')).toBe('2011-08-05');
  });
  it('refuses days that do not exist, partial input and ambiguous numeric dates', () => {
    expect(parseDay('31 Feb 2011')).toBeNull();
    expect(parseDay('5 Aug 201')).toBeNull();
    expect(parseDay('2011-08-5')).toBeNull();
    expect(parseDay('05/08/2011')).toBeNull();
    expect(parseDay('5 Augu 2011')).toBeNull();
    expect(parseDay('')).toBeNull();
  });
});
