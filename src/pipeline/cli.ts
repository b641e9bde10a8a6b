// The `conflict-map` command line. It only wires inputs and outputs to the stages; each stage lives in its
// own module. JSONL commands write exactly one line per input line, in order, with the same id.
import { fstatSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { runBuild, isStale } from './build.ts';
import { GAZETTEER_HELP, gazetteerCommand } from './gazetteer/user-command.ts';
import { loadGazetteer } from './gazetteer/load.ts';
import { BINARY_HELP, binaryCommand } from './binary/command.ts';
import { IMPORT_HELP, importCommand } from './import/command.ts';
import { overwriteRefusal } from './import/owner.ts';
import { readJobs } from './jsonl.ts';
import { progressBar } from './build/progress-bar.ts';
import { prepareGazetteer, processInMain, processInOrder, workerCount, type Outcome } from './parallel.ts';

const HELP: Record<string, string> = {
  main: `conflict-map — turn news reports of armed conflict into a map

Usage:
  conflict-map geoparse  < docs.jsonl  > toponyms.jsonl
  conflict-map extract   < docs.jsonl  > events.jsonl
  conflict-map build [DIR|FILE|EVENTS.csv ...] [--events FILE.csv] [-o public/data/events.geojson] [--if-stale] [--force]
  conflict-map import --format acled|ucdp FILE.csv [-o public/data/imported.geojson] [--max-rejected 0.05] [--force]
  conflict-map binary IN.geojson -o OUT.bin [--no-meta] [--no-attributes]
  conflict-map gazetteer [--force] | --geonames FILE... [--alternate-names FILE]

Run "conflict-map <command> --help" for details.`,
  geoparse: `conflict-map geoparse < docs.jsonl > toponyms.jsonl

Reads JSONL lines {"id", "text", "published"?} and writes one line per input line:
{"id", "toponyms": [{"start", "end", "name", "lat", "lon", "geonameid", "country", "admin1", "kind", "bbox"?, "score"?}]}
A bad line gives {"id", "error"} and the command goes on.

Options: --workers N|auto  spread the articles over N worker threads (output stays in input order).`,
  extract: `conflict-map extract < docs.jsonl > events.jsonl

Reads JSONL lines {"id", "text", "published"?, "title"?, "url"?, "outlet"?} and writes one line per input line:
{"id", "events": [GeoJSON Feature], "cumulative_figures": [...], "unplaced"?: [...]}: "unplaced" lists the acts
told with no place the gazetteer knows and no country to fall back on. A bad line gives {"id", "error"}.

Options: --workers N|auto  spread the articles over N worker threads (output stays in input order).`,
  build: `conflict-map build [DIR|FILE|EVENTS.csv ...] [--events FILE.csv] [-o FILE] [--if-stale] [--force]

Reads articles (.md/.txt with YAML front matter, .json, .jsonl, .html) from the given directories or files
(default: data/articles), extracts and merges their events, and writes RFC 7946 GeoJSON (default:
public/data/events.geojson) with a build report. --if-stale skips the build when the output is newer than
every input and the code. An output named FILE.bin is written in the binary layout the map opens large
sets from (with FILE.bin.meta/ for popups), as \`import -o FILE.bin\` writes it, the build report in
FILE.bin.meta/report.json. --workers N|auto spreads the articles over worker threads (auto: up to 4 for
more than 200 articles). Memory stays bounded: events wait in temporary files (TMPDIR), grouped so that
events that could merge are merged together, and the GeoJSON is streamed out. A progress bar shows on a
terminal.

Event CSVs (.csv files among the inputs or in their directories, or --events FILE, repeatable, added to
data/articles) are
ACLED exports or UCDP GED files, the format read from their header, imported as "conflict-map import" does
and merged with the articles' events into the one GeoJSON: a report of an event joins it, while two events
of a dataset never merge. A file written by "conflict-map import" (GeoJSON or FILE.bin) is not overwritten
without --force.`,
  import: IMPORT_HELP,
  binary: BINARY_HELP,
  gazetteer: GAZETTEER_HELP,
};

async function write(line: string): Promise<void> {
  if (!process.stdout.write(line)) await new Promise((r) => process.stdout.once('drain', r));
}

const idOf = (o: Outcome): unknown => ('article' in o.job ? o.job.article.id : o.job.id);

/** The size of standard input when it is a file (`< corpus.jsonl`), for the progress bar; else null. */
function stdinSize(): number | null {
  try {
    const s = fstatSync(0);
    return s.isFile() ? s.size : null;
  } catch {
    return null;
  }
}

/** `extract` and `geoparse`: one output line per input line, in order, over workers when asked. */
async function streamCommand(command: 'extract' | 'geoparse', args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { workers: { type: 'string', short: 'w' } } });
  const workers = workerCount(values.workers, 1);
  await prepareGazetteer();
  const gazetteer = workers > 1 ? null : await loadGazetteer();
  const bar = progressBar({ totalBytes: stdinSize() });
  // Bytes are counted only for a bar that is drawn (stderr a terminal): no cost per line otherwise.
  const jobs = readJobs(process.stdin, process.stderr.isTTY ? bar.setBytes : undefined);
  const outcomes = gazetteer ? processInMain(jobs, gazetteer) : processInOrder(jobs, { workers });
  for await (const o of outcomes) {
    const body = o.error !== undefined || !o.result ? { error: o.error ?? 'no result' }
      : command === 'geoparse' ? { toponyms: o.result.toponyms }
      : { events: o.result.events, cumulative_figures: o.result.cumulative_figures, ...(o.result.unplaced.length ? { unplaced: o.result.unplaced } : {}) };
    await write(`${JSON.stringify({ id: idOf(o), ...body })}\n`);
    bar.tick();
  }
  bar.end();
  return 0;
}

async function build(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      'if-stale': { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q' },
      workers: { type: 'string', short: 'w' },
      events: { type: 'string', multiple: true },
      force: { type: 'boolean' },
    },
  });
  // Event CSVs (ACLED, UCDP GED) beside the articles: positional .csv files and each --events FILE.
  const isCsv = (p: string): boolean => /\.csv$/i.test(p);
  const events = [...positionals.filter(isCsv), ...(values.events ?? [])];
  const inputs = positionals.length ? positionals.filter((p) => !isCsv(p)) : ['data/articles'];
  const output = values.output ?? 'public/data/events.geojson';
  for (const p of [...inputs, ...events]) await stat(p).catch(() => { throw new Error(`no such file or directory: ${p}`); });
  if (values['if-stale'] && !(await isStale([...inputs, ...events], output))) {
    if (!values.quiet) process.stderr.write(`${output} is up to date\n`);
    return 0;
  }
  const refusal = await overwriteRefusal('build', output, values.force === true);
  if (refusal) throw new Error(refusal);
  const summary = await runBuild(inputs, output, { workers: values.workers, events });
  if (!values.quiet) process.stderr.write(`${summary}\n`);
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  // A reader that stops early (`| head`) is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
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
      case 'geoparse':
      case 'extract':
        return await streamCommand(command, rest);
      case 'build':
        return await build(rest);
      case 'import':
        return await importCommand(rest);
      case 'binary':
        return await binaryCommand(rest);
      case 'gazetteer':
        return await gazetteerCommand(rest);
    }
  } catch (e) {
    process.stderr.write(`conflict-map ${command}: ${(e as Error).message}\n`);
    return 1;
  }
  return 0;
}
