// A quick estimate of how many articles the inputs hold, for the progress bar's total: a JSONL file holds
// one article per non-empty line (counted from raw bytes, nothing parsed); any other file counts as one.
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

/** Non-empty lines in a chunked byte stream. */
export async function countLines(chunks: AsyncIterable<Uint8Array>): Promise<number> {
  let n = 0;
  let lineHasText = false;
  for await (const chunk of chunks) {
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i];
      if (c === 10) {
        if (lineHasText) n++;
        lineHasText = false;
      } else if (c !== 13 && c !== 32 && c !== 9) lineHasText = true;
    }
  }
  return lineHasText ? n + 1 : n;
}

async function* filesUnder(path: string): AsyncGenerator<string> {
  const s = await stat(path).catch(() => null);
  if (!s) return;
  if (!s.isDirectory()) {
    yield path;
    return;
  }
  for (const e of await readdir(path, { withFileTypes: true })) {
    if (!e.name.startsWith('.')) yield* filesUnder(join(path, e.name));
  }
}

export async function estimateArticles(inputs: readonly string[]): Promise<number> {
  let n = 0;
  for (const root of inputs) {
    for await (const file of filesUnder(root)) {
      const ext = extname(file).toLowerCase();
      n += ext === '.jsonl' || ext === '.ndjson' ? await countLines(createReadStream(file)) : 1;
    }
  }
  return n;
}
