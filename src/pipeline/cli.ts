// The `conflict-map` command line. It only wires inputs and outputs to the stages; each stage lives in its
// own module. JSONL commands write exactly one line per input line, in order, with the same id.
import { createInterface } from 'node:readline';
import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Article } from '../shared/schema.ts';
import { toArticle } from './article.ts';
import { processArticle } from './article-pipeline.ts';
import { runBuild, isStale } from './build.ts';
import { ensureGazetteer } from './gazetteer/build.ts';
import { geoparse } from './geoparse.ts';
import { loadGazetteer } from './gazetteer/load.ts';
import { IMPORT_HELP, importCommand } from './import/command.ts';

const HELP: Record<string, string> = {
  main: `conflict-map — turn news reports of armed conflict into a map

Usage:
  conflict-map geoparse  < docs.jsonl  > toponyms.jsonl
  conflict-map extract   < docs.jsonl  > events.jsonl
  conflict-map build [DIR|FILE ...] [-o public/data/events.geojson] [--if-stale]
  conflict-map import --format acled|ucdp FILE.csv [-o public/data/events.geojson]
  conflict-map gazetteer [--force]

Run "conflict-map <command> --help" for details.`,
  geoparse: `conflict-map geoparse < docs.jsonl > toponyms.jsonl

Reads JSONL lines {"id", "text", "published"?} and writes one line per input line:
{"id", "toponyms": [{"start", "end", "name", "lat", "lon", "geonameid", "country", "admin1", "kind", "bbox"?, "score"?}]}
A bad line gives {"id", "error"} and the command goes on.`,
  extract: `conflict-map extract < docs.jsonl > events.jsonl

Reads JSONL lines {"id", "text", "published"?, "title"?, "url"?, "outlet"?} and writes one line per input line:
{"id", "events": [GeoJSON Feature], "cumulative_figures": [...]}. A bad line gives {"id", "error"}.`,
  build: `conflict-map build [DIR|FILE ...] [-o FILE] [--if-stale]

Reads articles (.md/.txt with YAML front matter, .json, .jsonl, .html) from the given directories or files
(default: data/articles), extracts and merges their events, and writes RFC 7946 GeoJSON (default:
public/data/events.geojson) with a build report. --if-stale skips the build when the output is newer than
every input and the code.`,
  import: IMPORT_HELP,
  gazetteer: `conflict-map gazetteer [--force]

Builds the offline gazetteer index (GeoNames cities500, countries, admin-1 and admin-2, regions) from the
installed npm data packages into data/gazetteer/. It is built automatically on first use.`,
};

type Handler = (article: Article) => Record<string, unknown>;

async function write(line: string): Promise<void> {
  if (!process.stdout.write(line)) await new Promise((r) => process.stdout.once('drain', r));
}

/** Streams JSONL from stdin through a handler: one output line per input line, errors included. */
async function streamJsonl(handle: Handler): Promise<number> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) {
    n++;
    if (!line.trim()) {
      await write(`${JSON.stringify({ id: null, error: `line ${n} is empty` })}\n`);
      continue;
    }
    let out: Record<string, unknown>;
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
      out = { id, ...handle(article) };
    } catch (e) {
      out = { id, error: (e as Error).message };
    }
    await write(`${JSON.stringify(out)}\n`);
  }
  return 0;
}

async function build(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { output: { type: 'string', short: 'o' }, 'if-stale': { type: 'boolean' }, quiet: { type: 'boolean', short: 'q' } },
  });
  const inputs = positionals.length ? positionals : ['data/articles'];
  const output = values.output ?? 'public/data/events.geojson';
  for (const p of inputs) await stat(p).catch(() => { throw new Error(`no such file or directory: ${p}`); });
  if (values['if-stale'] && !(await isStale(inputs, output))) {
    if (!values.quiet) process.stderr.write(`${output} is up to date\n`);
    return 0;
  }
  const gazetteer = await loadGazetteer();
  const summary = await runBuild(inputs, output, gazetteer);
  if (!values.quiet) process.stderr.write(`${summary}\n`);
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${HELP.main}\n`);
    return command ? 0 : 1;
  }
  if (!(command in HELP) || command === 'main') {
    process.stderr.write(`conflict-map: unknown command "${command}"\n\n${HELP.main}\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`${HELP[command]}\n`);
    return 0;
  }
  try {
    switch (command) {
      case 'geoparse': {
        const gazetteer = await loadGazetteer();
        return await streamJsonl((a) => ({
          toponyms: geoparse(a.text, { gazetteer, ...(a.published ? { published: a.published } : {}) }),
        }));
      }
      case 'extract': {
        const gazetteer = await loadGazetteer();
        return await streamJsonl((a) => {
          const r = processArticle(a, gazetteer);
          return { events: r.events, cumulative_figures: r.cumulative_figures };
        });
      }
      case 'build':
        return await build(rest);
      case 'import':
        return await importCommand(rest);
      case 'gazetteer':
        process.stderr.write(`gazetteer ready in ${await ensureGazetteer({ force: rest.includes('--force') })}\n`);
        return 0;
    }
  } catch (e) {
    process.stderr.write(`conflict-map ${command}: ${(e as Error).message}\n`);
    return 1;
  }
  return 0;
}
