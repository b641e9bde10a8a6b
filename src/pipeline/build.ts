// `build`: articles in, one merged GeoJSON out. Ingest → (per article) geoparse → events → merge across
// articles → output, with every input accounted for in the report.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EventFeature, ReportEntry } from '../shared/schema.ts';
import { loadGazetteer } from './gazetteer/load.ts';
import { ingest } from './ingest.ts';
import { mergeEvents } from './merge.ts';
import { serialise, toCollection, writeAtomic } from './output.ts';
import { processInMain, processInOrder, progress, workerCount, type Outcome } from './parallel.ts';

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

export interface BuildOptions {
  /** "auto" (the default) uses up to 4 worker threads for more than 200 articles. */
  workers?: string;
}

/** Runs the whole build and writes the output atomically. Returns a one-line summary. */
export async function runBuild(inputs: readonly string[], output: string, options: BuildOptions = {}): Promise<string> {
  const { articles, report } = await ingest(inputs);
  const workers = workerCount(options.workers, articles.length > 200 ? 4 : 1);
  const jobs = articles.map((article) => ({ article }));
  const outcomes: AsyncIterable<Outcome> = workers > 1 ? processInOrder(jobs, { workers }) : processInMain(jobs, await loadGazetteer());
  const all: EventFeature[] = [];
  const entries: ReportEntry[] = [...report];
  const bar = progress(articles.length);
  for await (const o of outcomes) {
    const article = 'article' in o.job ? o.job.article : null;
    const input = article?.path ?? article?.id ?? 'unknown';
    const events = o.result?.events;
    if (!events) entries.push({ input, status: 'skipped', reason: `failed: ${o.error ?? 'no result'}` });
    else {
      all.push(...events);
      entries.push(events.length ? { input, status: 'events', events: events.length } : { input, status: 'no-events' });
    }
    bar.tick();
  }
  bar.end();
  const merged = mergeEvents(all);
  const collection = toCollection(merged, entries);
  await writeAtomic(output, serialise(collection));
  const skipped = collection.report?.filter((r) => r.status === 'skipped').length ?? 0;
  return `${output}: ${collection.features.length} events from ${articles.length} articles (${all.length} before merging; ${skipped} skipped; ${workers} worker${workers > 1 ? 's' : ''})`;
}
