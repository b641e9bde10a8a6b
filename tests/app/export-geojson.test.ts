import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toGeoJson } from '../../src/app/ui/export-geojson.ts';
import { exportFileName } from '../../src/app/ui/export-file.ts';
import { exportRange } from '../../src/app/ui/export.ts';
import { validateCollection } from '../../src/shared/validate.ts';
import { event } from './helpers.ts';

const payloads: string[] = JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/hostile/payloads.json'), 'utf8'));

describe('toGeoJson', () => {
  it('writes an RFC 7946 FeatureCollection that validates against the schema', () => {
    const text = toGeoJson([event({ id: 'a' }), event({ id: 'b' })], { range: { start: '2011-08-01', end: '2011-08-06' } });
    const data = JSON.parse(text);
    expect(data.type).toBe('FeatureCollection');
    expect(data.features.map((f: { geometry: { type: string } }) => f.geometry.type)).toEqual(['Point', 'Point']);
    expect(data.selection).toEqual({ range: { start: '2011-08-01', end: '2011-08-06' } });
    const r = validateCollection(data);
    expect(r.errors).toEqual([]);
    expect(r.valid.map((f) => f.properties.id)).toEqual(['a', 'b']);
  });
  it('an empty selection is an empty, valid collection', () => {
    expect(validateCollection(JSON.parse(toGeoJson([]))).ok).toBe(true);
  });
  it('hostile payloads come back as the same literal text', () => {
    const features = payloads.map((p, i) =>
      event({ id: `h${i}`, summary: p, place: { name: p, geonameid: null, admin1: null, country: 'SY' }, sources: [{ article: p, quote: p, start: 0, end: 1, url: p }] }),
    );
    const back = validateCollection(JSON.parse(toGeoJson(features)));
    expect(back.errors).toEqual([]);
    back.valid.forEach((f, i) => {
      expect(f.properties.summary).toBe(payloads[i]);
      expect(f.properties.place.name).toBe(payloads[i]);
      expect(f.properties.sources[0]?.quote).toBe(payloads[i]);
    });
  });
});

describe('export file names state the dates', () => {
  it('a range, one day, or all dates', () => {
    expect(exportFileName({ start: '2011-08-01', end: '2011-08-06' }, 'csv')).toBe('conflict-map-2011-08-01_2011-08-06.csv');
    expect(exportFileName({ start: '2011-08-05', end: '2011-08-05' }, 'png')).toBe('conflict-map-2011-08-05.png');
    expect(exportFileName(null, 'geojson')).toBe('conflict-map-all-dates.geojson');
  });
  it('without a range picked, the span of the events exported', () => {
    const shown = [event({ date_start: '2011-07-31', date_end: '2011-08-06' }), event({ date_start: '2011-08-05', date_end: '2011-08-05' })];
    expect(exportRange(null, shown)).toEqual({ start: '2011-07-31', end: '2011-08-06' });
    expect(exportRange({ start: '2011-08-05', end: '2011-08-05' }, shown)).toEqual({ start: '2011-08-05', end: '2011-08-05' });
    expect(exportRange(null, [event({ date_start: null, date_end: null })])).toBeNull();
  });
});
