import { afterEach, describe, expect, it, beforeAll } from 'vitest';
import { CATALOGUE, type MessageKey } from '../../../src/app/i18n/catalogue.ts';
import { loadCatalogue, setLanguage, t, typeLabel } from '../../../src/app/i18n/current.ts';
import { formatDateRange, formatPlace, formatToll, formatWhere } from '../../../src/app/overlays/format.ts';
import { countText, hiddenNote, tollText } from '../../../src/app/ui/count.ts';
import { event } from '../helpers.ts';

// The Arabic catalogue is its own chunk in the app, loaded on first use.
beforeAll(() => loadCatalogue('ar'));

const keys = Object.keys(CATALOGUE.en) as MessageKey[];
const slots = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
// The Latin a message in Arabic may keep: proper names (sources, formats, H3's grid, a command, an HTTP header and the README's section), "null" and the keys of a keyboard.
const NAMES = /Access-Control-Allow-Origin|README|Embedding|"null"|Natural Earth|GeoNames|CC BY|DejaVu Sans|admin-1|GeoJSON|CSV|PNG|ACLED|H3|npm run data|Ctrl\+C|Ctrl|⌘C|Mac|Shift|Page Up|Page Down|Home|End|Escape/g;
const LATIN = /[A-Za-z]/;
const ARABIC_DIGITS = /^[\u0660-\u0669]+$/;

afterEach(() => setLanguage('en'));

describe('the interface catalogue', () => {
  it('gives every message in Arabic, with the same {slots} as the English', () => {
    for (const k of keys) {
      expect(CATALOGUE.ar[k], k).toBeTruthy();
      expect(slots(CATALOGUE.ar[k]), k).toEqual(slots(CATALOGUE.en[k]));
    }
  });

  it('writes Arabic messages in Arabic script only, proper names apart (no "سوريا (country-wide)")', () => {
    for (const k of keys) expect(LATIN.test(CATALOGUE.ar[k].replace(/<[^>]*>/g, '').replace(NAMES, '').replace(/\{\w+\}/g, '')), `${k}: ${CATALOGUE.ar[k]}`).toBe(false);
  });

  it('leaves the English interface as it was written before the catalogue', () => {
    expect(countText(12, 57, '342–360 killed')).toBe('Showing 12 of 57 events · 342–360 killed');
    expect(countText(3000, 3000)).toBe('Showing all 3,000 events');
    expect(formatToll({ low: 1200, best: null, high: 1300 })).toBe('1,200–1,300 killed');
    expect(formatToll({ low: 3, best: null, high: null }, 'injured')).toBe('at least 3 injured');
    expect(formatPlace(event({ geo_precision: 'country', place: { name: 'Syria', geonameid: null, admin1: null, country: 'SY' } }).properties)).toBe('Syria (country-wide)');
    expect(hiddenNote(1)).toBe('1 undated event is hidden while a date range is selected.');
    expect(typeLabel('Explosions/Remote violence')).toBe('Explosions / remote violence');
  });

  it('in Arabic: numbers in Arabic-Indic digits, days with Intl, place precision and tolls in Arabic', () => {
    setLanguage('ar');
    const syria = event({ geo_precision: 'country', place: { name: 'سوريا', geonameid: null, admin1: null, country: 'SY' }, fatalities: { low: 23, best: 23, high: 23 }, aggregate: true });
    expect(formatPlace(syria.properties)).toBe('سوريا (على مستوى البلاد)');
    expect(formatWhere(syria.properties)).toBe('في مكان ما في سوريا (على مستوى البلاد)');
    expect(formatWhere(event({ geo_precision: 'admin1', place: { name: 'محافظة حمص', geonameid: null, admin1: null, country: 'SY' } }).properties)).toBe('في مكان ما في محافظة حمص');
    const count = countText(2, 5, tollText([syria]));
    expect(count).toBe('الأحداث المعروضة: ٢ من ٥، القتلى: ٢٣ (حصائل على مستوى البلاد)');
    expect(formatDateRange({ date_start: '2011-08-05', date_end: '2011-08-05', date_precision: 'day' })).toBe('٥ أغسطس ٢٠١١');
    expect(t('table.caption', { n: 40 }).match(/[\u0660-\u0669]+/)?.[0]).toMatch(ARABIC_DIGITS);
    expect(typeLabel('Battles')).toBe('معارك');
  });

  it('isolates a filled-in value written in the other direction\'s script (FSI … PDI), so its brackets and figures stay with it', () => {
    const place = (name: string): string => formatPlace(event({ geo_precision: 'country', place: { name, geonameid: null, admin1: null, country: null } }).properties);
    setLanguage('ar');
    expect(place('Syria')).toBe('\u2068Syria\u2069 (على مستوى البلاد)');
    expect(place('Côte d’Ivoire (South)')).toBe('\u2068Côte d’Ivoire (South)\u2069 (على مستوى البلاد)');
    expect(place('سوريا')).toBe('سوريا (على مستوى البلاد)');
    expect(t('table.caption', { n: 40 })).not.toMatch(/[\u2066-\u2069]/);
    setLanguage('en');
    expect(place('Syria')).toBe('Syria (country-wide)');
    expect(place('سوريا')).toBe('\u2068سوريا\u2069 (country-wide)');
  });
});
