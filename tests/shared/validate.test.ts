import { describe, expect, it } from 'vitest';
import { isIsoDay, validateCollection, validateEvent } from '../../src/shared/validate.ts';

const good = {
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [36.75783, 35.13179] },
  properties: {
    id: 'e1', event_type: 'Violence against civilians', sub_event_type: 'Attack',
    date_start: '2011-07-31', date_end: '2011-08-06', date_precision: 'week',
    place: { name: 'Hama', geonameid: 170017, admin1: 'SY.10', country: 'SY' }, geo_precision: 'place',
    fatalities: { low: 300, best: 300, high: 300 }, actors: ['army'], confidence: 0.8,
    sources: [{ article: 'seed', quote: 'An estimated 300 people have been killed', start: 0, end: 40 }],
  },
};

describe('validateEvent', () => {
  it('accepts a valid event', () => expect(validateEvent(good)).toMatchObject({ ok: true, errors: [] }));
  it('names the property and the value that is wrong', () => {
    const bad = structuredClone(good) as any;
    bad.properties.date_start = 'Aug 5';
    bad.properties.event_type = 'War';
    const r = validateEvent(bad);
    expect(r.ok).toBe(false);
    expect(r.errors).toContain('feature.properties.date_start: expected YYYY-MM-DD or null, got "Aug 5"');
    expect(r.errors.some((e) => e.startsWith('feature.properties.event_type: expected one of Battles'))).toBe(true);
  });
  it('rejects a toll whose low is above its high', () => {
    const bad = structuredClone(good) as any;
    bad.properties.fatalities = { low: 30, best: 20, high: 10 };
    expect(validateEvent(bad).errors[0]).toMatch(/low 30 is above high 10/);
  });
  it("accepts an imported event's admin names and dataset, and names a wrong one", () => {
    const imported = structuredClone(good) as any;
    imported.properties.admin = { admin1: 'Hama', admin2: null, admin3: 'Hama' };
    imported.properties.dataset = 'acled';
    expect(validateEvent(imported).errors).toEqual([]);
    imported.properties.admin = { admin1: 3, admin2: null };
    imported.properties.dataset = 1;
    expect(validateEvent(imported).errors).toEqual([
      'feature.properties.dataset: expected a string, got 1',
      'feature.properties.admin.admin1: expected a string or null, got 3',
    ]);
  });
  it('rejects coordinates off the globe', () => {
    const bad = structuredClone(good) as any;
    bad.geometry.coordinates = [200, 10];
    expect(validateEvent(bad).ok).toBe(false);
  });
});

describe('validateCollection', () => {
  it('keeps the valid part of a partly broken collection', () => {
    const r = validateCollection({ type: 'FeatureCollection', schema_version: '1.0.0', features: [good, { type: 'Feature' }, good] });
    expect(r.ok).toBe(false);
    expect(r.valid).toHaveLength(2);
    expect(r.rejected).toBe(1);
  });
  it('explains what is wrong with something that is not a collection', () =>
    expect(validateCollection([1, 2]).errors[0]).toMatch(/^collection: expected a GeoJSON FeatureCollection/));
});

describe('isIsoDay', () => {
  it('accepts real days and rejects impossible ones', () => {
    expect(isIsoDay('2011-08-06')).toBe(true);
    expect(isIsoDay('2011-02-30')).toBe(false);
    expect(isIsoDay('2011-8-6')).toBe(false);
  });
});
