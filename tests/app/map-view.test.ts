import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHash, serialiseHash } from '../../src/app/state/hash.ts';
import { parseMapView, roundView, sameView, serialiseMapView, VIEW_LIMITS } from '../../src/app/state/map-view.ts';
import { INITIAL_STATE } from '../../src/app/state/store.ts';

const views = fc.record({
  zoom: fc.double({ min: VIEW_LIMITS.minZoom, max: VIEW_LIMITS.maxZoom, noNaN: true }),
  lat: fc.double({ min: -85, max: 85, noNaN: true }),
  lon: fc.double({ min: -180, max: 180, noNaN: true }),
});

describe('map view in the hash', () => {
  it('reads zoom/lat/lon', () => expect(parseMapView('6.5/35.1/36.7')).toEqual({ zoom: 6.5, lat: 35.1, lon: 36.7 }));
  it('writes 2 decimals for zoom and 4 for lat and lon, without trailing zeros', () => {
    expect(serialiseMapView({ zoom: 6.5, lat: 35.1, lon: 36.7 })).toBe('6.5/35.1/36.7');
    expect(serialiseMapView({ zoom: 5.123456, lat: 35.123456789, lon: -0.000001 })).toBe('5.12/35.1235/0');
  });
  it('reads anything malformed or out of range as no view', () => {
    for (const bad of [null, '', '6.5/35.1', '6.5/35.1/36.7/1', 'a/b/c', '6.5/95/36.7', '6.5/35/181', '30/35/36', '-1/0/0', '1e2/0/0', 'NaN/0/0', '6.5//36.7', ' 6/1/1', '6/1/1&x'])
      expect(parseMapView(bad)).toBeNull();
  });
  it('writes no view for numbers that are not finite or out of range', () => {
    expect(serialiseMapView({ zoom: Number.NaN, lat: 0, lon: 0 })).toBeNull();
    expect(serialiseMapView({ zoom: 3, lat: 89, lon: 0 })).toBeNull();
  });
  it('round-trips every view in range to its rounded self (property)', () =>
    fc.assert(
      fc.property(views, (v) => {
        const text = serialiseMapView(v);
        expect(text).not.toBeNull();
        expect(parseMapView(text)).toEqual(roundView(v));
        expect(serialiseMapView(parseMapView(text)!)).toBe(text);
      }),
    ));
  it('never throws on arbitrary text (property)', () =>
    fc.assert(fc.property(fc.string(), (s) => void parseMapView(s))));
  it('compares views as the hash writes them', () => {
    expect(sameView({ zoom: 6.501, lat: 35.10001, lon: 36.7 }, { zoom: 6.5, lat: 35.1, lon: 36.7 })).toBe(true);
    expect(sameView(null, undefined)).toBe(true);
    expect(sameView(null, { zoom: 1, lat: 0, lon: 0 })).toBe(false);
  });
  it('goes into the hash as map=zoom/lat/lon with readable slashes, beside the other keys', () => {
    const hash = serialiseHash({ ...INITIAL_STATE, start: '2011-08-05', end: '2011-08-05', view: { zoom: 6.5, lat: 35.1, lon: 36.7 } });
    expect(hash).toBe('start=2011-08-05&end=2011-08-05&map=6.5/35.1/36.7');
    expect(parseHash(`#${hash}`).view).toEqual({ zoom: 6.5, lat: 35.1, lon: 36.7 });
    expect(parseHash('#map=6.5%2F35.1%2F36.7').view).toEqual({ zoom: 6.5, lat: 35.1, lon: 36.7 });
  });
  it('leaves an invalid map= out of the state and drops it when writing', () => {
    expect(parseHash('#map=99/1/1').view).toBeUndefined();
    expect(serialiseHash(INITIAL_STATE, '#map=99/1/1&zoom=6')).toBe('zoom=6');
  });
});
