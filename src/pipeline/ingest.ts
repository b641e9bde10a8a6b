// Stage "ingest": reads articles from files into the Article shape. Text or Markdown with YAML front matter,
// JSON (an article or an array), JSONL (one article a line) and HTML pages. Every file is accounted for:
// it yields articles or a skip with a reason; nothing is dropped silently.
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { basename, extname, join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Article, ReportEntry } from '../shared/schema.ts';
import { toArticle } from './article.ts';
import { articleFromHtml } from './ingest-html.ts';

export interface IngestResult {
  articles: Article[];
  report: ReportEntry[];
}

export interface IngestOptions {
  /** Largest file read, in bytes; larger ones are skipped with a reason. */
  maxBytes?: number;
}

const TEXT_EXT = new Set(['.md', '.markdown', '.txt']);
const JSON_EXT = new Set(['.json', '.jsonl', '.ndjson']);
const HTML_EXT = new Set(['.html', '.htm']);
const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Parses a text or Markdown file: YAML front matter, then the body, kept exactly (offsets point into it). */
export function parseTextArticle(raw: string, id: string): Article | string {
  const m = FRONT_MATTER.exec(raw);
  if (!m) return toArticle({}, raw, id);
  let meta: unknown;
  try {
    meta = parseYaml(m[1] ?? '', { logLevel: 'error' }) ?? {};
  } catch (e) {
    return `broken front matter: ${(e as Error).message.split('\n')[0]}`;
  }
  if (typeof meta !== 'object' || meta === null || Array.isArray(meta)) return 'front matter is not a mapping';
  return toArticle(meta as Record<string, unknown>, raw.slice(m[0].length), id);
}

function parseJsonArticles(raw: string, id: string, lines: boolean): Array<Article | string> {
  const items: unknown[] = [];
  if (lines) {
    for (const line of raw.split(/\r?\n/)) {
      if (!line.trim()) continue;
      try {
        items.push(JSON.parse(line));
      } catch {
        items.push('a line is not valid JSON');
      }
    }
  } else {
    try {
      const v: unknown = JSON.parse(raw);
      items.push(...(Array.isArray(v) ? v : [v]));
    } catch (e) {
      return [`not valid JSON: ${(e as Error).message}`];
    }
  }
  return items.map((v, i) => {
    if (typeof v === 'string') return v;
    if (typeof v !== 'object' || v === null) return 'an item is not an object';
    const o = v as Record<string, unknown>;
    return toArticle(o, o.text, items.length > 1 ? `${id}-${i + 1}` : id);
  });
}

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(p)));
    else out.push(p);
  }
  return out;
}

/** Reads one file into articles, or a skip reason. */
export async function readArticleFile(path: string, options: IngestOptions = {}): Promise<Array<Article | string>> {
  const ext = extname(path).toLowerCase();
  const id = basename(path, extname(path));
  if (!TEXT_EXT.has(ext) && !JSON_EXT.has(ext) && !HTML_EXT.has(ext)) return [`unsupported file type "${ext || 'none'}"`];
  const size = (await stat(path)).size;
  if (size > (options.maxBytes ?? 20_000_000)) return [`file too large (${size} bytes)`];
  const buf = await readFile(path);
  if (buf.includes(0)) return ['binary file (contains NUL bytes)'];
  const raw = new TextDecoder('utf-8', { fatal: false }).decode(buf);
  if (TEXT_EXT.has(ext)) return [parseTextArticle(raw, id)];
  if (HTML_EXT.has(ext)) return [articleFromHtml(raw, id)];
  return parseJsonArticles(raw, id, ext !== '.json');
}

export type IngestItem = { article: Article } | { report: ReportEntry };

/** Streams a JSONL file line by line, so a large corpus is never held in memory whole. */
async function* jsonlArticles(path: string, id: string, maxLine: number): AsyncGenerator<Article | string> {
  const rl = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) {
    n++;
    if (!line.trim()) continue;
    if (line.length > maxLine) {
      yield `line ${n} is too long (${line.length} characters)`;
      continue;
    }
    yield* parseJsonArticles(line, `${id}-${n}`, true).map((x) =>
      typeof x !== 'string' ? x : x === 'a line is not valid JSON' ? `line ${n} is not valid JSON` : `line ${n}: ${x}`);
  }
}

/**
 * Streams every article under the given files or directories, in a stable (sorted) order, with a report
 * entry for everything skipped. Ids are made unique.
 */
export async function* ingestStream(paths: readonly string[], options: IngestOptions = {}): AsyncGenerator<IngestItem> {
  const ids = new Set<string>();
  for (const root of paths) {
    const files = (await stat(root)).isDirectory() ? await listFiles(root) : [root];
    for (const file of files) {
      const input = relative(process.cwd(), file) || file;
      const ext = extname(file).toLowerCase();
      let items: AsyncIterable<Article | string> | Iterable<Article | string>;
      try {
        items = ext === '.jsonl' || ext === '.ndjson'
          ? jsonlArticles(file, basename(file, ext), options.maxBytes ?? 20_000_000)
          : await readArticleFile(file, options);
        for await (const item of items) {
          if (typeof item === 'string') yield { report: { input, status: 'skipped', reason: item } };
          else {
            let id = item.id;
            for (let n = 2; ids.has(id); n++) id = `${item.id}-${n}`;
            ids.add(id);
            yield { article: { ...item, id, path: input } };
          }
        }
      } catch (e) {
        yield { report: { input, status: 'skipped', reason: `unreadable: ${(e as Error).message}` } };
      }
    }
  }
}

/** Reads every article under the given files or directories, in a stable (sorted) order. */
export async function ingest(paths: readonly string[], options: IngestOptions = {}): Promise<IngestResult> {
  const articles: Article[] = [];
  const report: ReportEntry[] = [];
  for await (const item of ingestStream(paths, options)) {
    if ('article' in item) articles.push(item.article);
    else report.push(item.report);
  }
  return { articles, report };
}
