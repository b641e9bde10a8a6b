// MapLibre sources and layers of the aggregate overlays. The heatmap draws from the events source with
// the same range and filter rule as the circles; hexagons and regions have their own GeoJSON sources,
// filled in by ./overlay-map.ts whenever the dates, the filters (or, for hexagons, the zoom) change.
import type { ExpressionSpecification, GeoJSONSourceSpecification, LayerSpecification } from 'maplibre-gl';
import { EVENT_LABEL_LAYERS, FONT, COLOURS, SOURCES } from '../map/layers.ts';
import { filtersExpression, type Filters } from '../state/filters.ts';
import type { Overlay } from '../state/overlay.ts';
import { rangeFilter, type DateRange } from '../state/range.ts';
import { deathsColour, heatColour, heatWeight } from './overlay-scale.ts';

export const OVERLAY_SOURCES = { hexagons: 'overlay-hexagons', regions: 'overlay-regions' } as const;

export const OVERLAY_LAYERS = {
  heatmap: 'overlay-heatmap',
  hexFill: 'overlay-hexagons-fill',
  hexLine: 'overlay-hexagons-line',
  hexLabel: 'overlay-hexagons-label',
  regionFill: 'overlay-regions-fill',
  regionLine: 'overlay-regions-line',
  regionLabel: 'overlay-regions-label',
} as const;

/** The layers each overlay shows; every other event or overlay layer is hidden (the markers, the GPU layer, follow the overlay themselves: map/gpu/points.ts). */
export const LAYERS_OF: Record<Overlay, readonly string[]> = {
  circles: [...EVENT_LABEL_LAYERS],
  heatmap: [OVERLAY_LAYERS.heatmap],
  hexagons: [OVERLAY_LAYERS.hexFill, OVERLAY_LAYERS.hexLine, OVERLAY_LAYERS.hexLabel],
  regions: [OVERLAY_LAYERS.regionFill, OVERLAY_LAYERS.regionLine, OVERLAY_LAYERS.regionLabel],
};

/** The layers the test queries and a click reads totals from. */
export const QUERY_LAYER: Record<Exclude<Overlay, 'circles'>, string> = {
  heatmap: OVERLAY_LAYERS.heatmap,
  hexagons: OVERLAY_LAYERS.hexFill,
  regions: OVERLAY_LAYERS.regionFill,
};

/** The heatmap's events: dates and filters as for the circles, towns only, no aggregate totals. */
export function heatmapFilter(range: DateRange | null, filters: Filters): ExpressionSpecification {
  return ['all', rangeFilter(range), filtersExpression(filters), ['==', ['get', 'prec'], 'place'], ['!', ['get', 'aggregate']]];
}

export const EMPTY: GeoJSONSourceSpecification = { type: 'geojson', data: { type: 'FeatureCollection', features: [] } };

const deathsText: ExpressionSpecification = [
  'case',
  ['==', ['get', 'reports'], ['get', 'untolled']],
  '?',
  ['number-format', ['get', 'deaths'], { locale: 'en-GB' }],
];

const label = (text: ExpressionSpecification): LayerSpecification['layout'] => ({
  'text-field': text,
  'text-font': [FONT],
  'text-size': 12,
  'text-max-width': 10,
  'text-padding': 2,
});
const labelPaint = { 'text-color': COLOURS.eventLabel, 'text-halo-color': COLOURS.halo, 'text-halo-width': 1.5 };

export function heatmapLayer(range: DateRange | null, filters: Filters, maxToll: number): LayerSpecification {
  return {
    id: OVERLAY_LAYERS.heatmap,
    type: 'heatmap',
    source: SOURCES.events,
    filter: heatmapFilter(range, filters),
    layout: { visibility: 'none' },
    paint: {
      'heatmap-weight': heatWeight(maxToll),
      'heatmap-color': heatColour(),
      'heatmap-radius': ['interpolate', ['linear'], ['zoom'], 2, 20, 6, 40, 10, 80],
      'heatmap-intensity': ['interpolate', ['linear'], ['zoom'], 2, 1.5, 9, 3],
      'heatmap-opacity': 0.85,
    },
  };
}

export function hexagonLayers(): LayerSpecification[] {
  const source = OVERLAY_SOURCES.hexagons;
  const hidden = { visibility: 'none' } as const;
  return [
    { id: OVERLAY_LAYERS.hexFill, type: 'fill', source, layout: hidden, paint: { 'fill-color': deathsColour(), 'fill-opacity': 0.8 } },
    { id: OVERLAY_LAYERS.hexLine, type: 'line', source, layout: hidden, paint: { 'line-color': '#ffffff', 'line-width': 1 } },
    { id: OVERLAY_LAYERS.hexLabel, type: 'symbol', source, layout: { ...label(deathsText), ...hidden }, paint: labelPaint },
  ];
}

export function regionLayers(): LayerSpecification[] {
  const source = OVERLAY_SOURCES.regions;
  const hidden = { visibility: 'none' } as const;
  const reported: ExpressionSpecification = ['>', ['get', 'reports'], 0];
  return [
    {
      id: OVERLAY_LAYERS.regionFill,
      type: 'fill',
      source,
      layout: hidden,
      paint: { 'fill-color': deathsColour(), 'fill-opacity': ['case', reported, 0.8, 0] },
    },
    { id: OVERLAY_LAYERS.regionLine, type: 'line', source, layout: hidden, paint: { 'line-color': '#8a8377', 'line-width': 0.8 } },
    {
      id: OVERLAY_LAYERS.regionLabel,
      type: 'symbol',
      source,
      filter: reported,
      layout: { ...label(['concat', ['get', 'name'], '\n', deathsText]), ...hidden },
      paint: labelPaint,
    },
  ];
}
