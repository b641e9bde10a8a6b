// Stage "output": RFC 7946 GeoJSON with a schema version and a build report, written atomically (a temp
// file, then a rename) so a crash never leaves half a file. Output is deterministic: the same input
// gives byte-identical output.
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { SCHEMA_VERSION, type EventCollection, type EventFeature, type ReportEntry } from '../shared/schema.ts';
import { validateEvent } from '../shared/validate.ts';
import { withArabicNames } from './names-ar.ts';

export interface OutputOptions {
  generator?: string;
  /** Add `place.name_ar` from the gazetteer's sources (see names-ar.ts); on unless false. */
  arabicNames?: boolean;
}

/** Sorts events by date (undated last), then place and id, so output order never depends on timing. */
export function sortEvents(features: readonly EventFeature[]): EventFeature[] {
  const key = (f: EventFeature): string =>
    `${f.properties.date_start ?? '9999'}|${f.properties.place.name}|${f.properties.id}`;
  return [...features].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/**
 * Builds the collection. A feature that fails the schema is left out and recorded in the report, so the
 * output always validates.
 */
export function toCollection(
  features: readonly EventFeature[],
  report: readonly ReportEntry[],
  options: OutputOptions = {},
): EventCollection {
  const valid: EventFeature[] = [];
  const extra: ReportEntry[] = [];
  for (const f of sortEvents(features)) {
    const v = validateEvent(f, f.properties?.id ?? 'feature');
    if (v.ok) valid.push({ ...f, id: f.properties.id });
    else extra.push({ input: f.properties?.sources?.[0]?.article ?? 'unknown', status: 'skipped', reason: `invalid event: ${v.errors[0]}` });
  }
  return {
    type: 'FeatureCollection',
    schema_version: SCHEMA_VERSION,
    generated_by: options.generator ?? 'conflict-map',
    features: options.arabicNames === false ? valid : withArabicNames(valid),
    report: [...report, ...extra],
  };
}

/** Writes a file atomically: a temporary file beside it, then a rename. */
export async function writeAtomic(path: string, content: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, content);
  await rename(tmp, path);
}

export function serialise(collection: EventCollection): string {
  return `${JSON.stringify(collection)}\n`;
}
