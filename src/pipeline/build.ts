// `build`: articles in, one merged GeoJSON out. Ingest → (per article) geoparse → events → merge across
// articles → output, with every input accounted for in the report.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EventFeature, ReportEntry } from '../shared/schema.ts';
import { processArticle } from './article-pipeline.ts';
import type { Gazetteer } from './gazetteer/load.ts';
import { ingest } from './ingest.ts';
import { mergeEvents } from './merge.ts';
import { serialise, toCollection, writeAtomic } from './output.ts';

async function newestMtime(path: string): Promise<number> {
  const s = await stat(path).catch(() => null);
  if (!s) return Infinity;
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = s.mtimeMs;
  for (const e of await readdir(path)) newest = Math.max(newest, await newestMtime(join(path, e)));
  return newest;
}

/** True when the output is missing or older than any input or any pipeline source file. */
export async function isStale(inputs: readonly string[], output: string): Promise<boolean> {
  const out = await stat(output).catch(() => null);
  if (!out) return true;
  const code = fileURLToPath(new URL('.', import.meta.url));
  const shared = fileURLToPath(new URL('../shared', import.meta.url));
  for (const p of [...inputs, code, shared]) if ((await newestMtime(p)) > out.mtimeMs) return true;
  return false;
}

/** Runs the whole build and writes the output atomically. Returns a one-line summary. */
export async function runBuild(inputs: readonly string[], output: string, gazetteer: Gazetteer): Promise<string> {
  const { articles, report } = await ingest(inputs);
  const all: EventFeature[] = [];
  const entries: ReportEntry[] = [...report];
  for (const article of articles) {
    const input = article.path ?? article.id;
    try {
      const { events } = processArticle(article, gazetteer);
      all.push(...events);
      entries.push(events.length ? { input, status: 'events', events: events.length } : { input, status: 'no-events' });
    } catch (e) {
      entries.push({ input, status: 'skipped', reason: `failed: ${(e as Error).message}` });
    }
  }
  const merged = mergeEvents(all);
  const collection = toCollection(merged, entries);
  await writeAtomic(output, serialise(collection));
  const skipped = collection.report?.filter((r) => r.status === 'skipped').length ?? 0;
  return `${output}: ${collection.features.length} events from ${articles.length} articles (${all.length} before merging; ${skipped} skipped)`;
}
