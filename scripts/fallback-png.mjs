#!/usr/bin/env node
// The static image in the embed code's <noscript>: the events on the basemap, drawn without a browser.
// The map is drawn as SVG (d3-geo's Mercator fitted to the events, Natural Earth countries, one circle per
// dated event sized by √deaths like the map) and rasterised with resvg's WebAssembly build and the bundled
// DejaVu font, so `npm run build` makes it on any machine (the Vite build emits it as embed-fallback.png).
//   node scripts/fallback-png.mjs [events.geojson] [-o out.png]
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { geoMercator, geoPath } from 'd3';
import { feature, mesh } from 'topojson-client';
import { initWasm, Resvg } from '@resvg/resvg-wasm';

const require = createRequire(import.meta.url);
const ROOT = resolve(import.meta.dirname, '..');
export const WIDTH = 800;
export const HEIGHT = 500;

// As src/app/ui/palette.ts and src/app/map/layers.ts (light scheme).
const TYPE_COLOURS = {
  Battles: '#c0392b',
  'Violence against civilians': '#7b3294',
  Protests: '#2c7bb6',
  Riots: '#e08214',
  'Explosions/Remote violence': '#1a1a1a',
  'Strategic developments': '#4d9221',
};
const OCEAN = '#dde7ee';
const LAND = '#f6f4ef';
const BORDER = '#b9b2a6';
const INK = '#222222';

const xml = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** "31 Jul 2011 – 6 Aug 2011" for the dates the events span, or "" when none is dated. */
export function spanOf(features) {
  const days = features.flatMap((f) => [f.properties.date_start, f.properties.date_end]).filter(Boolean).sort();
  if (!days.length) return '';
  const fmt = (d) => new Date(`${d}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return days[0] === days.at(-1) ? fmt(days[0]) : `${fmt(days[0])} – ${fmt(days.at(-1))}`;
}

/** The SVG of the map: pure, so it can be tested without rasterising. */
export function fallbackSvg(collection, topology) {
  const features = collection.features.filter((f) => f.geometry?.type === 'Point');
  const land = feature(topology, topology.objects.countries);
  const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b);
  const projection = geoMercator();
  const pad = 60;
  if (features.length) {
    projection.fitExtent([[pad, pad], [WIDTH - pad, HEIGHT - pad]], { type: 'MultiPoint', coordinates: features.map((f) => f.geometry.coordinates) });
    // Never closer than about 15° of longitude across: the country around the events stays in view.
    const most = WIDTH / ((15 * Math.PI) / 180);
    if (projection.scale() > most) {
      const lons = features.map((f) => f.geometry.coordinates[0]);
      const lats = features.map((f) => f.geometry.coordinates[1]);
      const mid = [(Math.min(...lons) + Math.max(...lons)) / 2, (Math.min(...lats) + Math.max(...lats)) / 2];
      projection.scale(most).translate([WIDTH / 2, HEIGHT / 2]).center([0, 0]);
      const [x, y] = projection(mid);
      projection.translate([WIDTH - x, HEIGHT - y + 17]);
    }
  } else projection.fitExtent([[10, 10], [WIDTH - 10, HEIGHT - 10]], { type: 'Sphere' });
  const path = geoPath(projection);
  const max = Math.max(1, ...features.map((f) => f.properties.fatalities?.best ?? 0));
  const radius = (f) => 4 + 26 * Math.sqrt((f.properties.fatalities?.best ?? 0) / max);
  const sorted = [...features].sort((a, b) => radius(b) - radius(a));
  const circles = sorted.map((f) => {
    const [x, y] = projection(f.geometry.coordinates);
    const colour = TYPE_COLOURS[f.properties.event_type] ?? '#777777';
    return `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${radius(f).toFixed(1)}" fill="${colour}" fill-opacity="0.7" stroke="#ffffff" stroke-width="1.5"/>`;
  });
  const named = new Map();
  for (const f of sorted) if (f.properties.geo_precision === 'place' && !named.has(f.properties.place?.name)) named.set(f.properties.place?.name, f);
  const labels = [...named.values()].map((f) => {
    const [x, y] = projection(f.geometry.coordinates);
    return `<text x="${(x + radius(f) + 4).toFixed(1)}" y="${(y + 5).toFixed(1)}" font-size="15" fill="${INK}" stroke="${LAND}" stroke-width="3" paint-order="stroke">${xml(f.properties.place.name)}</text>`;
  });
  const span = spanOf(features);
  const caption = `${features.length} reported event${features.length === 1 ? '' : 's'}${span ? `, ${span}` : ''}. Circles sized by deaths.`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="DejaVu Sans">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="${OCEAN}"/>`,
    `<path d="${path(land)}" fill="${LAND}" stroke="#9fb3c1" stroke-width="0.8"/>`,
    `<path d="${path(borders)}" fill="none" stroke="${BORDER}" stroke-width="1"/>`,
    ...circles,
    ...labels,
    `<rect x="0" y="0" width="${WIDTH}" height="34" fill="#ffffff" fill-opacity="0.85"/>`,
    `<text x="12" y="23" font-size="16" fill="${INK}">Conflict Map — ${xml(caption)}</text>`,
    `<text x="${WIDTH - 8}" y="${HEIGHT - 8}" font-size="11" fill="#555555" text-anchor="end">Basemap: Natural Earth. Places: GeoNames (CC BY 4.0). Static image: turn on JavaScript for the map.</text>`,
    '</svg>',
  ].join('\n');
}

let ready = null;

/** The PNG of `fallbackSvg`, rasterised with resvg (WebAssembly) and DejaVu Sans. */
export async function fallbackPng(collection, topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'))) {
  ready ??= initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
  await ready;
  const font = readFileSync(resolve(ROOT, 'node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf'));
  const svg = new Resvg(fallbackSvg(collection, topology), {
    font: { fontBuffers: [new Uint8Array(font)], defaultFontFamily: 'DejaVu Sans', loadSystemFonts: false },
    fitTo: { mode: 'width', value: WIDTH },
  });
  return svg.render().asPng();
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const args = process.argv.slice(2);
  const o = args.indexOf('-o');
  const out = o >= 0 ? args.splice(o, 2)[1] : 'embed-fallback.png';
  const input = args[0] ?? resolve(ROOT, 'public/data/events.geojson');
  const png = await fallbackPng(JSON.parse(readFileSync(input, 'utf8')));
  writeFileSync(out, png);
  console.log(`${out}: ${png.length} bytes, ${WIDTH}×${HEIGHT}`);
}
