// Place names on the map in the chosen language: event labels from `place.name_ar` (the build fills it),
// country labels from i18n-iso-countries (loaded on demand). English stays the fallback for any name
// without an Arabic one. MapLibre 6 shapes Arabic and orders bidirectional text itself, with the bundled
// DejaVu Sans (which has Arabic letters): no plugin and nothing from another host.
import type { FeatureCollection, Point } from 'geojson';
import type { ExpressionSpecification, GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { EventFeature } from '../../shared/schema.ts';
import { isolateForeign } from '../i18n/current.ts';
import type { Lang } from '../state/lang.ts';
import { withArabicLabels, type Basemap } from './basemap.ts';
import type { MapEventProps } from './events-source.ts';
import { EVENT_AREA_LABEL_LAYER, EVENT_LABEL_LAYER, SOURCES } from './layers.ts';

export const COUNTRY_LABEL_LAYER = 'country-labels';

/**
 * An event's label in Arabic: its Arabic name, "سوريا (على مستوى البلاد)" for a country-wide report (the
 * popup's and the table's words), and the same words around the name as spelt when the place has no Arabic
 * name, that name isolated so the label reads right to left ("⁨Syria⁩ (على مستوى البلاد)"); null for a town
 * or a province with no Arabic name (its name alone, as in English).
 */
export function arabicLabel(f: EventFeature): string | null {
  const { place, geo_precision: precision } = f.properties;
  if (precision === 'country') return fill(COUNTRY_WIDE_AR, isolateForeign(place.name_ar ?? place.name, 'ar'));
  return place.name_ar ?? null;
}

/** The Arabic catalogue's 'where.country' (a unit test keeps them the same): the map's labels are made at
 * the start, whatever the language, and the catalogue loads only with the Arabic interface. */
export const COUNTRY_WIDE_AR = '{name} (على مستوى البلاد)';

const fill = (template: string, name: string): string => template.replace('{name}', name);

export type MapEventPropsAr = MapEventProps & { label_ar?: string };

/** The map's events with `label_ar` beside `label`. Pure. */
export function withArabicEventLabels(
  collection: FeatureCollection<Point, MapEventProps>,
  byId: ReadonlyMap<string, EventFeature>,
): FeatureCollection<Point, MapEventPropsAr> {
  return {
    ...collection,
    features: collection.features.map((f) => {
      const event = byId.get(f.properties.id);
      const ar = event ? arabicLabel(event) : null;
      return ar ? { ...f, properties: { ...f.properties, label_ar: ar } } : f;
    }),
  };
}

export type LayoutChange = [layer: string, property: string, value: unknown];

/** The label layers' layout for a language. Pure. */
export function labelLayout(lang: Lang): LayoutChange[] {
  const country: ExpressionSpecification = ['upcase', ['get', 'name']];
  if (lang !== 'ar')
    return [
      [EVENT_LABEL_LAYER, 'text-field', ['get', 'label']],
      [EVENT_AREA_LABEL_LAYER, 'text-field', ['get', 'label']],
      [COUNTRY_LABEL_LAYER, 'text-field', country],
      [COUNTRY_LABEL_LAYER, 'text-letter-spacing', 0.12],
    ];
  return [
    [EVENT_LABEL_LAYER, 'text-field', ['coalesce', ['get', 'label_ar'], ['get', 'label']]],
    [EVENT_AREA_LABEL_LAYER, 'text-field', ['coalesce', ['get', 'label_ar'], ['get', 'label']]],
    [COUNTRY_LABEL_LAYER, 'text-field', ['coalesce', ['get', 'name_ar'], country]],
    // Spaced-out letters would break Arabic's joined script.
    [COUNTRY_LABEL_LAYER, 'text-letter-spacing', 0],
  ];
}

let arabicCountries: Promise<(code: string) => string | null> | null = null;
const loadArabicCountries = (): Promise<(code: string) => string | null> =>
  (arabicCountries ??= import('./country-names-ar.ts').then((m) => m.countryNameAr));

/** Adds the Arabic country names to the basemap's labels before the map is made, when they are wanted. */
export async function prepareLabels(basemap: Basemap, lang: Lang): Promise<void> {
  if (lang === 'ar') basemap.labels = withArabicLabels(basemap.labels, await loadArabicCountries());
}

/** Switches the map's labels to a language at once; the Arabic country names are fetched the first time,
 * and the country labels show them when they arrive (English until then). */
export async function applyLabelLanguage(map: MapLibreMap, basemap: Basemap, lang: Lang): Promise<void> {
  for (const [id, prop, value] of labelLayout(lang))
    if (map.getLayer(id)) map.setLayoutProperty(id, prop as never, value as never);
  if (lang === 'ar' && !basemap.labels.features.some((f) => f.properties.name_ar)) {
    const nameOf = await loadArabicCountries();
    basemap.labels = withArabicLabels(basemap.labels, nameOf);
    (map.getSource(SOURCES.countryLabels) as GeoJSONSource | undefined)?.setData(basemap.labels);
  }
}
