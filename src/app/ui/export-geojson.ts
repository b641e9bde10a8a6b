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
  const parts = geoJsonParts(meta);
  return parts.head + parts.features(features, true) + parts.tail;
}

/** The same text in parts, for a file too large for one string: the head, each batch's features (the
 * first batch without a leading comma), the tail. */
export function geoJsonParts(meta: GeoJsonExportMeta = {}): { head: string; features(batch: readonly EventFeature[], first: boolean): string; tail: string } {
  const empty: EventCollection & { selection?: GeoJsonExportMeta } = toFeatureCollection([]);
  if (meta.range !== undefined || meta.filters) empty.selection = { range: meta.range ?? null, ...(meta.filters ? { filters: meta.filters } : {}) };
  const whole = JSON.stringify(empty);
  const at = whole.indexOf('"features":[]') + '"features":['.length;
  return {
    head: whole.slice(0, at),
    features: (batch, first) => {
      const text = toFeatureCollection(batch).features.map((f) => JSON.stringify(f)).join(',');
      return !text || first ? text : `,${text}`;
    },
    tail: `${whole.slice(at)}\n`,
  };
}
