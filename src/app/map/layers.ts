// Layer definitions of the map's style: the offline basemap and the events' names. The events' markers,
// at every size, are the GPU custom layer's (./gpu/points.ts), added once the style has loaded.
import { filtersExpression, NO_FILTERS, type Filters } from '../state/filters.ts';
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { rangeFilter, type DateRange } from '../state/range.ts';
import { radiusExpression } from './size.ts';

export const SOURCES = {
  land: 'land',
  borders: 'borders',
  countryLabels: 'country-labels',
  events: 'events',
} as const;

export const FONT = 'DejaVu Sans';

export const COLOURS = {
  ocean: '#dde7ee',
  land: '#f6f4ef',
  coast: '#a9b9c4',
  border: '#a39e93',
  countryLabel: '#8b857a',
  eventLabel: '#222222',
  halo: 'rgba(255,255,255,0.9)',
  selected: '#111111',
};

/** The GPU custom layer that draws every event's marker (./gpu/points.ts); MapLibre draws the events' names only. */
export const GPU_POINTS_LAYER = 'events-gpu';
export const EVENT_LABEL_LAYER = 'events-labels';
/** Names of country- and province-wide events: one per place (centred under the ring, so that the same name
 * at the same point collides with itself), placed after the towns' names. */
export const EVENT_AREA_LABEL_LAYER = 'events-labels-area';
export const EVENT_LABEL_LAYERS: string[] = [EVENT_LABEL_LAYER, EVENT_AREA_LABEL_LAYER];

/** The filter of a label layer: its kind of place, and the date range (null = all dates) and filters. */
export function eventLayerFilter(layerId: string, range: DateRange | null, filters: Filters = NO_FILTERS): ExpressionSpecification {
  const dates: ExpressionSpecification = ['all', rangeFilter(range), filtersExpression(filters)];
  if (layerId === EVENT_LABEL_LAYER) return ['all', ['==', ['get', 'prec'], 'place'], dates];
  if (layerId === EVENT_AREA_LABEL_LAYER) return ['all', ['!=', ['get', 'prec'], 'place'], dates];
  return dates;
}

/** Every layer whose filter follows the date range and the filters. */
export const RANGE_FILTERED_LAYERS: string[] = [...EVENT_LABEL_LAYERS];

export function basemapLayers(): LayerSpecification[] {
  return [
    { id: 'ocean', type: 'background', paint: { 'background-color': COLOURS.ocean } },
    { id: 'land', type: 'fill', source: SOURCES.land, paint: { 'fill-color': COLOURS.land } },
    {
      id: 'coast',
      type: 'line',
      source: SOURCES.land,
      paint: { 'line-color': COLOURS.coast, 'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.4, 7, 1] },
    },
    {
      id: 'borders',
      type: 'line',
      source: SOURCES.borders,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': COLOURS.border, 'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.5, 7, 1.4] },
    },
    {
      id: 'country-labels',
      type: 'symbol',
      source: SOURCES.countryLabels,
      layout: {
        'text-field': ['upcase', ['get', 'name']],
        'text-font': [FONT],
        'text-size': ['interpolate', ['linear'], ['zoom'], 2, 9, 6, 13],
        'text-letter-spacing': 0.12,
        'text-max-width': 8,
        'symbol-sort-key': ['-', 0, ['get', 'area']],
        'text-padding': 4,
      },
      paint: { 'text-color': COLOURS.countryLabel, 'text-halo-color': COLOURS.halo, 'text-halo-width': 1 },
    },
  ];
}

/** Above this many events, markers get lighter and names wait for a closer zoom. */
export const DENSE = 150;

/** The events' names (the markers are the GPU layer's). */
export function eventLayers(scale: number, range: DateRange | null = null, count = 0): LayerSpecification[] {
  const radius = radiusExpression(scale);
  const dense = count > DENSE;
  return [
    {
      id: EVENT_AREA_LABEL_LAYER,
      type: 'symbol',
      minzoom: dense ? 5 : 0,
      source: SOURCES.events,
      filter: eventLayerFilter(EVENT_AREA_LABEL_LAYER, range),
      layout: {
        'text-field': ['get', 'label'],
        'text-font': [FONT],
        'text-size': 12,
        'text-max-width': 12,
        // One anchor only: a second event at the same place would take another side and repeat the name.
        'text-variable-anchor': ['top'],
        'text-radial-offset': ['+', 0.3, ['/', ['match', ['get', 'prec'], 'country', ['max', 18, ['+', radius, 8]], ['max', 14, ['+', radius, 6]]], 12]],
        'text-padding': 6,
        'symbol-sort-key': ['-', 0, ['get', 'toll']],
      },
      paint: { 'text-color': COLOURS.eventLabel, 'text-halo-color': COLOURS.halo, 'text-halo-width': 1.5 },
    },
    {
      id: EVENT_LABEL_LAYER,
      type: 'symbol',
      minzoom: dense ? 7 : 0,
      source: SOURCES.events,
      filter: eventLayerFilter(EVENT_LABEL_LAYER, range),
      layout: {
        'text-field': ['get', 'label'],
        'text-font': [FONT],
        'text-size': 12,
        'text-max-width': 14,
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': ['+', 0.4, ['/', radius, 12]],
        'text-justify': 'auto',
        'text-padding': 2,
        'symbol-sort-key': ['-', 0, ['get', 'toll']],
      },
      paint: { 'text-color': COLOURS.eventLabel, 'text-halo-color': COLOURS.halo, 'text-halo-width': 1.5 },
    },
  ];
}
