// The dataset formats the importer knows (ACLED exports, UCDP GED files) and what their header row says:
// the columns each needs, the delimiter, which format a file is.
import { open } from 'node:fs/promises';
import { ACLED_REQUIRED } from './acled.ts';
import { UCDP_REQUIRED } from './ucdp.ts';

export const FORMATS = ['acled', 'ucdp'] as const;
export type Format = (typeof FORMATS)[number];

const REQUIRED: Record<Format, readonly string[]> = { acled: ACLED_REQUIRED, ucdp: UCDP_REQUIRED };
const LABEL: Record<Format, string> = { acled: 'an ACLED export', ucdp: 'a UCDP GED file' };

/** A fatal import error (missing file, wrong format): the output is left untouched. */
export class ImportError extends Error {}

/** The columns `format` needs that `fields` lacks, and what else the file could be. */
export function checkColumns(format: Format, fields: readonly string[]): string | null {
  const have = new Set(fields);
  const missing = REQUIRED[format].filter((c) => !have.has(c));
  if (!missing.length) return null;
  const other = FORMATS.find((f) => f !== format && REQUIRED[f].every((c) => have.has(c)));
  const hint = other ? ` It looks like ${LABEL[other]}: use --format ${other}.` : '';
  return `This is not ${LABEL[format]}: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}.${hint}`;
}

/** The format of a dataset CSV, from its header row: the format whose columns it has; an ImportError otherwise. */
export async function sniffFormat(path: string): Promise<Format> {
  const file = await open(path, 'r').catch(() => null);
  if (!file) throw new ImportError(`No such file: ${path}`);
  let head: string;
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(1 << 16), 0, 1 << 16, 0);
    head = buffer.subarray(0, bytesRead).toString('utf8').replace(/^\uFEFF/, '');
  } finally {
    await file.close();
  }
  const line = head.slice(0, head.search(/\r?\n|$/));
  const fields = line.split(headerDelimiter(line)).map((f) => f.replace(/^"|"$/g, '').trim().toLowerCase());
  const found = FORMATS.find((f) => checkColumns(f, fields) === null);
  if (found) return found;
  throw new ImportError(`${path} is neither ${FORMATS.map((f) => LABEL[f]).join(' nor ')}: ${checkColumns('acled', fields)}`);
}

/** The delimiter of a CSV file: whichever of , ; tab | the header row (the first line) uses most. */
export function headerDelimiter(firstChunk: string): string {
  const header = firstChunk.slice(0, firstChunk.search(/\r?\n|$/));
  let best = ',';
  let most = 0;
  for (const d of [',', ';', '\t', '|']) {
    const n = header.split(d).length - 1;
    if (n > most) [best, most] = [d, n];
  }
  return best;
}
