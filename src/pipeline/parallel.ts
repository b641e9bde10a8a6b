// Runs the article stages over worker threads and yields results in input order. At most `inFlight`
// articles are queued at a time, so memory stays bounded however large the input is.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Article } from '../shared/schema.ts';
import { processArticle, type ArticleResult } from './article-pipeline.ts';
import { DEFAULT_DIR, readManifest, wantedManifest } from './gazetteer/build.ts';
import type { Gazetteer } from './gazetteer/load.ts';
import type { WorkerJob, WorkerReply } from './worker.ts';

/** A job is an article to process, or an error already known for that input position. */
export type Job = { article: Article } | { error: string; id: unknown };
export type Outcome = { job: Job; result?: ArticleResult; error?: string };

export interface PoolOptions {
  workers: number;
  /** Articles queued per worker before the reader waits. */
  queuePerWorker?: number;
  /** Only the events come back (no toponyms or running totals): less to copy between threads. */
  eventsOnly?: boolean;
}

/** "auto" or a number of workers, capped at the cores there are. */
export function workerCount(value: string | undefined, fallback: number): number {
  const cores = availableParallelism();
  if (!value || value === 'auto') return Math.max(1, Math.min(fallback, cores));
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--workers must be a whole number ≥ 1 or "auto", got "${value}"`);
  return n;
}

/**
 * Builds the gazetteer index, when it is missing or stale, in a short-lived thread: building takes a heap
 * of several hundred MB that a long-lived thread would keep, and only one thread builds it, not every worker.
 */
export async function prepareGazetteer(): Promise<void> {
  // The same test as ensureGazetteer's: the code and package versions the index was built from.
  const have = readManifest(DEFAULT_DIR);
  const want = wantedManifest();
  if (have && have.code === want.code && JSON.stringify(have.packages) === JSON.stringify(want.packages)) return;
  const w = new Worker(new URL('./worker-entry.mjs', import.meta.url), { workerData: { task: 'gazetteer' } });
  await new Promise<void>((ok, no) => {
    w.once('message', () => ok());
    w.once('error', no);
    w.once('exit', (code) => (code ? no(new Error(`gazetteer build exited ${code}`)) : ok()));
  });
  await w.terminate();
}

function startWorker(): Worker {
  return new Worker(new URL('./worker-entry.mjs', import.meta.url));
}

/**
 * Processes jobs on `workers` threads, yielding outcomes in the order of the jobs. Errors known before
 * processing (bad input lines) pass through in their place.
 */
export async function* processInOrder(jobs: AsyncIterable<Job> | Iterable<Job>, options: PoolOptions): AsyncGenerator<Outcome> {
  const pool = Array.from({ length: options.workers }, startWorker);
  const limit = options.workers * (options.queuePerWorker ?? 16);
  const pending = new Map<number, { job: Job }>();
  const done = new Map<number, Outcome>();
  const state: { failure: Error | null } = { failure: null };
  let wake: (() => void) | null = null;
  const notify = (): void => {
    wake?.();
    wake = null;
  };
  for (const w of pool) {
    w.on('message', (msg: WorkerReply | { ready: true }) => {
      if ('ready' in msg) return;
      const entry = pending.get(msg.seq);
      if (!entry) return;
      pending.delete(msg.seq);
      done.set(msg.seq, 'error' in msg ? { job: entry.job, error: msg.error } : { job: entry.job, result: msg.result });
      notify();
    });
    w.on('error', (e: unknown) => {
      state.failure = e instanceof Error ? e : new Error(String(e));
      notify();
    });
  }
  let next = 0;
  let seq = 0;
  let rr = 0;
  /** Yields finished outcomes in order while `more()` holds, waiting for workers when the next is not in. */
  async function* drain(more: () => boolean): AsyncGenerator<Outcome> {
    while (more()) {
      if (state.failure) throw state.failure;
      const ready = done.get(next);
      if (ready) {
        done.delete(next++);
        yield ready;
      } else await new Promise<void>((r) => (wake = r));
    }
  }
  try {
    for await (const job of jobs) {
      const mySeq = seq++;
      if ('article' in job) {
        pending.set(mySeq, { job });
        (pool[rr++ % pool.length] as Worker).postMessage({ seq: mySeq, article: job.article, eventsOnly: options.eventsOnly === true } satisfies WorkerJob);
      } else done.set(mySeq, { job, error: job.error });
      yield* drain(() => seq - next >= limit || done.has(next));
    }
    yield* drain(() => next < seq);
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}

/** The same contract on the main thread, for small inputs where starting workers costs more than it saves. */
export async function* processInMain(jobs: AsyncIterable<Job> | Iterable<Job>, gazetteer: Gazetteer): AsyncGenerator<Outcome> {
  for await (const job of jobs) {
    if (!('article' in job)) yield { job, error: job.error };
    else {
      try {
        yield { job, result: processArticle(job.article, gazetteer) };
      } catch (e) {
        yield { job, error: (e as Error).message };
      }
    }
  }
}
