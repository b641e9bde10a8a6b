// The whole MapLibre style: offline sources, the layers of ./layers.ts and a local font file. No
// `glyphs` URL and no tiles: nothing is requested from any other host.
import type { FeatureCollection, Point } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../state/lang.ts';
import type { DateRange } from '../state/range.ts';
import type { Basemap } from './basemap.ts';
import { paletteOf, styleWithPalette, type Scheme } from './colour-scheme.ts';
import type { MapEventProps } from './events-source.ts';
import { labelLayout } from './labels-lang.ts';
import { basemapLayers, eventLayers, FONT, SOURCES } from './layers.ts';

export interface StyleInput {
  basemap: Basemap;
  events: FeatureCollection<Point, MapEventProps>;
  /** Absolute URL of the TTF the labels are drawn with. */
  fontUrl: string;
  /** Pixels per √death (see ./size.ts). */
  scale: number;
  /** The date range to open with. */
  range: DateRange | null;
  /** Light or dark colours (colour-scheme.ts); light when not given. */
  scheme?: Scheme;
  /** The language of the labels (labels-lang.ts); English when not given. */
  lang?: Lang;
}

export function buildStyle(input: StyleInput): StyleSpecification {
  const style = styleWithPalette(baseStyle(input), paletteOf(input.scheme ?? 'light'));
  const layout = labelLayout(input.lang ?? 'en');
  return {
    ...style,
    layers: style.layers.map((layer) => {
      const mine = layout.filter(([id]) => id === layer.id);
      if (!mine.length || layer.type !== 'symbol') return layer;
      return { ...layer, layout: { ...layer.layout, ...Object.fromEntries(mine.map(([, k, v]) => [k, v])) } };
    }),
  };
}

function baseStyle({ basemap, events, fontUrl, scale, range }: StyleInput): StyleSpecification {
  return {
    version: 8,
    name: 'Conflict Map',
    'font-faces': { [FONT]: fontUrl },
    sources: {
      // The credit for both is the map's attribution control, in the interface's language (./map-locale.ts).
      [SOURCES.land]: { type: 'geojson', data: basemap.land },
      [SOURCES.borders]: { type: 'geojson', data: basemap.borders },
      [SOURCES.countryLabels]: { type: 'geojson', data: basemap.labels },
      [SOURCES.events]: { type: 'geojson', data: events },
    },
    layers: [...basemapLayers(), ...eventLayers(scale, range, events.features.length)],
  };
}
