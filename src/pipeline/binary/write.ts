// Converts events to the binary layout (./layout.ts, docs/binary-format.md) and reads it back. Features
// are consumed one at a time (an array or an async iterable), so a million of them never sit in memory as
// objects; the columns grow as typed arrays. Metadata for popups is written beside the file, in chunks.
import { mkdir, readFile, rm, writeFile, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { EventFeature } from '../../shared/schema.ts';
import {
  DEFAULT_META_CHUNK,
  FLAG_SORTED_BY_TOLL,
  UNDATED,
  UNKNOWN_TYPE,
  VERSION,
  allocColumns,
  COLUMNS,
  decodeBinary,
  drawnToll,
  encodeBinary,
  isoToEpochDay,
  packBits,
  TYPE_INDEX,
  type BinaryColumns,
  type BinaryEvents,
} from './layout.ts';

export interface WriteOptions {
  /** Write the side-car metadata (PATH.meta/<chunk>.json) for popups. Default true. */
  meta?: boolean;
  metaChunk?: number;
}

export interface WriteSummary {
  count: number;
  bytes: number;
  /** Features skipped for having no point geometry. */
  skipped: number;
  metaChunks: number;
}

/** The directory of metadata chunks of a binary file. */
export const metaDir = (path: string): string => `${path}.meta`;

function grow(cols: BinaryColumns, size: number): BinaryColumns {
  const next = allocColumns(size);
  for (const [name] of COLUMNS) (next[name] as { set(a: ArrayLike<number>): void }).set(cols[name]);
  return next;
}

const num = (v: number | null | undefined): number => (typeof v === 'number' && Number.isFinite(v) ? v : NaN);

export async function writeBinary(
  features: Iterable<EventFeature> | AsyncIterable<EventFeature>,
  path: string,
  options: WriteOptions = {},
): Promise<WriteSummary> {
  const withMeta = options.meta !== false;
  const chunk = options.metaChunk ?? DEFAULT_META_CHUNK;
  const dir = metaDir(path);
  await mkdir(dirname(path), { recursive: true });
  if (withMeta) {
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
  }
  let cols = allocColumns(1 << 16);
  let n = 0;
  let skipped = 0;
  let minDay = Infinity;
  let maxDay = -Infinity;
  const epochStart: number[] = [];
  const epochEnd: number[] = [];
  let pending: string[] = [];
  let chunks = 0;
  const flush = async (): Promise<void> => {
    if (!pending.length) return;
    await writeFile(`${dir}/${chunks++}.json`, `[${pending.join(',\n')}]`);
    pending = [];
  };
  for await (const f of features) {
    const c = f.geometry?.type === 'Point' ? f.geometry.coordinates : null;
    if (!c || !Number.isFinite(c[0]) || !Number.isFinite(c[1])) {
      skipped++;
      continue;
    }
    if (n === cols.lon.length) cols = grow(cols, n * 2);
    const p = f.properties;
    cols.lon[n] = c[0];
    cols.lat[n] = c[1];
    cols.tollLow[n] = num(p.fatalities?.low);
    cols.tollBest[n] = num(p.fatalities?.best);
    cols.tollHigh[n] = num(p.fatalities?.high);
    cols.src[n] = n;
    cols.type[n] = TYPE_INDEX.get(p.event_type) ?? UNKNOWN_TYPE;
    cols.bits[n] = packBits(p.geo_precision, p.date_precision, p.claim === true, p.aggregate === true);
    if (p.date_start) {
      const s = isoToEpochDay(p.date_start);
      const e = p.date_end && p.date_end >= p.date_start ? isoToEpochDay(p.date_end) : s;
      epochStart[n] = s;
      epochEnd[n] = e;
      if (s < minDay) minDay = s;
      if (e > maxDay) maxDay = e;
    } else {
      epochStart[n] = NaN;
      epochEnd[n] = NaN;
    }
    n++;
    if (withMeta) {
      pending.push(JSON.stringify(f));
      if (pending.length === chunk) await flush();
    }
  }
  if (withMeta) await flush();
  const dated = minDay <= maxDay;
  if (dated && maxDay - minDay >= UNDATED) throw new Error(`binary events: dates span ${maxDay - minDay + 1} days, more than ${UNDATED}`);
  const origin = dated ? minDay : 0;
  for (let i = 0; i < n; i++) {
    const s = epochStart[i] ?? NaN;
    cols.dayStart[i] = Number.isNaN(s) ? UNDATED : s - origin;
    cols.dayEnd[i] = Number.isNaN(s) ? UNDATED : (epochEnd[i] ?? s) - origin;
  }
  const sorted = sortByToll(cols, n);
  const header = { version: VERSION, count: n, dayOrigin: origin, dayCount: dated ? maxDay - minDay + 1 : 0, metaChunk: withMeta ? chunk : 0, flags: FLAG_SORTED_BY_TOLL };
  const bytes = encodeBinary(header, sorted);
  const tmp = `${path}.tmp-${process.pid}`;
  await writeFile(tmp, bytes);
  await rename(tmp, path);
  return { count: n, bytes: bytes.byteLength, skipped, metaChunks: chunks };
}

/** The first `n` rows of `cols`, reordered by drawn toll, largest first (stable). */
export function sortByToll(cols: BinaryColumns, n: number): BinaryColumns {
  const toll = new Float64Array(n);
  for (let i = 0; i < n; i++) toll[i] = drawnToll(cols, i);
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => (toll[b] ?? 0) - (toll[a] ?? 0) || a - b);
  const out = allocColumns(n);
  for (const [name] of COLUMNS) {
    const from = cols[name];
    const to = out[name];
    for (let i = 0; i < n; i++) to[i] = from[order[i] ?? 0] ?? 0;
  }
  return out;
}

/** Reads a binary events file (columns are views over one aligned copy of it). */
export async function readBinary(path: string): Promise<BinaryEvents> {
  const buf = await readFile(path);
  const aligned = new Uint8Array(buf.byteLength);
  aligned.set(buf);
  return decodeBinary(aligned.buffer);
}

/** The features of one metadata chunk. */
export async function readMetaChunk(path: string, chunk: number): Promise<EventFeature[]> {
  return JSON.parse(await readFile(`${metaDir(path)}/${chunk}.json`, 'utf8')) as EventFeature[];
}
