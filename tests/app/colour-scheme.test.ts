import { describe, expect, it } from 'vitest';
import { contrast, DARK, LIGHT, markerPalette, paletteChanges, styleWithPalette } from '../../src/app/map/colour-scheme.ts';
import { basemapLayers, eventLayers } from '../../src/app/map/layers.ts';
import { EVENT_TYPES } from '../../src/shared/schema.ts';
import type { StyleSpecification } from 'maplibre-gl';

describe('map colours for light and dark screens', () => {
  it('draws no event type in a neutral grey or black (those mean a claim and the legend\'s shapes)', () => {
    const spread = (hex: string): number => {
      const n = Number.parseInt(hex.slice(1), 16);
      const c = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
      return Math.max(...c) - Math.min(...c);
    };
    for (const t of EVENT_TYPES) {
      expect(spread(LIGHT.types[t]), `${t} (light)`).toBeGreaterThanOrEqual(80);
      expect(spread(DARK.types[t]), `${t} (dark)`).toBeGreaterThanOrEqual(80);
    }
  });
  it('keeps every event colour at 3:1 or more against dark land and dark water', () => {
    for (const t of EVENT_TYPES) {
      expect(contrast(DARK.types[t], DARK.land), t).toBeGreaterThanOrEqual(3);
      expect(contrast(DARK.types[t], DARK.ocean), t).toBeGreaterThanOrEqual(3);
    }
    expect(contrast(DARK.fallback, DARK.land)).toBeGreaterThanOrEqual(3);
  });
  it('writes event labels and country names readably on the dark basemap', () => {
    expect(contrast(DARK.eventLabel, DARK.land)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(DARK.countryLabel, DARK.land)).toBeGreaterThanOrEqual(4.5);
  });
  it('the light palette is the style as layers.ts builds it', () => {
    const style: StyleSpecification = { version: 8, sources: {}, layers: [...basemapLayers(), ...eventLayers(3)] };
    expect(styleWithPalette(style, LIGHT).layers.find((l) => l.id === 'land')).toEqual(style.layers.find((l) => l.id === 'land'));
  });
  it('repaints land, water, borders, labels and event markers for the dark palette', () => {
    const style: StyleSpecification = { version: 8, sources: {}, layers: [...basemapLayers(), ...eventLayers(3)] };
    const dark = styleWithPalette(style, DARK);
    const paint = (id: string): Record<string, unknown> => (dark.layers.find((l) => l.id === id) as { paint: Record<string, unknown> }).paint;
    expect(paint('ocean')['background-color']).toBe(DARK.ocean);
    expect(paint('land')['fill-color']).toBe(DARK.land);
    expect(paint('borders')['line-color']).toBe(DARK.border);
    expect(paint('events-labels')['text-color']).toBe(DARK.eventLabel);
    // The markers (the GPU layer) take the palette's type colours, ring and selection colour.
    expect(markerPalette(DARK)).toEqual({ types: [...EVENT_TYPES.map((t) => DARK.types[t]), DARK.fallback], stroke: DARK.markerStroke, selected: DARK.selected });
    // Every change names a layer that exists.
    for (const [id] of paletteChanges(DARK)) expect(dark.layers.some((l) => l.id === id), id).toBe(true);
  });
});
