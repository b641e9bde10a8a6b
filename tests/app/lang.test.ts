import { describe, expect, it } from 'vitest';
import { parseHash, serialiseHash } from '../../src/app/state/hash.ts';
import { dirOf, parseLang, placeName, serialiseLang } from '../../src/app/state/lang.ts';
import { INITIAL_STATE } from '../../src/app/state/store.ts';

describe('language of place names', () => {
  it('reads en and ar, and anything else as en', () => {
    expect(parseLang('ar')).toBe('ar');
    expect(parseLang('en')).toBe('en');
    for (const bad of [null, undefined, '', 'AR', 'fr', '<b>']) expect(parseLang(bad)).toBe('en');
  });
  it('writes only a language that is not the default', () => {
    expect(serialiseLang('ar')).toBe('ar');
    expect(serialiseLang('en')).toBeNull();
    expect(serialiseLang(undefined)).toBeNull();
  });
  it('goes into the hash as lang=ar and comes back', () => {
    expect(serialiseHash({ ...INITIAL_STATE, lang: 'ar' })).toBe('lang=ar');
    expect(parseHash('#lang=ar').lang).toBe('ar');
    expect(parseHash('#lang=xx').lang).toBe('en');
    expect(parseHash('#start=2011-08-05').lang).toBe('en');
  });
  it('writes Arabic right to left', () => {
    expect(dirOf('ar')).toBe('rtl');
    expect(dirOf('en')).toBe('ltr');
  });
  it('names a place in Arabic when it has an Arabic name, else in English', () => {
    expect(placeName({ name: 'Hama', name_ar: 'حماة' }, 'ar')).toBe('حماة');
    expect(placeName({ name: 'Hama', name_ar: 'حماة' }, 'en')).toBe('Hama');
    expect(placeName({ name: 'Hama' }, 'ar')).toBe('Hama');
  });
});
