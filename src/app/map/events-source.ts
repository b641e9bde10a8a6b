// The events as the map draws them: the schema's nested properties flattened to the few primitive
// values the layers and the range filter need. The full event stays in memory, found by `id`.
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { EventFeature, GeoPrecision } from '../../shared/schema.ts';
import { tollValue } from '../overlays/format.ts';
import { actorsKey, outletsKey } from '../state/filters.ts';
import { eventSpan } from '../state/range.ts';

export interface MapEventProps {
  id: string;
  type: string;
  /** date_start, '' when undated. */
  ds: string;
  /** The last day of the span, never before ds; '' when undated. */
  de: string;
  /** The figure the marker is sized by; -1 when the text gives no toll. */
  toll: number;
  prec: GeoPrecision;
  name: string;
  label: string;
  /** GeoNames id; -1 when unknown. */
  geonameid: number;
  country: string;
  claim: boolean;
  aggregate: boolean;
  /** The event's confidence, 0–1 (the "hide low-confidence events" filter). */
  conf: number;
  /** Actors in lower case and the sources' outlets, one per line with a line before and after (filters). */
  actors: string;
  outlets: string;
}

export function labelFor(f: EventFeature): string {
  const p = f.properties;
  if (p.geo_precision === 'country') return `${p.place.name} (country-wide)`;
  return p.place.name;
}

export function toMapFeature(f: EventFeature, index: number): Feature<Point, MapEventProps> {
  const p = f.properties;
  const span = eventSpan(f);
  return {
    type: 'Feature',
    id: index,
    geometry: { type: 'Point', coordinates: [f.geometry.coordinates[0], f.geometry.coordinates[1]] },
    properties: {
      id: p.id,
      type: p.event_type,
      ds: span?.start ?? '',
      de: span?.end ?? '',
      toll: tollValue(p.fatalities) ?? -1,
      prec: p.geo_precision,
      name: p.place.name,
      label: labelFor(f),
      geonameid: p.place.geonameid ?? -1,
      country: p.place.country ?? '',
      claim: p.claim === true,
      aggregate: p.aggregate === true,
      conf: p.confidence,
      actors: actorsKey(f),
      outlets: outletsKey(f),
    },
  };
}

/** Larger tolls first, so that smaller markers are drawn on top of them. */
export function toMapCollection(features: readonly EventFeature[]): FeatureCollection<Point, MapEventProps> {
  const mapped = features.map(toMapFeature);
  mapped.sort((a, b) => b.properties.toll - a.properties.toll);
  return { type: 'FeatureCollection', features: mapped };
}

export function maxToll(features: readonly EventFeature[]): number {
  let max = 0;
  for (const f of features) max = Math.max(max, tollValue(f.properties.fatalities) ?? 0);
  return max;
}
