#!/usr/bin/env node
// Writes public/fonts/DejaVuSans.ttf and DejaVuSans-Bold.ttf: DejaVu Sans (from the dejavu-fonts-ttf package) cut to the
// characters the map and the page draw: Latin with the letters of transliterated place names (GeoNames),
// punctuation, arrows and the player's symbols, and Arabic with its presentation forms (lang=ar).
// The full font is 757 KB (380 KB gzip); the subset is a fraction of it. Glyphs outside these ranges fall
// back to the system's fonts on the page. Uses subset-font (HarfBuzz's hb-subset as WebAssembly).
//   npm run fonts  (node scripts/subset-font.mjs [-o DIR], DIR defaulting to public/fonts)
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import subsetFont from 'subset-font';

const require = createRequire(import.meta.url);
const ROOT = resolve(import.meta.dirname, '..');

/** Inclusive code point ranges kept. */
export const RANGES = [
  [0x0020, 0x007e], // Basic Latin
  [0x00a0, 0x017f], // Latin-1 Supplement and Latin Extended-A (ā ī ū ş ţ …)
  [0x02bb, 0x02bf], // ʻ ʼ ʾ ʿ (ayn and hamza in transliterated names)
  // The dotted and cedilla letters of Arabic transliteration (GeoNames: Ḩamāh, Ḑayr, Ẕ …).
  [0x1e0c, 0x1e11], [0x1e24, 0x1e29], [0x1e62, 0x1e63], [0x1e6c, 0x1e6d], [0x1e92, 0x1e95],
  [0x2010, 0x2027], // Dashes, quotes, bullet, ellipsis
  [0x200c, 0x200f], [0x2066, 0x2069], // Joiners, direction marks and isolates
  [0x2190, 0x2193], // Arrows
  [0x2212, 0x2212], [0x221a, 0x221a], [0x2248, 0x2248], // − √ ≈
  [0x25b2, 0x25b2], [0x25b6, 0x25b6], [0x25b8, 0x25b8], [0x25bc, 0x25bc], [0x25be, 0x25be], [0x275a, 0x275a], // ▲ ▶ ▸ ▼ ▾ ❚
  [0x0600, 0x06ff], // Arabic
  [0x0750, 0x077f], // Arabic Supplement
  [0xfe70, 0xfeff], // Arabic Presentation Forms-B (the letters' joined forms)
];

export function subsetText(ranges = RANGES) {
  let text = '';
  for (const [a, b] of ranges) for (let c = a; c <= b; c++) text += String.fromCodePoint(c);
  return text;
}

const FONTS = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'];

/** The subset of one of the package's fonts. */
export async function subsetOf(file) {
  const full = readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`));
  return { full: full.length, subset: await subsetFont(full, subsetText(), { targetFormat: 'truetype', noHinting: true }) };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const args = process.argv.slice(2);
  const o = args.indexOf('-o');
  const dir = o >= 0 ? args[o + 1] : resolve(ROOT, 'public/fonts');
  for (const file of FONTS) {
    const { full, subset } = await subsetOf(file);
    writeFileSync(resolve(dir, file), subset);
    console.log(`${resolve(dir, file)}: ${subset.length} bytes (from ${full})`);
  }
}
