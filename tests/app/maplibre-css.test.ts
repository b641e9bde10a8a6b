// The map's copy of MapLibre's stylesheet (src/app/map/maplibre-used.css, written by scripts/maplibre-css.mjs):
// what the script writes from the installed maplibre-gl, with every rule of the parts the map uses (the
// map and canvas, the zoom buttons, the attribution, popups, cooperative gestures) and none of the others'.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { keepUsed, UNUSED } from '../../scripts/maplibre-css.mjs';

const full = readFileSync(createRequire(import.meta.url).resolve('maplibre-gl/dist/maplibre-gl.css'), 'utf8');
const used = readFileSync(new URL('../../src/app/map/maplibre-used.css', import.meta.url), 'utf8');

describe('maplibre-used.css', () => {
  it('is what the script writes from the installed maplibre-gl', () => {
    expect(used.slice(used.indexOf('\n') + 1).trim()).toBe((keepUsed(full) as string).trim());
  });

  it('keeps the rules of the parts the map uses and drops the unused controls', () => {
    for (const part of ['.maplibregl-map', '.maplibregl-canvas', '.maplibregl-ctrl-zoom-in', '.maplibregl-ctrl-zoom-out', '.maplibregl-ctrl-attrib-button', '.maplibregl-compact', '.maplibregl-popup-tip', '.maplibregl-popup-close-button', '.maplibregl-cooperative-gesture-screen', '.maplibregl-boxzoom'])
      expect(used, part).toContain(part);
    for (const part of UNUSED as string[]) expect(used, part).not.toContain(part);
    // Each kept rule is MapLibre's own, word for word: the zoom-in icon in light and dark.
    const zoomIn = full.match(/\.maplibregl-ctrl button\.maplibregl-ctrl-zoom-in \.maplibregl-ctrl-icon\{[^}]*\}/g) ?? [];
    expect(zoomIn.length).toBeGreaterThan(0);
    for (const rule of zoomIn) expect(used).toContain(rule);
    expect(used.length).toBeLessThan(full.length / 4);
  });
});
