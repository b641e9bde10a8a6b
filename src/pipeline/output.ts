// Stage "output": RFC 7946 GeoJSON with a schema version and a build report, written atomically (a temp
// file, then a rename) so a crash never leaves half a file. Output is deterministic: the same input
// gives byte-identical output.
import { mkdir, open, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { SCHEMA_VERSION, type EventCollection, type EventFeature, type ReportEntry } from '../shared/schema.ts';
import { validateEvent } from '../shared/validate.ts';
import { withArabicName } from './names-ar.ts';

export interface OutputOptions {
  generator?: string;
  /** Add `place.name_ar` from the gazetteer's sources (see names-ar.ts); on unless false. */
  arabicNames?: boolean;
}

/** The output order's key: date (undated last), then place name, then id. */
export const sortKey = (f: EventFeature): string =>
  `${f.properties.date_start ?? '9999'}|${f.properties.place.name}|${f.properties.id}`;

/** Sorts events by date (undated last), then place and id, so output order never depends on timing. */
export function sortEvents(features: readonly EventFeature[]): EventFeature[] {
  return [...features].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0));
}

/** A feature as it goes out (with its top-level id), or the report entry that says why it was left out. */
function checkFeature(f: EventFeature): { feature: EventFeature } | { skipped: ReportEntry } {
  const v = validateEvent(f, f.properties?.id ?? 'feature');
  if (v.ok) return { feature: { ...f, id: f.properties.id } };
  return { skipped: { input: f.properties?.sources?.[0]?.article ?? 'unknown', status: 'skipped', reason: `invalid event: ${v.errors[0]}` } };
}

/** checkFeature, then the Arabic place name as toCollection adds it: one feature as it goes out. */
export function outputFeature(f: EventFeature, options: OutputOptions = {}): { feature: EventFeature } | { skipped: ReportEntry } {
  const checked = checkFeature(f);
  if (!('feature' in checked) || options.arabicNames === false) return checked;
  return { feature: withArabicName(checked.feature) };
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
    const checked = outputFeature(f, options);
    if ('feature' in checked) valid.push(checked.feature);
    else extra.push(checked.skipped);
  }
  return {
    type: 'FeatureCollection',
    schema_version: SCHEMA_VERSION,
    generated_by: options.generator ?? 'conflict-map',
    features: valid,
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

/**
 * Writes a collection atomically without ever holding it whole: the features come as JSON text, one at a
 * time. The bytes are exactly those of serialise() on the same collection.
 */
export async function writeCollectionStream(
  path: string,
  features: Iterable<string | Uint8Array>,
  report: readonly ReportEntry[],
  options: OutputOptions = {},
): Promise<number> {
  // The collection's frame from JSON.stringify itself, so the fields and their order cannot drift.
  const frame = JSON.stringify({
    type: 'FeatureCollection',
    schema_version: SCHEMA_VERSION,
    generated_by: options.generator ?? 'conflict-map',
    features: [0],
    report: [0],
  } satisfies Omit<EventCollection, 'features' | 'report'> & { features: [0]; report: [0] });
  const [head, middle, tail] = frame.split('[0]') as [string, string, string];
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  const file = await open(tmp, 'w');
  const out = new ChunkWriter(async (b) => {
    for (let off = 0; off < b.length; ) off += (await file.write(b, off, b.length - off)).bytesWritten;
  });
  let count = 0;
  try {
    await out.put(`${head}[`);
    for (const f of features) await out.put(count++ ? [',', f] : [f]);
    await out.put(`]${middle}[`);
    let n = 0;
    for (const r of report) await out.put(`${n++ ? ',' : ''}${JSON.stringify(r)}`);
    await out.put(`]${tail}\n`);
    await out.end();
    await file.close();
  } catch (e) {
    await file.close().catch(() => undefined);
    await rm(tmp, { force: true });
    throw e;
  }
  await rename(tmp, path);
  return count;
}

/** Gathers small writes into chunks of about 1 MB. */
class ChunkWriter {
  private parts: Uint8Array[] = [];
  private size = 0;
  constructor(private readonly sink: (b: Buffer) => Promise<void>) {}
  async put(x: string | Uint8Array | Array<string | Uint8Array>): Promise<void> {
    for (const p of Array.isArray(x) ? x : [x]) {
      const b = typeof p === 'string' ? Buffer.from(p, 'utf8') : p;
      this.parts.push(b);
      this.size += b.length;
    }
    if (this.size >= 1024 * 1024) await this.end();
  }
  async end(): Promise<void> {
    if (!this.size) return;
    const chunk = Buffer.concat(this.parts, this.size);
    this.parts = [];
    this.size = 0;
    await this.sink(chunk);
  }
}
