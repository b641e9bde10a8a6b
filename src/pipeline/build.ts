// `build`: articles in, one merged GeoJSON out. Ingest → (per article) geoparse → events → merge across
// articles → output, with every input accounted for in the report. Memory is bounded: see runBuild.
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article, EventFeature, ReportEntry } from '../shared/schema.ts';
import { estimateArticles } from './build/estimate.ts';
import { EventSpill, mergeSpilled } from './build/merge-spilled.ts';
import { progressBar } from './build/progress-bar.ts';
import { loadGazetteer } from './gazetteer/load.ts';
import { readEvents, reportEntries, sniffFormat } from './import/stream.ts';
import { ingestStream } from './ingest.ts';
import { writeCollectionStream } from './output.ts';
import { binaryReportPath, writeBinaryReport } from './binary/report.ts';
import { writeBinary } from './binary/write.ts';
import { isBinaryOutput } from './import/to-binary.ts';
import { prepareGazetteer, processInMain, processInOrder, workerCount, type Job, type Outcome } from './parallel.ts';

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
  /** Event CSVs (ACLED exports, UCDP GED files; the format is read from the header) merged with the articles' events. */
  events?: readonly string[];
}

/**
 * Adds the events of dataset CSVs to the spill, before any article's, so their ids survive a merge with a
 * report of the same event. Returns their report entries (each file, then its rejected rows) and the count.
 */
async function addDatasetEvents(
  paths: readonly string[],
  found: readonly string[],
  events: EventSpill,
): Promise<{ entries: ReportEntry[]; count: number; files: number }> {
  const entries: ReportEntry[] = [];
  let count = 0;
  let files = 0;
  for (const path of [...paths, ...found]) {
    // A CSV named on the command line must be an event file; one found in a directory may be anything.
    const format = await sniffFormat(path).catch((e: unknown) => {
      if (paths.includes(path)) throw e;
      entries.push({ input: path, status: 'skipped', reason: (e as Error).message });
      return null;
    });
    if (!format) continue;
    const input = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 18 });
    const summary = await readEvents(input, format, (json) => {
      events.add(JSON.parse(json.toString('utf8')) as EventFeature);
    }, { name: path });
    entries.push(...reportEntries(summary));
    count += summary.events;
    files++;
  }
  return { entries, count, files };
}

/** The .csv files under the input directories (as the report names them): event files beside the articles. */
async function csvFilesUnder(inputs: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const e of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.name.startsWith('.')) continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (/\.csv$/i.test(e.name)) out.push(relative(process.cwd(), p) || p);
    }
  };
  for (const p of inputs) if ((await stat(p).catch(() => null))?.isDirectory()) await walk(p);
  return out;
}

/** The report's name for an article: its file, and its id when the file holds several articles. */
function inputOf(a: Article): string {
  if (!a.path) return a.id;
  return basename(a.path, extname(a.path)) === a.id ? a.path : `${a.path}#${a.id}`;
}

/** Counts articles without keeping them, to choose the number of workers. */
async function countArticles(inputs: readonly string[]): Promise<number> {
  let n = 0;
  for await (const item of ingestStream(inputs)) if ('article' in item && ++n > 200) break;
  return n;
}

/**
 * Runs the whole build and writes the output atomically. Articles stream through and their events are
 * spilled to temporary files by merge key; the merge then runs one partition at a time and the GeoJSON is
 * streamed out, so memory stays bounded however large the corpus is. Returns a one-line summary.
 */
/** The merged features' JSON lines as features, one at a time (for the binary writer). */
function* parsed(lines: Iterable<string | Uint8Array>): Generator<EventFeature> {
  for (const line of lines) yield JSON.parse(typeof line === 'string' ? line : Buffer.from(line).toString('utf8')) as EventFeature;
}

export async function runBuild(inputs: readonly string[], output: string, options: BuildOptions = {}): Promise<string> {
  const workers = workerCount(options.workers, (await countArticles(inputs)) > 200 ? 4 : 1);
  await prepareGazetteer();
  const entries: ReportEntry[] = [];
  let articles = 0;
  let unplacedActs = 0;
  const found = await csvFilesUnder(inputs);
  const foundSet = new Set(found);
  async function* jobs(): AsyncGenerator<Job> {
    for await (const item of ingestStream(inputs)) {
      // Event CSVs in the directories are read as events, not skipped as articles of an unknown type.
      if ('report' in item && foundSet.has(item.report.input) && item.report.reason?.startsWith('unsupported file type')) continue;
      if ('report' in item) entries.push(item.report);
      else {
        articles++;
        yield { article: item.article };
      }
    }
  }
  const outcomes: AsyncIterable<Outcome> = workers > 1
    ? processInOrder(jobs(), { workers, eventsOnly: true })
    : processInMain(jobs(), await loadGazetteer());
  const events = new EventSpill();
  try {
    const imported = await addDatasetEvents(options.events ?? [], found, events);
    entries.push(...imported.entries);
    const bar = progressBar({ total: process.stderr.isTTY ? await estimateArticles(inputs) : null });
    for await (const o of outcomes) {
      const article = 'article' in o.job ? o.job.article : null;
      const input = article ? inputOf(article) : 'unknown';
      const found = o.result?.events;
      if (!found) entries.push({ input, status: 'skipped', reason: `failed: ${o.error ?? 'no result'}` });
      else {
        for (const e of found) events.add(e);
        const unplaced = o.result?.unplaced ?? [];
        entries.push({ input, ...(found.length ? { status: 'events', events: found.length } : { status: 'no-events' }), ...(unplaced.length ? { unplaced } : {}) });
        unplacedActs += unplaced.length;
      }
      bar.tick();
    }
    bar.end();
    // Skips are found while reading and results arrive from workers: sort, so the report never depends on timing.
    entries.sort((a, b) => (a.input < b.input ? -1 : a.input > b.input ? 1 : 0));
    const mergeBar = progressBar({ total: events.spill.partitions, label: 'partitions merged' });
    const merged = mergeSpilled(events, mergeBar.tick);
    mergeBar.end();
    let written: number;
    const binary = isBinaryOutput(output);
    try {
      // An output named FILE.bin is the binary layout the map opens large sets from (and FILE.bin.meta/), as
      // `import -o FILE.bin` writes it, its report beside it (FILE.bin.meta/report.json).
      written = binary
        ? (await writeBinary(parsed(merged.features.inOrder()), output)).count
        : await writeCollectionStream(output, merged.features.inOrder(), [...entries, ...merged.skipped]);
    } finally {
      merged.features.close();
    }
    if (binary) await writeBinaryReport(output, 'conflict-map', [...entries, ...merged.skipped]);
    const skipped = entries.filter((r) => r.status === 'skipped').length + merged.skipped.length;
    const { files } = imported;
    const from = files ? ` and ${imported.count} events of ${files} dataset file${files > 1 ? 's' : ''}` : '';
    const unplacedNote = unplacedActs ? `; ${unplacedActs} act${unplacedActs > 1 ? 's' : ''} with no place, listed in the report` : '';
    const reportNote = binary ? `; report in ${binaryReportPath(output)}` : '';
    return `${output}: ${written} events from ${articles} articles${from} (${events.count} before merging; ${skipped} skipped${unplacedNote}; ${workers} worker${workers > 1 ? 's' : ''}${reportNote})`;
  } finally {
    events.dispose();
  }
}
