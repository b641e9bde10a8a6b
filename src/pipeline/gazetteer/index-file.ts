// The bundled gazetteer's index as one binary file (index.bin), read in one call and used in place: typed
// arrays over the file's buffer, strings decoded only when an entry or a name is asked for. Nothing is
// parsed at load time (the JSON and text files it replaces took most of the 640–800 ms load).
//
// Layout (little-endian; every section starts at a multiple of 8 bytes):
//   header    Uint32 × 8: magic, format, rows n, keys m, values v, bboxes k, string bytes, key bytes
//   lat, lon, pop   Float64 × n each
//   gid       Int32 × n
//   strOff    Uint32 × (4n + 1): row i's name, country, admin1 and feature code are fields 4i … 4i + 3 of strings
//   keyOff    Uint32 × (m + 1): the sorted name keys (sorted by their UTF-8 bytes) in keys
//   valOff    Uint32 × (m + 1): key j's values are vals[valOff[j] … valOff[j + 1]]
//   vals      Int32 × v: row * 2 + (1 for a main name)
//   bboxRow   Int32 × k (ascending), bbox Float64 × 4k
//   byGid     Int32 × 2n: (gid, row) pairs sorted by gid, rows without a gid left out (the rest 0, 0)
//   kind      Uint8 × n
//   strings   UTF-8, keys UTF-8
import type { BBox } from '../../shared/schema.ts';
import type { GazetteerFiles } from './format.ts';

export const INDEX_FILE = 'index.bin';
const MAGIC = 0x5a47_4d43; // "CMGZ"
const FORMAT = 1;
const HEADER_WORDS = 8;

/** The columns of the index as build.ts collects them. */
export interface IndexColumns {
  gid: number[]; name: string[]; lat: number[]; lon: number[]; kind: number[]; cc: string[]; a1: string[]; pop: number[]; fc: string[];
  bbox: Record<number, BBox>;
}

const pad8 = (n: number): number => (n + 7) & ~7;

/** Section sizes in bytes, in file order. */
function sections(n: number, m: number, v: number, k: number, strBytes: number, keyBytes: number): number[] {
  return [HEADER_WORDS * 4, n * 8, n * 8, n * 8, n * 4, (4 * n + 1) * 4, (m + 1) * 4, (m + 1) * 4, v * 4, k * 4, k * 32, n * 8, n, strBytes, keyBytes];
}

function offsets(sizes: number[]): number[] {
  const out: number[] = [];
  let o = 0;
  for (const s of sizes) {
    out.push(o);
    o += pad8(s);
  }
  out.push(o);
  return out;
}

/** Packs the columns and the name index (normalised key → values) into index.bin's bytes. */
export function packIndex(c: IndexColumns, names: Record<string, number[]>): Buffer {
  const n = c.gid.length;
  const strParts: Buffer[] = [];
  const strOff = new Uint32Array(4 * n + 1);
  let so = 0;
  for (let i = 0; i < n; i++) {
    for (const [f, s] of [c.name[i]!, c.cc[i]!, c.a1[i]!, c.fc[i]!].entries()) {
      const b = Buffer.from(s, 'utf8');
      strParts.push(b);
      strOff[4 * i + f] = so;
      so += b.length;
    }
  }
  strOff[4 * n] = so;
  const keys = Object.keys(names).map((k) => Buffer.from(k, 'utf8')).sort(Buffer.compare);
  const m = keys.length;
  const keyOff = new Uint32Array(m + 1);
  const valOff = new Uint32Array(m + 1);
  const vals: number[] = [];
  let ko = 0;
  keys.forEach((kb, j) => {
    keyOff[j] = ko;
    valOff[j] = vals.length;
    ko += kb.length;
    for (const x of names[kb.toString('utf8')]!) vals.push(x);
  });
  keyOff[m] = ko;
  valOff[m] = vals.length;
  const bboxRows = Object.keys(c.bbox).map(Number).sort((a, b) => a - b);
  const k = bboxRows.length;
  const sizes = sections(n, m, vals.length, k, so, ko);
  const at = offsets(sizes);
  const buf = Buffer.alloc(at.at(-1)!);
  new Uint32Array(buf.buffer, buf.byteOffset, HEADER_WORDS).set([MAGIC, FORMAT, n, m, vals.length, k, so, ko]);
  const f64 = (s: number, xs: ArrayLike<number>) => new Float64Array(buf.buffer, buf.byteOffset + at[s]!, xs.length).set(xs);
  f64(1, c.lat);
  f64(2, c.lon);
  f64(3, c.pop);
  new Int32Array(buf.buffer, buf.byteOffset + at[4]!, n).set(c.gid);
  new Uint32Array(buf.buffer, buf.byteOffset + at[5]!, 4 * n + 1).set(strOff);
  new Uint32Array(buf.buffer, buf.byteOffset + at[6]!, m + 1).set(keyOff);
  new Uint32Array(buf.buffer, buf.byteOffset + at[7]!, m + 1).set(valOff);
  new Int32Array(buf.buffer, buf.byteOffset + at[8]!, vals.length).set(vals);
  new Int32Array(buf.buffer, buf.byteOffset + at[9]!, k).set(bboxRows);
  f64(10, bboxRows.flatMap((r) => c.bbox[r]!));
  const byGid = c.gid.map((g, row) => [g, row] as const).filter(([g]) => g).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  new Int32Array(buf.buffer, buf.byteOffset + at[11]!, 2 * n).set(byGid.flat());
  buf.set(c.kind, at[12]!);
  Buffer.concat(strParts).copy(buf, at[13]!);
  Buffer.concat(keys).copy(buf, at[14]!);
  return buf;
}

/** A column of strings decoded on demand; `at` as on an array. */
export interface StringColumn {
  readonly length: number;
  at(i: number): string | undefined;
}

/** Views over index.bin's bytes (see the layout above); throws on a file of another format. */
export function openIndex(file: Buffer): Pick<GazetteerFiles, 'entries' | 'names' | 'rowOfGid'> {
  // Typed arrays need their sections aligned: a pooled or offset buffer is copied once.
  let buf = file;
  if (file.byteOffset % 8 !== 0) {
    const copy = new Uint8Array(file.length);
    copy.set(file);
    buf = Buffer.from(copy.buffer);
  }
  if (buf.length < HEADER_WORDS * 4) throw new Error(`gazetteer: ${INDEX_FILE} is truncated; rebuild it`);
  const [magic, format, n, m, v, k, strBytes, keyBytes] = new Uint32Array(buf.buffer, buf.byteOffset, HEADER_WORDS);
  if (magic !== MAGIC || format !== FORMAT) throw new Error(`gazetteer: ${INDEX_FILE} is not an index of format ${FORMAT}; rebuild it`);
  const at = offsets(sections(n!, m!, v!, k!, strBytes!, keyBytes!));
  if (buf.length < at.at(-1)! - 7) throw new Error(`gazetteer: ${INDEX_FILE} is truncated; rebuild it`);
  const base = buf.byteOffset;
  const strOff = new Uint32Array(buf.buffer, base + at[5]!, 4 * n! + 1);
  const keyOff = new Uint32Array(buf.buffer, base + at[6]!, m! + 1);
  const valOff = new Uint32Array(buf.buffer, base + at[7]!, m! + 1);
  const vals = new Int32Array(buf.buffer, base + at[8]!, v!);
  const bboxRow = new Int32Array(buf.buffer, base + at[9]!, k!);
  const bbox = new Float64Array(buf.buffer, base + at[10]!, 4 * k!);
  const byGid = new Int32Array(buf.buffer, base + at[11]!, 2 * n!);
  let gids = 0;
  while (gids < n! && byGid[2 * gids]) gids++;
  const strings = buf.subarray(at[13]!, at[13]! + strBytes!);
  const keys = buf.subarray(at[14]!, at[14]! + keyBytes!);
  const field = (f: number): StringColumn => ({
    length: n!,
    at: (i) => (i >= 0 && i < n! ? strings.toString('utf8', strOff[4 * i + f]!, strOff[4 * i + f + 1]!) : undefined),
  });
  return {
    entries: {
      lat: new Float64Array(buf.buffer, base + at[1]!, n!),
      lon: new Float64Array(buf.buffer, base + at[2]!, n!),
      pop: new Float64Array(buf.buffer, base + at[3]!, n!),
      gid: new Int32Array(buf.buffer, base + at[4]!, n!),
      kind: new Uint8Array(buf.buffer, base + at[12]!, n!),
      name: field(0), cc: field(1), a1: field(2), fc: field(3),
      bbox(row) {
        let lo = 0;
        let hi = k! - 1;
        while (lo <= hi) {
          const mid = (lo + hi) >> 1;
          const r = bboxRow[mid]!;
          if (r === row) return [bbox[4 * mid]!, bbox[4 * mid + 1]!, bbox[4 * mid + 2]!, bbox[4 * mid + 3]!];
          if (r < row) lo = mid + 1;
          else hi = mid - 1;
        }
        return undefined;
      },
    },
    rowOfGid(gid) {
      let lo = 0;
      let hi = gids - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const g = byGid[2 * mid]!;
        if (g === gid) {
          // The first row with this id, as a scan would find it.
          let first = mid;
          while (first > 0 && byGid[2 * (first - 1)] === gid) first--;
          return byGid[2 * first + 1]!;
        }
        if (g < gid) lo = mid + 1;
        else hi = mid - 1;
      }
      return -1;
    },
    names(key) {
      const q = Buffer.from(key, 'utf8');
      let lo = 0;
      let hi = m! - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const c = Buffer.compare(keys.subarray(keyOff[mid]!, keyOff[mid + 1]!), q);
        if (c === 0) return Array.from(vals.subarray(valOff[mid]!, valOff[mid + 1]!));
        if (c < 0) lo = mid + 1;
        else hi = mid - 1;
      }
      return [];
    },
  };
}
