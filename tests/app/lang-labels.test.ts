import bidiFactory from 'bidi-js';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Topology } from 'topojson-specification';
import { basemapFromTopology, withArabicLabels, type Basemap } from '../../src/app/map/basemap.ts';
import { countryNameAr } from '../../src/app/map/country-names-ar.ts';
import { toMapCollection } from '../../src/app/map/events-source.ts';
import { arabicLabel, labelLayout, withArabicEventLabels } from '../../src/app/map/labels-lang.ts';
import { localiseEvent, startsArabic } from '../../src/app/state/lang.ts';
import { markArabicText } from '../../src/app/ui/lang-toggle.ts';
import { event } from './helpers.ts';

const bidi = bidiFactory();

const hama = event({ id: 'h', place: { name: 'Hama', geonameid: 170017, admin1: 'SY.10', country: 'SY', name_ar: 'حماة' } });
const syria = event({ id: 's', geo_precision: 'country', place: { name: 'Syria', geonameid: null, admin1: null, country: 'SY', name_ar: 'سوريا' } });
const syriaNoAr = event({ id: 'n', geo_precision: 'country', place: { name: 'Syria', geonameid: null, admin1: null, country: 'SY' } });
const plain = event({ id: 'p', place: { name: 'Nowhere', geonameid: null, admin1: null, country: null } });

describe('Arabic labels on the map', () => {
  it('labels an event with its Arabic name, country-wide ones as such', () => {
    expect(arabicLabel(hama)).toBe('حماة');
    expect(arabicLabel(syria)).toBe('سوريا (على مستوى البلاد)');
    expect(arabicLabel(plain)).toBeNull();
  });
  it('labels a country-wide report whose place has no Arabic name with the Arabic words and the name isolated, read right to left as MapLibre lays it out', () => {
    const label = arabicLabel(syriaNoAr)!;
    expect(label).toBe('\u2068Syria\u2069 (على مستوى البلاد)');
    // MapLibre's own bidirectional algorithm (bidi-js), as its label layout runs it (src/symbol/bidi.ts).
    const embedding = bidi.getEmbeddingLevels(label);
    const { levels, paragraphs } = embedding;
    expect(paragraphs.map((p) => p.level)).toEqual([1]);
    const at = (ch: string): number => levels[label.indexOf(ch)]!;
    expect(at('S') % 2).toBe(0);
    expect([at('('), at(')')].map((l) => l % 2)).toEqual([1, 1]);
    // In visual order (left to right), brackets mirrored where read right to left and the marks dropped:
    // the bracketed words on the left, the name on the right, where an Arabic reader starts.
    const chars = [...label].map((c, i) => (levels[i]! % 2 ? (bidi.getMirroredCharacter(c) ?? c) : c));
    const visual = bidi.getReorderedIndices(label, embedding).map((i) => chars[i]).join('').replace(/[\u2066-\u2069]/g, '');
    expect(visual).toBe('(دالبلا ىوتسم ىلع) Syria');
  });
  it('puts label_ar beside label on the map features that have one', () => {
    const byId = new Map([hama, plain].map((f) => [f.properties.id, f]));
    const fc = withArabicEventLabels(toMapCollection([hama, plain]), byId);
    const props = Object.fromEntries(fc.features.map((f) => [f.properties.id, f.properties]));
    expect(props.h?.label_ar).toBe('حماة');
    expect(props.p?.label_ar).toBeUndefined();
  });
  it('falls back to the English name in Arabic mode, and spaces no Arabic letters apart', () => {
    const ar = Object.fromEntries(labelLayout('ar').map(([l, k, v]) => [`${l}/${k}`, v]));
    expect(ar['events-labels/text-field']).toEqual(['coalesce', ['get', 'label_ar'], ['get', 'label']]);
    expect(ar['country-labels/text-letter-spacing']).toBe(0);
    const en = Object.fromEntries(labelLayout('en').map(([l, k, v]) => [`${l}/${k}`, v]));
    expect(en['events-labels/text-field']).toEqual(['get', 'label']);
  });
  it('names countries in Arabic by their numeric ISO code, and those Natural Earth gives no code by name (N. Cyprus)', () => {
    const labels: Basemap['labels'] = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: { type: 'Point', coordinates: [38, 35] }, properties: { name: 'Syria', area: 18, code: '760' } },
        { type: 'Feature', geometry: { type: 'Point', coordinates: [33.6, 35.3] }, properties: { name: 'N. Cyprus', area: 0.3, code: '' } },
        { type: 'Feature', geometry: { type: 'Point', coordinates: [0, 0] }, properties: { name: 'Nowhere', area: 1, code: '' } },
      ],
    };
    const out = withArabicLabels(labels, countryNameAr);
    expect(out.features.map((f) => f.properties.name_ar)).toEqual(['سوريا', 'شمال قبرص', undefined]);
  });
  it('has an Arabic name for every country the basemap labels, with or without a code', () => {
    const topology = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../node_modules/world-atlas/countries-50m.json'), 'utf8')) as Topology;
    const missing = basemapFromTopology(topology).labels.features.filter((f) => !countryNameAr(f.properties.code || f.properties.name)).map((f) => f.properties.name);
    expect(missing).toEqual([]);
  });
});

describe('Arabic place names on the page', () => {
  it('renames the place of an event for the table and popup, keeping the English name when there is no Arabic one', () => {
    expect(localiseEvent(hama, 'ar').properties.place.name).toBe('حماة');
    expect(localiseEvent(hama, 'en')).toBe(hama);
    expect(localiseEvent(plain, 'ar')).toBe(plain);
  });
  it('tells text that starts in Arabic', () => {
    expect(startsArabic('حماة')).toBe(true);
    expect(startsArabic('  (حماة) 12')).toBe(true);
    expect(startsArabic('Hama حماة')).toBe(false);
    expect(startsArabic('2011')).toBe(false);
  });
  it('marks text that starts in Arabic with lang="ar" dir="rtl", and unmarks it when it changes back', () => {
    const { document } = parseHTML('<table><tr><td id="a">حماة</td><td id="b">Battles</td></tr></table>');
    markArabicText(document.querySelector('table')!);
    const a = document.getElementById('a')!;
    expect([a.getAttribute('lang'), a.getAttribute('dir')]).toEqual(['ar', 'rtl']);
    expect(document.getElementById('b')!.hasAttribute('lang')).toBe(false);
    a.textContent = 'Hama';
    markArabicText(document.querySelector('table')!);
    expect(a.hasAttribute('lang')).toBe(false);
  });
});

describe('the map labels\u2019 Arabic template', () => {
  it('is the Arabic catalogue\u2019s own (the labels are made before that catalogue loads)', async () => {
    const { AR } = await import('../../src/app/i18n/messages-ar.ts');
    const { COUNTRY_WIDE_AR } = await import('../../src/app/map/labels-lang.ts');
    expect(COUNTRY_WIDE_AR).toBe(AR['where.country']);
  });
});
