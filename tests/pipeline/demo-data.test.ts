import { describe, expect, it } from 'vitest';
import { drawToll, generateDemo, type DemoGazetteer } from '../../src/pipeline/demo/generate.ts';
import { parseDemoArgs } from '../../src/pipeline/demo/cli.ts';
import { prng } from '../../src/pipeline/import/synthetic.ts';
import { validateCollection } from '../../src/shared/validate.ts';

const GAZ: DemoGazetteer = {
  country: { code: 'SY', name: 'Syria', geonameid: 163843, lat: 35, lon: 38 },
  places: [
    { name: 'Aleppo', geonameid: 170063, admin1: 'SY.09', lat: 36.2, lon: 37.16, population: 1_600_000 },
    { name: 'Hama', geonameid: 170017, admin1: 'SY.10', lat: 35.13, lon: 36.76, population: 460_000 },
    { name: 'Kafr Nabl', geonameid: 169375, admin1: 'SY.12', lat: 35.61, lon: 36.56, population: 15_000 },
  ],
  admin1: {
    'SY.09': { name: 'Aleppo', geonameid: 170062, lat: 36.1, lon: 37.6 },
    'SY.10': { name: 'Hama', geonameid: 170016, lat: 35.2, lon: 37.2 },
    'SY.12': { name: 'Idlib', geonameid: 169387, lat: 35.85, lon: 36.68 },
  },
};

describe('generateDemo', () => {
  const demo = generateDemo(GAZ, { events: 3000, seed: 42 });
  const props = demo.features.map((f) => f.properties);

  it('validates against the event schema', () => {
    const r = validateCollection(demo);
    expect(r.errors).toEqual([]);
    expect(r.valid).toHaveLength(3000);
  });
  it('is the same for the same seed and differs for another', () => {
    expect(JSON.stringify(generateDemo(GAZ, { events: 200, seed: 42 }))).toBe(JSON.stringify(generateDemo(GAZ, { events: 200, seed: 42 })));
    expect(JSON.stringify(generateDemo(GAZ, { events: 200, seed: 43 }))).not.toBe(JSON.stringify(generateDemo(GAZ, { events: 200, seed: 42 })));
  });
  it('dates events from 2011 to 2013, with weeks, months and some undated', () => {
    const dated = props.filter((p) => p.date_start !== null);
    expect(dated.every((p) => p.date_start! >= '2011-01-01' && p.date_end! <= '2013-12-31')).toBe(true);
    for (const prec of ['day', 'week', 'month', 'unknown'] as const) expect(props.some((p) => p.date_precision === prec)).toBe(true);
    expect(props.filter((p) => p.date_start === null).length).toBeGreaterThan(0);
  });
  it('places events at towns weighted by population, some only to the governorate or the country', () => {
    const at = (name: string) => props.filter((p) => p.geo_precision === 'place' && p.place.name === name).length;
    expect(at('Aleppo')).toBeGreaterThan(at('Hama'));
    expect(at('Hama')).toBeGreaterThan(at('Kafr Nabl'));
    expect(props.some((p) => p.geo_precision === 'admin1')).toBe(true);
    expect(props.some((p) => p.geo_precision === 'country' && p.place.name === 'Syria')).toBe(true);
  });
  it('uses every ACLED type, with sub-types', () => {
    expect(new Set(props.map((p) => p.event_type)).size).toBe(6);
    expect(props.every((p) => typeof p.sub_event_type === 'string')).toBe(true);
  });
  it('gives tolls as ranges, low ≤ best ≤ high, and some open-ended', () => {
    const tolls = props.map((p) => p.fatalities).filter((t) => t !== null);
    for (const t of tolls) {
      expect(t.low!).toBeLessThanOrEqual(t.best!);
      if (t.high !== null) expect(t.best!).toBeLessThanOrEqual(t.high);
    }
    expect(tolls.some((t) => t.high !== null && t.low! < t.high)).toBe(true);
    expect(tolls.some((t) => t.high === null)).toBe(true);
  });
  it('every source has an outlet and a sentence, and its figures point at the toll in the sentence', () => {
    for (const p of props)
      for (const s of p.sources) {
        expect(s.outlet).toBeTruthy();
        expect(s.quote.length).toBeGreaterThan(10);
        for (const f of s.figures ?? []) expect(s.quote.slice(f.start - s.start, f.end - s.start)).toBe(f.text);
        if (p.fatalities) expect(s.figures?.length).toBe(1);
      }
  });
  it('drawToll never gives low above high', () => {
    const r = prng(1);
    for (let i = 0; i < 5000; i++) {
      const t = drawToll(r, { lethal: 1, scale: 20 });
      if (t && t.high !== null) expect(t.low!).toBeLessThanOrEqual(t.high);
    }
  });
});

describe('demo:data arguments', () => {
  it('reads --events, --seed and -o, with defaults', () => {
    expect(parseDemoArgs(['--events', '50', '--seed', '9', '-o', 'x.geojson'])).toEqual({ events: 50, seed: 9, out: 'x.geojson' });
    expect(parseDemoArgs([])).toEqual({ events: 1000, seed: 1, out: 'public/data/demo.geojson' });
  });
  it('refuses what it does not understand', () => {
    expect(parseDemoArgs(['--events', 'many'])).toMatch(/whole number/);
    expect(parseDemoArgs(['--bogus'])).toMatch(/unknown option/);
    expect(parseDemoArgs(['--seed'])).toMatch(/needs a value/);
    expect(parseDemoArgs(['--help'])).toBe('help');
  });
});
