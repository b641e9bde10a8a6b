import { describe, expect, it } from 'vitest';
import { arabicNameOf, pickArabicName, withArabicNames, type ArabicLookups } from '../../src/pipeline/names-ar.ts';
import { toCollection } from '../../src/pipeline/output.ts';
import type { EventFeature, GeoPrecision } from '../../src/shared/schema.ts';
import { validateEvent } from '../../src/shared/validate.ts';

function event(geo_precision: GeoPrecision, place: EventFeature['properties']['place']): EventFeature {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [36.75, 35.13] },
    properties: {
      id: `e-${geo_precision}`,
      event_type: 'Protests',
      sub_event_type: null,
      date_start: '2011-08-05',
      date_end: '2011-08-05',
      date_precision: 'day',
      place,
      geo_precision,
      fatalities: null,
      actors: [],
      sources: [{ article: 'a', quote: 'q', start: 0, end: 1 }],
      confidence: 0.8,
    },
  };
}

const hama = event('place', { name: 'Hama', geonameid: 170017, admin1: 'SY.10', country: 'SY' });
const lookups: ArabicLookups = {
  city: (id) => (id === 170017 ? 'حماة' : null),
  admin1: (c) => (c === 'SY.10' ? 'محافظة حماة' : null),
  country: (c) => (c === 'SY' ? 'سوريا' : null),
};

describe('Arabic place names', () => {
  it('picks the alternate name written in Arabic letters, fewest words first', () => {
    expect(pickArabicName(['Homs', 'Хомс', 'مدينة حمص', 'حمص', 'ܚܡܨ'])).toBe('حمص');
    expect(pickArabicName(['Hama', 'حماة', 'حماه'])).toBe('حماة');
  });
  it('never takes a Persian, Kurdish or Urdu spelling for the Arabic one', () => {
    expect(pickArabicName(['دیمەشق', 'دەمەشىق', 'دمشق'])).toBe('دمشق');
    expect(pickArabicName(['کابل', 'Kabul'])).toBeNull();
  });
  it('looks a town up by GeoNames id, a province by admin1 code and a country by ISO code', () => {
    expect(arabicNameOf(hama, lookups)).toBe('حماة');
    expect(arabicNameOf(event('admin1', { ...hama.properties.place, geonameid: null }), lookups)).toBe('محافظة حماة');
    expect(arabicNameOf(event('country', { name: 'Syria', geonameid: null, admin1: null, country: 'SY' }), lookups)).toBe('سوريا');
    expect(arabicNameOf(event('place', { name: 'Nowhere', geonameid: null, admin1: null, country: null }), lookups)).toBeNull();
  });
  it('adds name_ar only where one is known and leaves the input alone', () => {
    const unknown = event('place', { name: 'X', geonameid: 1, admin1: null, country: null });
    const [a, b] = withArabicNames([hama, unknown], lookups);
    expect(a?.properties.place.name_ar).toBe('حماة');
    expect(b).toBe(unknown);
    expect(hama.properties.place.name_ar).toBeUndefined();
  });
  it('reads the names from GeoNames, Natural Earth and the ISO country list', () => {
    const [town, province, country] = withArabicNames([
      hama,
      event('admin1', { name: 'Hama', geonameid: null, admin1: 'SY.10', country: 'SY' }),
      event('country', { name: 'Syria', geonameid: null, admin1: null, country: 'SY' }),
    ]);
    expect([town, province, country].map((f) => f?.properties.place.name_ar)).toEqual(['حماة', 'محافظة حماة', 'سوريا']);
  });
  it('is filled by the output stage and stays valid under the schema', () => {
    const c = toCollection([hama], [], { arabicNames: true });
    expect(c.features[0]?.properties.place.name_ar).toBe('حماة');
    expect(validateEvent(c.features[0]).ok).toBe(true);
    expect(toCollection([hama], [], { arabicNames: false }).features[0]?.properties.place.name_ar).toBeUndefined();
  });
  it('rejects a name_ar that is not a string', () => {
    const bad = { ...hama, properties: { ...hama.properties, place: { ...hama.properties.place, name_ar: 5 } } };
    expect(validateEvent(bad).ok).toBe(false);
  });
});
