import { describe, expect, it } from 'vitest';
import { formatWhen, formatWhere } from '../../src/app/overlays/format.ts';

const place = (name: string, country = 'SY') => ({ name, geonameid: null, admin1: null, country });

describe('formatWhen: the date with its precision in words', () => {
  it('a day', () => {
    expect(formatWhen({ date_start: '2011-08-05', date_end: '2011-08-05', date_precision: 'day' })).toBe('on 5 Aug 2011 (day)');
  });
  it('a week and a run of days', () => {
    expect(formatWhen({ date_start: '2011-07-31', date_end: '2011-08-06', date_precision: 'week' })).toBe('between 31 Jul 2011 and 6 Aug 2011 (week)');
    expect(formatWhen({ date_start: '2011-08-01', date_end: '2011-08-03', date_precision: 'day' })).toBe('between 1 Aug 2011 and 3 Aug 2011 (days)');
  });
  it('a month within one calendar month', () => {
    expect(formatWhen({ date_start: '2011-08-01', date_end: '2011-08-31', date_precision: 'month' })).toBe('in Aug 2011 (month)');
  });
  it('undated, with the report date when known', () => {
    expect(formatWhen({ date_start: null, date_end: '2011-08-06', date_precision: 'unknown' })).toBe('date not stated (reported by 6 Aug 2011)');
    expect(formatWhen({ date_start: null, date_end: null, date_precision: 'unknown' })).toBe('date not stated');
  });
});

describe('formatWhere: the place with its precision in words', () => {
  it('an exact place', () => {
    expect(formatWhere({ place: place('Hama'), geo_precision: 'place' })).toBe('at Hama (exact place)');
  });
  it('a governorate in Syria, a province elsewhere, and no doubled area word', () => {
    expect(formatWhere({ place: place('Hama'), geo_precision: 'admin1' })).toBe('somewhere in Hama governorate');
    expect(formatWhere({ place: place('Borno', 'NG'), geo_precision: 'admin1' })).toBe('somewhere in Borno province');
    expect(formatWhere({ place: place('Homs Governorate'), geo_precision: 'admin1' })).toBe('somewhere in Homs Governorate');
  });
  it('a country', () => {
    expect(formatWhere({ place: place('Syria'), geo_precision: 'country' })).toBe('somewhere in Syria (country-wide)');
  });
});
