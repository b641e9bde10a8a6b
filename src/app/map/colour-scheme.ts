// Light and dark palettes for the map, following `prefers-color-scheme` or the reader's toggle: the basemap's land, water,
// borders and labels, and event colours that keep their contrast on a dark basemap. The style is built
// light (layers.ts); `paletteChanges` lists the paint properties that differ, applied to a style before
// the map is made and to a live map when the system's scheme changes.
import type { LayerSpecification, Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import type { EventType } from '../../shared/schema.ts';
import { EVENT_TYPES, FALLBACK_COLOUR, TYPE_COLOURS } from '../ui/palette.ts';
import type { MarkerPalette } from './gpu/layer.ts';
import { COLOURS, EVENT_LABEL_LAYERS } from './layers.ts';

export type Scheme = 'light' | 'dark';

export interface MapPalette {
  ocean: string;
  land: string;
  coast: string;
  border: string;
  countryLabel: string;
  eventLabel: string;
  halo: string;
  selected: string;
  /** The ring around a town's disc. */
  markerStroke: string;
  types: Record<EventType, string>;
  fallback: string;
}

export const LIGHT: MapPalette = { ...COLOURS, markerStroke: '#ffffff', types: TYPE_COLOURS, fallback: FALLBACK_COLOUR };

/** Lighter event colours for a dark basemap: each keeps at least 3:1 against land and water (tested). */
export const DARK: MapPalette = {
  ocean: '#16212b',
  land: '#2a2a28',
  coast: '#4f5f6b',
  border: '#77726a',
  countryLabel: '#aaa397',
  eventLabel: '#f2f0eb',
  halo: 'rgba(18,18,18,0.9)',
  selected: '#ffffff',
  markerStroke: '#101010',
  types: {
    Battles: '#f0705f',
    'Violence against civilians': '#c48ee0',
    Protests: '#5eb0ee',
    Riots: '#f2a43a',
    'Explosions/Remote violence': '#6a6aff',
    'Strategic developments': '#86c95a',
  },
  fallback: '#b0b0b0',
};

export const paletteOf = (scheme: Scheme): MapPalette => (scheme === 'dark' ? DARK : LIGHT);

/** The GPU layer's marker colours (./gpu/layer.ts) of a palette: each type's, a town's ring, the selected event's ring. */
export function markerPalette(p: MapPalette): MarkerPalette {
  return { types: [...EVENT_TYPES.map((t) => p.types[t]), p.fallback], stroke: p.markerStroke, selected: p.selected };
}

export type PaintChange = [layer: string, property: string, value: unknown];

/** The paint properties that carry the palette, by layer (the markers' colours are the GPU layer's: markerPalette). Pure. */
export function paletteChanges(p: MapPalette): PaintChange[] {
  return [
    ['ocean', 'background-color', p.ocean],
    ['land', 'fill-color', p.land],
    ['coast', 'line-color', p.coast],
    ['borders', 'line-color', p.border],
    ['country-labels', 'text-color', p.countryLabel],
    ['country-labels', 'text-halo-color', p.halo],
    ...EVENT_LABEL_LAYERS.flatMap((id): PaintChange[] => [
      [id, 'text-color', p.eventLabel],
      [id, 'text-halo-color', p.halo],
    ]),
  ];
}

/** The style with the palette's colours (layers it does not have are left alone). Pure. */
export function styleWithPalette(style: StyleSpecification, p: MapPalette): StyleSpecification {
  const changes = paletteChanges(p);
  const layers = style.layers.map((layer): LayerSpecification => {
    const mine = changes.filter(([id]) => id === layer.id);
    if (!mine.length || !('paint' in layer)) return layer;
    const paint: Record<string, unknown> = { ...(layer.paint as Record<string, unknown> | undefined) };
    for (const [, prop, value] of mine) paint[prop] = value;
    return { ...layer, paint } as LayerSpecification;
  });
  return { ...style, layers };
}

const markerPainters = new WeakMap<MapLibreMap, (p: MarkerPalette) => void>();

/** Who repaints a map's markers (its GPU layer, ./gpu/points.ts) when the palette changes. */
export function paintMarkersWith(map: MapLibreMap, paint: (p: MarkerPalette) => void): void {
  markerPainters.set(map, paint);
}

/** Repaints a live map with a palette: its layers' paint properties and its markers. */
export function applyPalette(map: MapLibreMap, p: MapPalette): void {
  for (const [id, prop, value] of paletteChanges(p))
    if (map.getLayer(id)) map.setPaintProperty(id, prop as never, value as never);
  markerPainters.get(map)?.(markerPalette(p));
}

const QUERY = '(prefers-color-scheme: dark)';
/** Fired on the window when the reader picks a scheme with the toggle (src/app/ui/scheme-toggle.ts). */
export const SCHEME_EVENT = 'conflict-map:scheme';

/** The reader's choice (`html[data-scheme]`), else the system's setting. */
export function currentScheme(win: Window = window): Scheme {
  const chosen = win.document?.documentElement.dataset.scheme;
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return win.matchMedia?.(QUERY).matches ? 'dark' : 'light';
}

/** Calls back with the scheme whenever the system's or the reader's choice changes. Returns a function that stops it. */
export function onSchemeChange(callback: (scheme: Scheme) => void, win: Window = window): () => void {
  const mq = win.matchMedia?.(QUERY);
  const listener = (): void => callback(currentScheme(win));
  mq?.addEventListener('change', listener);
  win.addEventListener(SCHEME_EVENT, listener);
  return () => {
    mq?.removeEventListener('change', listener);
    win.removeEventListener(SCHEME_EVENT, listener);
  };
}

/** Keeps a map's colours in step with the scheme. */
export function bindColourScheme(map: MapLibreMap, win: Window = window): () => void {
  return onSchemeChange((scheme) => applyPalette(map, paletteOf(scheme)), win);
}

/** WCAG relative luminance of #rrggbb. */
export function luminance(hex: string): number {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  const c = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
}

/** WCAG contrast ratio of two #rrggbb colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
