// Layer definitions of the map's style: the offline basemap and the three kinds of event marker.
import { filtersExpression, NO_FILTERS, type Filters } from '../state/filters.ts';
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { GeoPrecision } from '../../shared/schema.ts';
import { rangeFilter, type DateRange } from '../state/range.ts';
import { EVENT_TYPES, FALLBACK_COLOUR, TYPE_COLOURS } from '../ui/palette.ts';
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

/** The event layers, bottom to top. Tests query these ids with queryRenderedFeatures. */
export const EVENT_LAYERS = {
  country: 'events-country',
  admin1: 'events-admin1',
  place: 'events-place',
} as const;
export const EVENT_LAYER_IDS: string[] = [EVENT_LAYERS.country, EVENT_LAYERS.admin1, EVENT_LAYERS.place];
export const EVENT_LABEL_LAYER = 'events-labels';
/** Names of country- and province-wide events: one per place (centred under the ring, so that the same name
 * at the same point collides with itself), placed after the towns' names. */
export const EVENT_AREA_LABEL_LAYER = 'events-labels-area';
export const EVENT_LABEL_LAYERS: string[] = [EVENT_LABEL_LAYER, EVENT_AREA_LABEL_LAYER];

const PRECISION_OF: Record<string, GeoPrecision> = {
  [EVENT_LAYERS.country]: 'country',
  [EVENT_LAYERS.admin1]: 'admin1',
  [EVENT_LAYERS.place]: 'place',
};

/** The filter of an event layer: its kind of marker, and the date range (null = all dates). */
export function eventLayerFilter(layerId: string, range: DateRange | null, filters: Filters = NO_FILTERS): ExpressionSpecification {
  const prec = PRECISION_OF[layerId];
  const dates: ExpressionSpecification = ['all', rangeFilter(range), filtersExpression(filters)];
  if (layerId === EVENT_LABEL_LAYER) return ['all', ['==', ['get', 'prec'], 'place'], dates];
  if (layerId === EVENT_AREA_LABEL_LAYER) return ['all', ['!=', ['get', 'prec'], 'place'], dates];
  return prec ? ['all', ['==', ['get', 'prec'], prec], dates] : dates;
}

/** Every layer whose filter follows the date range. */
export const RANGE_FILTERED_LAYERS: string[] = [...EVENT_LAYER_IDS, ...EVENT_LABEL_LAYERS];

export function typeColour(): ExpressionSpecification {
  const pairs = EVENT_TYPES.flatMap((t) => [t, TYPE_COLOURS[t]]);
  return ['match', ['get', 'type'], ...pairs, FALLBACK_COLOUR] as unknown as ExpressionSpecification;
}

const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];

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

export function eventLayers(scale: number, range: DateRange | null = null, count = 0): LayerSpecification[] {
  const radius = radiusExpression(scale);
  const dense = count > DENSE;
  const colour = typeColour();
  return [
    {
      // Country-wide events: a hollow ring, never a dot on the capital.
      id: EVENT_LAYERS.country,
      type: 'circle',
      source: SOURCES.events,
      filter: eventLayerFilter(EVENT_LAYERS.country, range),
      paint: {
        'circle-radius': ['max', 18, ['+', radius, 8]],
        'circle-color': colour,
        'circle-opacity': 0.06,
        'circle-stroke-color': colour,
        'circle-stroke-width': ['case', selected, 4, 2.5],
        'circle-stroke-opacity': 0.9,
        'circle-pitch-alignment': 'map',
      },
    },
    {
      // Province-wide events: a large translucent disc that reads as an area.
      id: EVENT_LAYERS.admin1,
      type: 'circle',
      source: SOURCES.events,
      filter: eventLayerFilter(EVENT_LAYERS.admin1, range),
      paint: {
        'circle-radius': ['max', 14, ['+', radius, 6]],
        'circle-color': colour,
        'circle-opacity': 0.22,
        'circle-stroke-color': ['case', selected, COLOURS.selected, colour],
        'circle-stroke-width': ['case', selected, 2.5, 1],
        'circle-stroke-opacity': 0.8,
      },
    },
    {
      id: EVENT_LAYERS.place,
      type: 'circle',
      source: SOURCES.events,
      filter: eventLayerFilter(EVENT_LAYERS.place, range),
      layout: { 'circle-sort-key': ['-', 0, ['get', 'toll']] },
      paint: {
        'circle-radius': radius,
        'circle-color': colour,
        'circle-opacity': ['case', ['get', 'claim'], 0.4, dense ? 0.6 : 0.78],
        'circle-stroke-color': ['case', selected, COLOURS.selected, '#ffffff'],
        'circle-stroke-width': ['case', selected, 2.5, 1],
      },
    },
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
