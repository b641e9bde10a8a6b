// Streams the features of a GeoJSON FeatureCollection without parsing the whole file: the importer and
// the build write one feature per line, so each line that opens a Feature is parsed on its own. Files in
// any other layout (pretty-printed, or all on one line) fall back to one JSON.parse of the whole file.
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { EventFeature } from '../../shared/schema.ts';

const FEATURE_LINE = /^\s*\{\s*"type"\s*:\s*"Feature"/;

/** Parses one line holding a whole feature (with or without its trailing comma); null when it is not one. */
export function parseFeatureLine(line: string): EventFeature | null {
  if (!FEATURE_LINE.test(line)) return null;
  let s = line.trimEnd();
  if (s.endsWith(',')) s = s.slice(0, -1);
  try {
    return JSON.parse(s) as EventFeature;
  } catch {
    return null;
  }
}

/** Every feature of the collection in `path`, in file order. */
export async function* readGeoJsonFeatures(path: string): AsyncGenerator<EventFeature> {
  const rl = createInterface({ input: createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 }), crlfDelay: Infinity });
  let lines = 0;
  let found = 0;
  for await (const line of rl) {
    lines++;
    const f = parseFeatureLine(line);
    if (f) {
      found++;
      yield f;
    }
  }
  if (found > 0 || lines === 0) return;
  // Not one feature per line: parse the whole document.
  const doc = JSON.parse(await readFile(path, 'utf8')) as { features?: EventFeature[] };
  if (!Array.isArray(doc.features)) throw new Error(`${path}: not a GeoJSON FeatureCollection`);
  yield* doc.features;
}
