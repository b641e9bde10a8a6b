// Streams a dataset CSV (ACLED or UCDP GED) into a GeoJSON FeatureCollection, one event per id, with memory
// flat however large the file. Every record is accounted for: rows = events + duplicate rows + rejected.
// The file is written to a temporary file beside the output, then renamed (never half a file).
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { mkdir, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import Papa from 'papaparse';
import { SCHEMA_VERSION, type ReportEntry } from '../../shared/schema.ts';
import { validateEvent } from '../../shared/validate.ts';
import { acledRowToEvent } from './acled.ts';
import type { ImportedFeature, Rejection, Row } from './common.ts';
import { EventsById } from './dedupe.ts';
import { ucdpRowToEvent } from './ucdp.ts';
import { checkColumns, headerDelimiter, ImportError, type Format } from './formats.ts';

export { checkColumns, FORMATS, headerDelimiter, ImportError, sniffFormat, type Format } from './formats.ts';

const CONVERT: Record<Format, (row: Row, n: number) => ImportedFeature | Rejection> = {
  acled: acledRowToEvent,
  ucdp: ucdpRowToEvent,
};
export interface ImportSummary {
  format: Format;
  input: string;
  rows: number;
  events: number;
  /** Rows that repeat an event an earlier row gave (a monadic export's second actor): merged into it. */
  duplicates: number;
  rejected: number;
  /** Every rejection counted by its kind of reason, with the first row numbers of each, most frequent first. */
  reasons: ReasonCount[];
  /** The first `maxListed` rejections, in file order. */
  rejections: Rejection[];
  rejections_not_listed: number;
}

export interface ReasonCount {
  reason: string;
  count: number;
  rows: number[];
}

export interface ConvertOptions {
  /** Name of the input in the report (default "input"). */
  name?: string;
  /** How many rejections to list (default 1000); the rest are counted. */
  maxListed?: number;
  /** Called once per record read (for a progress bar). */
  onRow?: () => void;
}

/** How many row numbers each reason lists in the summary. */
export const ROWS_PER_REASON = 5;

/**
 * The kind of a reason, without the values it quotes: 'unparseable event_date "x" (why)' → 'unparseable
 * event_date', 'low 30 is above high 24' → 'low is above high'.
 */
export function reasonKind(reason: string): string {
  const cut = reason.search(/ "|: | \(/);
  const head = cut < 0 ? reason : reason.slice(0, cut);
  return head.split(' ').filter((w) => !/\d/.test(w)).join(' ') || head;
}

const fmt = (n: number): string => n.toLocaleString('en-US');

/** "12,345 rows: 12,300 events, 45 rejected" (and ", 10 duplicate rows merged" when there are some) */
export function summaryLine(s: Pick<ImportSummary, 'rows' | 'events' | 'rejected'> & { duplicates?: number }): string {
  const dup = s.duplicates ? `, ${fmt(s.duplicates)} duplicate row${s.duplicates > 1 ? 's' : ''} merged` : '';
  return `${fmt(s.rows)} rows: ${fmt(s.events)} events, ${fmt(s.rejected)} rejected${dup}`;
}

/** The build report entries (the schema's ReportEntry): the file, then each listed rejection. */
export function reportEntries(s: ImportSummary): ReportEntry[] {
  const entries: ReportEntry[] = [
    { input: s.input, status: s.events ? 'events' : 'no-events', events: s.events, reason: summaryLine(s) },
    ...s.rejections.map((r): ReportEntry => ({ input: `${s.input} row ${r.row}`, status: 'skipped', reason: r.reason })),
  ];
  if (s.rejections_not_listed)
    entries.push({ input: s.input, status: 'skipped', reason: `${fmt(s.rejections_not_listed)} more rejected rows not listed` });
  return entries;
}

/** The collection's frame up to its features: `generated_by` says which command wrote the file. */
export const IMPORT_HEAD = `{"type":"FeatureCollection","schema_version":"${SCHEMA_VERSION}","generated_by":"conflict-map import","features":[`;

/**
 * Reads dataset rows from `input` into events, one per id, and hands them to `sink` (as JSON, in the order of
 * their first row) once the whole file is read. Rejects with an ImportError when the header lacks the format's
 * columns. Memory holds only the events' ids: the events wait on disk (see EventsById).
 */
export async function readEvents(
  input: Readable,
  format: Format,
  sink: (json: Buffer) => void | Promise<void>,
  options: ConvertOptions = {},
): Promise<ImportSummary> {
  const max = options.maxListed ?? 1000;
  const summary: ImportSummary = {
    format,
    input: options.name ?? 'input',
    rows: 0,
    events: 0,
    duplicates: 0,
    rejected: 0,
    reasons: [],
    rejections: [],
    rejections_not_listed: 0,
  };
  const reasons = new Map<string, ReasonCount>();
  const reject = (r: Rejection): void => {
    summary.rejected++;
    if (summary.rejections.length < max) summary.rejections.push(r);
    else summary.rejections_not_listed++;
    const kind = reasonKind(r.reason);
    const entry = reasons.get(kind) ?? { reason: kind, count: 0, rows: [] };
    entry.count++;
    if (entry.rows.length < ROWS_PER_REASON) entry.rows.push(r.row);
    reasons.set(kind, entry);
  };
  const byId = new EventsById();
  try {
    summary.rows = await parseRows(input, format, options.onRow, reject, (f) => byId.add(f));
    for (const json of byId.inOrder()) {
      await sink(json);
      summary.events++;
    }
    summary.duplicates = byId.duplicates;
    summary.reasons = [...reasons.values()].sort((a, b) => b.count - a.count || a.rows[0]! - b.rows[0]!);
    return summary;
  } finally {
    byId.dispose();
  }
}

/** Parses the CSV, converting and checking each record; `accept` gets the valid events, `reject` the rest. Resolves to the number of records. */
function parseRows(
  input: Readable,
  format: Format,
  onRow: (() => void) | undefined,
  reject: (r: Rejection) => void,
  accept: (f: ImportedFeature, row: number) => void,
): Promise<number> {
  const fields: string[] = [];
  let headerChecked = false;
  let rows = 0;
  return new Promise<void>((resolve, fail) => {
    let settled = false;
    const done = (err?: Error): void => {
      if (settled) return;
      settled = true;
      if (err) {
        input.destroy();
        return fail(err);
      }
      resolve();
    };
    const checkHeader = (): boolean => {
      if (headerChecked) return true;
      headerChecked = true;
      const problem = fields.length ? checkColumns(format, fields) : 'The file is empty: no header row.';
      if (problem) done(new ImportError(problem));
      return !problem;
    };
    input.on('error', (e) => done(new ImportError(`Cannot read the input: ${e.message}`)));

    Papa.parse<Row>(input as unknown as File, {
      header: true,
      // The header row decides the delimiter: a ";" inside a field of the first rows must not.
      delimiter: headerDelimiter as unknown as string,
      skipEmptyLines: true,
      transformHeader: (h: string, i: number) => {
        const name = h.replace(/^\uFEFF/, '').trim().toLowerCase();
        if (!headerChecked) fields[i] = name;
        return name;
      },
      step: (results, parser) => {
        if (settled) return;
        if (!checkHeader()) return parser.abort();
        rows++;
        onRow?.();
        const rowNumber = rows + 1;
        const problem = results.errors[0];
        if (problem) {
          const what = problem.type === 'FieldMismatch' ? 'wrong column count' : 'malformed row';
          return reject({ row: rowNumber, reason: `${what}: ${problem.message}` });
        }
        let result: ImportedFeature | Rejection;
        try {
          result = CONVERT[format](results.data, rowNumber);
        } catch (e) {
          result = { row: rowNumber, reason: `internal error: ${(e as Error).message}` };
        }
        if ('reason' in result) return reject(result);
        const valid = validateEvent(result, result.id);
        if (!valid.ok) return reject({ row: rowNumber, reason: `invalid event: ${valid.errors[0] ?? ''}` });
        accept(result, rowNumber);
      },
      complete: () => {
        if (settled || !checkHeader()) return;
        done();
      },
      error: (e: Error) => done(new ImportError(`Cannot parse the CSV: ${e.message}`)),
    });
  }).then(() => rows);
}

/** The output's "import" field: the format, the input and its counts (rows in, events out, rejections by reason). */
export function importCounts(format: Format, summary: ImportSummary): Record<string, unknown> {
  return {
    format,
    input: summary.input,
    rows: summary.rows,
    events: summary.events,
    duplicates: summary.duplicates,
    rejected: summary.rejected,
    rejections_not_listed: summary.rejections_not_listed,
    reasons: summary.reasons,
  };
}

/**
 * Converts CSV text from `input` and writes the FeatureCollection to `out` (which it ends). Rejects with an
 * ImportError when the header lacks the format's columns. Respects backpressure on `out`.
 */
export async function convertCsv(input: Readable, format: Format, out: Writable, options: ConvertOptions = {}): Promise<ImportSummary> {
  let failed: Error | null = null;
  out.on('error', (e) => (failed = e));
  const write = async (text: string | Buffer): Promise<void> => {
    if (failed) throw failed;
    if (!out.write(text)) await once(out, 'drain');
  };
  let first = true;
  await write(IMPORT_HEAD);
  const summary = await readEvents(input, format, async (json) => {
    await write(first ? '\n' : ',\n');
    first = false;
    await write(json);
  }, options);
  const tail = `\n],"report":${JSON.stringify(reportEntries(summary))},"import":${JSON.stringify(importCounts(format, summary))}}\n`;
  await new Promise<void>((resolve) => out.end(tail, () => resolve()));
  if (failed) throw failed;
  return summary;
}

export interface ImportOptions extends ConvertOptions {
  format: Format;
  input: string;
  output: string;
  /** Called once per record with the bytes read so far and the file's size (for a progress bar). */
  onProgress?: (bytesRead: number, size: number) => void;
}

/** Imports a file into a GeoJSON file, atomically. Throws ImportError for a missing file or a wrong format. */
export async function importFile(options: ImportOptions): Promise<ImportSummary> {
  const info = await stat(options.input).catch(() => null);
  if (!info) throw new ImportError(`No such file: ${options.input}`);
  if (!info.isFile()) throw new ImportError(`Not a file: ${options.input}`);
  await mkdir(dirname(options.output), { recursive: true });
  const tmp = join(dirname(options.output), `.${basename(options.output)}.${process.pid}.tmp`);
  const out = createWriteStream(tmp);
  try {
    const input = createReadStream(options.input, { encoding: 'utf8', highWaterMark: 1 << 18 });
    const { onProgress } = options;
    const onRow = onProgress ? () => onProgress(input.bytesRead, info.size) : options.onRow;
    const summary = await convertCsv(input, options.format, out, { name: basename(options.input), ...options, onRow });
    await rename(tmp, options.output);
    return summary;
  } catch (e) {
    out.destroy();
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}
