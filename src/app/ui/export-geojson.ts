// The events shown, as an RFC 7946 GeoJSON FeatureCollection in this project's schema (so the file can be
// loaded back with ?data=). Pure: features in, text out. Article text stays data: JSON.stringify escapes it.
import { SCHEMA_VERSION, type EventCollection, type EventFeature } from '../../shared/schema.ts';

export interface GeoJsonExportMeta {
  /** The date range the events were picked by (null: all dates). */
  range?: { start: string; end: string } | null;
  /** Hash parameters of the filters, e.g. "types=Protests&min=10". */
  filters?: string;
}

/** A FeatureCollection of the events: only the geometry and the properties are copied, in schema order. */
export function toFeatureCollection(features: readonly EventFeature[]): EventCollection {
  return {
    type: 'FeatureCollection',
    schema_version: SCHEMA_VERSION,
    generated_by: 'conflict-map export',
    features: features.map((f) => ({
      type: 'Feature',
      ...(f.id !== undefined ? { id: f.id } : {}),
      geometry: { type: 'Point', coordinates: [f.geometry.coordinates[0], f.geometry.coordinates[1]] },
      properties: f.properties,
    })),
  };
}

/** The collection as text, with what it was selected by as a foreign member (RFC 7946 §6.1). */
export function toGeoJson(features: readonly EventFeature[], meta: GeoJsonExportMeta = {}): string {
  const collection: EventCollection & { selection?: GeoJsonExportMeta } = toFeatureCollection(features);
  if (meta.range !== undefined || meta.filters) collection.selection = { range: meta.range ?? null, ...(meta.filters ? { filters: meta.filters } : {}) };
  return `${JSON.stringify(collection)}\n`;
}
