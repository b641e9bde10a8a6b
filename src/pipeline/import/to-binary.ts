// `conflict-map import … -o FILE.bin`: the events go straight into the binary layout the map opens large
// sets from (../binary/write.ts: columns with attributes, and the metadata chunks beside the file for
// popups), one at a time, never through a GeoJSON file: a million events do not become a 1 GB text first.
// The import's own checks, merging and summary are the GeoJSON import's (./stream.ts readEvents); its report
// (every rejection, and the counts) goes to FILE.bin.meta/report.json (../binary/report.ts).
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import type { EventFeature } from '../../shared/schema.ts';
import { writeBinaryReport } from '../binary/report.ts';
import { writeBinary } from '../binary/write.ts';
import { ImportError, importCounts, readEvents, reportEntries, type ConvertOptions, type Format, type ImportOptions, type ImportSummary } from './stream.ts';

/** True when the output is to be the binary layout (its name ends in .bin). */
export const isBinaryOutput = (path: string): boolean => path.toLowerCase().endsWith('.bin');

/** Events waiting between the reader and the writer; the reader waits while more are queued. */
const QUEUE = 256;

/** A queue from a pushing producer to an async iterating consumer, with backpressure; either side's failure ends the other. */
export function channel<T>(): { push(v: T): Promise<void>; end(err?: Error): void; fail(err: Error): void; items: AsyncIterable<T> } {
  const queue: T[] = [];
  let ended = false;
  let error: Error | null = null;
  let consumerFailed: Error | null = null;
  let wake: (() => void) | null = null;
  let room: (() => void) | null = null;
  const wakeConsumer = (): void => {
    wake?.();
    wake = null;
  };
  return {
    async push(v) {
      if (consumerFailed) throw consumerFailed;
      queue.push(v);
      wakeConsumer();
      if (queue.length >= QUEUE) await new Promise<void>((r) => (room = r));
      if (consumerFailed) throw consumerFailed;
    },
    end(err) {
      ended = true;
      error = err ?? null;
      wakeConsumer();
    },
    fail(err) {
      consumerFailed = err;
      room?.();
      room = null;
    },
    items: {
      async *[Symbol.asyncIterator]() {
        for (;;) {
          if (queue.length) {
            const v = queue.shift()!;
            if (room && queue.length < QUEUE / 2) {
              room();
              room = null;
            }
            yield v;
            continue;
          }
          if (error) throw error;
          if (ended) return;
          await new Promise<void>((r) => (wake = r));
        }
      },
    },
  };
}

/** Imports CSV text from `input` into the binary file `output` (and `output`.meta/). */
export async function importToBinary(input: Readable, format: Format, output: string, options: ConvertOptions = {}): Promise<ImportSummary> {
  const events = channel<EventFeature>();
  const writing = writeBinary(events.items, output).catch((e: unknown) => {
    const err = e instanceof Error ? e : new Error(String(e));
    events.fail(err);
    throw err;
  });
  const reading = readEvents(input, format, (json) => events.push(JSON.parse(json.toString('utf8')) as EventFeature), options).then(
    (summary) => {
      events.end();
      return summary;
    },
    (e: unknown) => {
      events.end(e instanceof Error ? e : new Error(String(e)));
      throw e;
    },
  );
  const [summary] = await Promise.all([reading, writing]);
  await writeBinaryReport(output, 'conflict-map import', reportEntries(summary), { import: importCounts(format, summary) });
  return summary;
}

/** importFile's binary twin: the same checks of the input, the events into `options.output` (a .bin). */
export async function importFileToBinary(options: ImportOptions): Promise<ImportSummary> {
  const info = await stat(options.input).catch(() => null);
  if (!info) throw new ImportError(`No such file: ${options.input}`);
  if (!info.isFile()) throw new ImportError(`Not a file: ${options.input}`);
  const input = createReadStream(options.input, { encoding: 'utf8', highWaterMark: 1 << 18 });
  const { onProgress } = options;
  const onRow = onProgress ? () => onProgress(input.bytesRead, info.size) : options.onRow;
  try {
    return await importToBinary(input, options.format, options.output, { name: basename(options.input), ...options, onRow });
  } finally {
    input.destroy();
  }
}
