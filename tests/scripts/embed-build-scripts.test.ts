// The embed's build scripts: the <noscript> map (fallback-png.mjs), the font subset (subset-font.mjs) and
// the bundle bench's reading of a build (bench-bundle.mjs).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain .mjs scripts, no type declarations
import { fallbackSvg, spanOf } from '../../scripts/fallback-png.mjs';
// @ts-expect-error: plain .mjs scripts, no type declarations
import { subsetText } from '../../scripts/subset-font.mjs';
// @ts-expect-error: plain .mjs scripts, no type declarations
import { firstLoadScripts, staticImports } from '../../scripts/bench-bundle.mjs';

const require = createRequire(import.meta.url);
const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'));
const event = (id: string, name: string, coords: [number, number], best: number | null, start: string | null) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: coords },
  properties: { id, event_type: 'Battles', date_start: start, date_end: start, place: { name }, geo_precision: 'place', fatalities: best === null ? null : { best } },
});

describe('fallback PNG (the map as SVG)', () => {
  it('draws one circle per event and each place name once, as escaped text', () => {
    const svg: string = fallbackSvg(
      { type: 'FeatureCollection', features: [event('a', 'Hama <b>', [36.75, 35.13], 300, '2011-07-31'), event('b', 'Hama <b>', [36.75, 35.13], 2, null), event('c', 'Deraa', [36.1, 32.6], null, '2011-08-05')] },
      topology,
    );
    expect(svg.match(/<circle /g)).toHaveLength(3);
    expect(svg).toContain('Hama &lt;b&gt;');
    expect(svg).not.toContain('<b>');
    expect(svg.match(/Hama &lt;b&gt;<\/text>/g)).toHaveLength(1);
    expect(svg).toContain('3 reported events, 31 Jul 2011 – 5 Aug 2011');
  });
  it('states one day as a day, and no dates when none is dated', () => {
    expect(spanOf([event('a', 'X', [0, 0], 1, '2011-08-05')])).toBe('5 Aug 2011');
    expect(spanOf([event('a', 'X', [0, 0], 1, null)])).toBe('');
  });
});

describe('font subset', () => {
  it('keeps the letters of transliterated names, the player\'s symbols and Arabic', () => {
    const text: string = subsetText();
    for (const ch of ['a', 'é', 'ā', 'Ḩ', 'ʿ', '–', '…', '▶', '❚', '√', 'ح', 'ﺣ']) expect(text).toContain(ch);
    expect(text).not.toContain('中');
  });
});

describe('bundle bench', () => {
  it('finds the scripts a built page loads first: module entry and modulepreloads', () =>
    expect(firstLoadScripts('<script type="module" crossorigin src="./assets/main.js"></script><link rel="modulepreload" crossorigin href="./assets/t.js"><link rel="stylesheet" href="./assets/x.css">')).toEqual(['./assets/main.js', './assets/t.js']));
  it('follows static imports, not dynamic ones', () =>
    expect(staticImports('import{a as b}from"./t.js";import"./r.js";const x=()=>import("./lazy.js");export{c}from"./e.js";')).toEqual(['./t.js', './r.js', './e.js']));
});
