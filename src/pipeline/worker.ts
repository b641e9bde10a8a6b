// A worker thread of the parallel pipeline: loads the gazetteer once, then runs the article stages on
// every article it is sent and posts the result back with the article's sequence number. Started with
// workerData {task: "gazetteer"}, it only builds the gazetteer index and exits (see prepareGazetteer).
import { parentPort, workerData } from 'node:worker_threads';
import type { Article } from '../shared/schema.ts';
import { processArticle } from './article-pipeline.ts';
import { ensureGazetteer } from './gazetteer/build.ts';
import { loadGazetteer } from './gazetteer/load.ts';

export interface WorkerJob {
  seq: number;
  article: Article;
  /** Send back only the events (the build needs nothing else). */
  eventsOnly?: boolean;
}

export type WorkerReply = { seq: number; result: ReturnType<typeof processArticle> } | { seq: number; error: string };

async function serve(): Promise<void> {
  const gazetteer = await loadGazetteer();
  parentPort?.on('message', (job: WorkerJob) => {
    let reply: WorkerReply;
    try {
      const result = processArticle(job.article, gazetteer);
      reply = { seq: job.seq, result: job.eventsOnly ? { events: result.events, cumulative_figures: [], toponyms: [], unplaced: result.unplaced } : result };
    } catch (e) {
      reply = { seq: job.seq, error: (e as Error).message };
    }
    parentPort?.postMessage(reply);
  });
  parentPort?.postMessage({ ready: true });
}

if ((workerData as { task?: string } | null)?.task === 'gazetteer') {
  await ensureGazetteer();
  parentPort?.postMessage({ prepared: true });
} else await serve();
