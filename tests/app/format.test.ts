import { describe, expect, it } from 'vitest';
import { formatDateRange, formatPlace, formatSides, formatToll, safeHttpUrl, tollValue } from '../../src/app/overlays/format.ts';

describe('formatToll', () => {
  it('writes a single figure, a range, a floor and a ceiling', () => {
    expect(formatToll({ low: 300, best: 300, high: 300 })).toBe('300 killed');
    expect(formatToll({ low: 18, best: 20, high: 24 })).toBe('18–24 killed');
    expect(formatToll({ low: 18, best: null, high: null })).toBe('at least 18 killed');
    expect(formatToll({ low: 18, best: 18, high: null })).toBe('at least 18 killed');
    expect(formatToll({ low: null, best: null, high: 5 })).toBe('up to 5 killed');
    expect(formatToll({ low: null, best: 7, high: null })).toBe('7 killed');
    expect(formatToll({ low: 4500, best: 4500, high: 4500 }, 'injured')).toBe('4,500 injured');
  });
  it('gives null when there is no toll', () => {
    expect(formatToll(null)).toBeNull();
    expect(formatToll(undefined)).toBeNull();
    expect(formatToll({ low: null, best: null, high: null })).toBeNull();
  });
  it('sizes by best, then low', () => {
    expect(tollValue({ low: 18, best: null, high: null })).toBe(18);
    expect(tollValue({ low: 10, best: 12, high: 20 })).toBe(12);
    expect(tollValue(null)).toBeNull();
  });
});

describe('formatDateRange', () => {
  it('writes a day, a span and an undated event', () => {
    expect(formatDateRange({ date_start: '2011-08-05', date_end: '2011-08-05', date_precision: 'day' })).toBe('5 Aug 2011');
    expect(formatDateRange({ date_start: '2011-07-31', date_end: '2011-08-06', date_precision: 'week' })).toBe(
      '31 Jul 2011 – 6 Aug 2011',
    );
    expect(formatDateRange({ date_start: null, date_end: '2011-08-06', date_precision: 'unknown' })).toBe(
      'Date not stated (reported by 6 Aug 2011)',
    );
    expect(formatDateRange({ date_start: null, date_end: null, date_precision: 'unknown' })).toBe('Date not stated');
  });
});

describe('formatPlace', () => {
  it('says when a place is only known to the country or province', () => {
    const place = { name: 'Syria', geonameid: 163843, admin1: null, country: 'SY' };
    expect(formatPlace({ place, geo_precision: 'country' })).toBe('Syria (country-wide)');
    expect(formatPlace({ place: { ...place, name: 'Hama' }, geo_precision: 'place' })).toBe('Hama');
  });
});

describe('safeHttpUrl', () => {
  it('keeps http(s) and drops everything else', () => {
    expect(safeHttpUrl('https://www.jpost.com/a?b=c')).toBe('https://www.jpost.com/a?b=c');
    expect(safeHttpUrl('http://example.org')).toBe('http://example.org/');
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl(' JAVASCRIPT:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,<b>x</b>')).toBeNull();
    expect(safeHttpUrl('/relative')).toBeNull();
    expect(safeHttpUrl(undefined)).toBeNull();
  });
});

describe('formatSides', () => {
  it('says who acted and who it was done to', () => {
    expect(formatSides({ actors: ['Syrian security forces'], victims: ['protesters'] })).toBe('By Syrian security forces, against protesters');
    expect(formatSides({ actors: ['army defectors', 'troops', 'gunmen'] })).toBe('By army defectors, troops and gunmen');
    expect(formatSides({ actors: [], victims: ['civilians'] })).toBe('Against civilians');
    expect(formatSides({ actors: [] })).toBeNull();
  });
});
