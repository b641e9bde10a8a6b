// `conflict-map import --format acled|ucdp FILE.csv [-o out.geojson] [--max-rejected 0.05] [--force]`:
// wires the arguments to importFile, draws the progress bar and prints the summary on stderr.
import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { progressBar } from '../build/progress-bar.ts';
import { binaryReportPath } from '../binary/report.ts';
import { overwriteRefusal } from './owner.ts';
import { FORMATS, ImportError, importFile, summaryLine, type Format, type ImportSummary } from './stream.ts';
import { importFileToBinary, isBinaryOutput } from './to-binary.ts';

export const IMPORT_OUTPUT = 'public/data/imported.geojson';
export const MAX_REJECTED = 0.05;

export const IMPORT_HELP = `conflict-map import --format acled|ucdp FILE.csv [-o ${IMPORT_OUTPUT}] [--max-rejected 0.05] [--force]

Reads an ACLED export or a UCDP GED CSV (--format in any case: acled, ACLED, ucdp), streaming, and writes
the events as GeoJSON (default: ${IMPORT_OUTPUT}), atomically; an output named FILE.bin is written in the
binary layout the map opens large sets from (with FILE.bin.meta/ for popups, and the report in
FILE.bin.meta/report.json), without a GeoJSON file. One event per event_id_cnty (UCDP: id):
the rows of a monadic export that list an event once per actor become one event with every actor. Every row
is accounted for: rows in = events out + duplicate rows merged + rejected rows. The summary on stderr counts
the rejections by reason with their first row numbers; the output's "report" lists them (row numbers count
the header as row 1; the first 1,000 are listed, the rest counted). A progress bar shows on a terminal.

Exits 1 on a missing file, a file not in the given format, or when more than --max-rejected of the rows
(a share, default ${MAX_REJECTED}, or a percentage: 5%) are rejected (the output is still written, to be
read). It refuses to overwrite a file written by "conflict-map build" unless --force is given.`;

type Log = (line: string) => void;
const stderr: Log = (line) => process.stderr.write(`${line}\n`);
const fmt = (n: number): string => n.toLocaleString('en-US');
const percent = (x: number): string => `${(x * 100).toFixed(x < 0.001 && x > 0 ? 2 : 1)}%`;

/** "0.05", "5%" → 0.05; null when it is not a share from 0 to 1. */
export function parseShare(v: string): number | null {
  const s = v.trim();
  const n = s.endsWith('%') ? Number(s.slice(0, -1)) / 100 : Number(s);
  return s && Number.isFinite(n) && n >= 0 && n <= 1 ? n : null;
}

/** The summary printed on stderr: rows in, events out, duplicates, rejections by reason with their first rows. */
export function summaryLines(s: ImportSummary, output: string): string[] {
  const share = s.rows ? s.rejected / s.rows : 0;
  const lines = [`${summaryLine(s)} → ${output}`];
  if (s.duplicates) lines.push(`  ${fmt(s.duplicates)} rows repeated an event of an earlier row (one row per actor) and were merged into it`);
  if (s.rejected) {
    lines.push(`  rejected ${fmt(s.rejected)} of ${fmt(s.rows)} rows (${percent(share)}), by reason:`);
    for (const r of s.reasons) {
      const more = r.count > r.rows.length ? ', …' : '';
      lines.push(`    ${fmt(r.count).padStart(7)}  ${r.reason} (row${r.rows.length > 1 ? 's' : ''} ${r.rows.join(', ')}${more})`);
    }
  }
  return lines;
}

/** Runs the command; returns the exit code. */
export async function importCommand(args: string[], log: Log = stderr): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o', default: IMPORT_OUTPUT },
        'max-rejected': { type: 'string', default: String(MAX_REJECTED) },
        force: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    log(`import: ${(e as Error).message}\n\n${IMPORT_HELP}`);
    return 1;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    log(IMPORT_HELP);
    return 0;
  }
  const format = values.format?.trim().toLowerCase();
  if (!format || !(FORMATS as readonly string[]).includes(format)) {
    log(`import: --format must be ${FORMATS.join(' or ')}${values.format ? ` (got "${values.format}")` : ''}\n\n${IMPORT_HELP}`);
    return 1;
  }
  const maxRejected = parseShare(values['max-rejected']);
  if (maxRejected === null) {
    log(`import: --max-rejected must be a share from 0 to 1 or a percentage (got "${values['max-rejected']}")`);
    return 1;
  }
  if (positionals.length !== 1 || !positionals[0]) {
    log(`import: give exactly one input file${positionals.length ? ` (got ${positionals.length})` : ''}\n\n${IMPORT_HELP}`);
    return 1;
  }
  const refusal = await overwriteRefusal('import', values.output, values.force === true);
  if (refusal) {
    log(`import: ${refusal}`);
    return 1;
  }
  // On a terminal: rows read, and bytes read of the file's size (rows have no total until the end).
  const size = (await stat(positionals[0]).catch(() => null))?.size ?? null;
  const bar = progressBar({ totalBytes: size, label: 'rows' });
  let summary: ImportSummary;
  try {
    // An output named FILE.bin is written in the binary layout directly (./to-binary.ts), for large sets.
    summary = await (isBinaryOutput(values.output) ? importFileToBinary : importFile)({
      format: format as Format,
      input: positionals[0],
      output: values.output,
      onProgress: process.stderr.isTTY ? (bytes) => (bar.setBytes(bytes), bar.tick()) : undefined,
    });
  } catch (e) {
    bar.end();
    if (e instanceof ImportError) {
      log(`import: ${e.message}`);
      return 1;
    }
    log(`import: unexpected error: ${(e as Error).stack ?? String(e)}`);
    return 1;
  }
  bar.end();
  for (const line of summaryLines(summary, values.output)) log(line);
  const share = summary.rows ? summary.rejected / summary.rows : 0;
  if (share > maxRejected) {
    log(`import: ${percent(share)} of the rows were rejected, more than --max-rejected ${values['max-rejected']} allows: exit 1 (${values.output} was written; ${isBinaryOutput(values.output) ? binaryReportPath(values.output) : 'its "report"'} lists the rows)`);
    return 1;
  }
  return 0;
}
