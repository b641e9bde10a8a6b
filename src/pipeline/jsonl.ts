// JSONL input for the streaming commands: one job per input line, in order. A line that is not a usable
// article becomes an error job in its place, so the output keeps one line per input line.
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { toArticle } from './article.ts';
import type { Job } from './parallel.ts';

/** Parses one input line into an article job or an error job (with whatever id could be read). */
export function jobFromLine(line: string, n: number): Job {
  if (!line.trim()) return { id: null, error: `line ${n} is empty` };
  let id: unknown = null;
  try {
    const obj: unknown = JSON.parse(line);
    if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) throw new Error('the line is not a JSON object');
    const o = obj as Record<string, unknown>;
    id = o.id ?? null;
    if (typeof id !== 'string' && typeof id !== 'number') throw new Error('"id" must be a string');
    const article = toArticle(o, o.text, String(id));
    if (typeof article === 'string') throw new Error(article);
    article.id = String(id);
    return { article };
  } catch (e) {
    return { id, error: (e as Error).message };
  }
}

/** The jobs of a JSONL stream, in order; `onBytes` hears the bytes read so far (for a progress bar). */
export async function* readJobs(input: Readable, onBytes?: (bytes: number) => void): AsyncGenerator<Job> {
  const rl = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  let bytes = 0;
  for await (const line of rl) {
    if (onBytes) onBytes((bytes += Buffer.byteLength(line) + 1));
    yield jobFromLine(line, ++n);
  }
}
