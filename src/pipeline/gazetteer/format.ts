// The on-disk format of the gazetteer index (data/gazetteer/<build>/*.json), shared by build and load.
import type { BBox, ToponymKind } from '../../shared/schema.ts';

export const KIND_CODES: readonly ToponymKind[] = ['place', 'admin2', 'admin1', 'country', 'region', 'continent', 'sea'];

export interface Manifest {
  packages: Record<string, string>;
  /** Hash of the build code: a change rebuilds the index. */
  code: string;
  /** Subdirectory holding this build's files. */
  build: string;
  builtAt: string;
  seconds: number;
  counts: { entries: number; names: number };
}

export interface GazetteerFiles {
  /** Columns, one row per entry (the row number is the entry's ordinal). gid 0 = none. */
  entries: {
    gid: ArrayLike<number>;
    name: string[];
    lat: ArrayLike<number>;
    lon: ArrayLike<number>;
    kind: ArrayLike<number>;
    cc: string[];
    a1: string[];
    pop: ArrayLike<number>;
    fc: string[];
    bbox: Record<number, BBox>;
  };
  /** Normalised name → ordinal * 2 + (1 when it is a main name, 0 for an alternate). */
  names: (key: string) => number[];
  demonyms: Record<string, string>;
  words: { common: string[]; firstNames: string[] };
}

/**
 * Arabic place names, a side table of each build (not loaded with the index): GeoNames id → name for
 * towns, GeoNames admin1 code ("SY.10") → name for provinces. Read by names-ar.ts for the output.
 */
export interface ArabicNames {
  places: Record<string, string>;
  admin1: Record<string, string>;
}

export const ARABIC_NAMES_FILE = 'names-ar.json';

/** Sorted "key\tv,v,v" lines, searched in place (no Map to build at load time). */
export function sortedNameLines(names: Record<string, number[]>): string {
  return Object.keys(names)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((k) => `${k}\t${names[k]!.join(',')}`)
    .join('\n');
}

/** Binary search over sortedNameLines() text. */
export function nameSearcher(text: string): (key: string) => number[] {
  const starts: number[] = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const keyAt = (i: number) => text.slice(starts[i]!, text.indexOf('\t', starts[i]!));
  return (key) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const k = keyAt(mid);
      if (k === key) {
        const tab = starts[mid]! + k.length + 1;
        const end = mid + 1 < starts.length ? starts[mid + 1]! - 1 : text.length;
        return text.slice(tab, end).split(',').map(Number);
      }
      if (k < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return [];
  };
}

/** Numeric columns as one binary file: gid Int32, lat Float64, lon Float64, pop Float64, kind Uint8. */
export function packColumns(e: GazetteerFiles['entries']): Buffer {
  const n = e.gid.length;
  const buf = Buffer.alloc(4 + n * (4 + 8 + 8 + 8 + 1));
  buf.writeUInt32LE(n, 0);
  let o = 4;
  for (const col of [e.lat, e.lon, e.pop]) for (let i = 0; i < n; i++, o += 8) buf.writeDoubleLE(col[i]!, o);
  for (let i = 0; i < n; i++, o += 4) buf.writeInt32LE(e.gid[i]!, o);
  for (let i = 0; i < n; i++, o += 1) buf.writeUInt8(e.kind[i]!, o);
  return buf;
}

export function unpackColumns(buf: Buffer): Pick<GazetteerFiles['entries'], 'gid' | 'lat' | 'lon' | 'pop' | 'kind'> {
  const n = buf.readUInt32LE(0);
  // Copy the data after the count to offset 8 so that the Float64 views are aligned.
  const aligned = new ArrayBuffer(buf.byteLength + 4);
  new Uint8Array(aligned, 8).set(buf.subarray(4));
  return {
    lat: new Float64Array(aligned, 8, n),
    lon: new Float64Array(aligned, 8 + n * 8, n),
    pop: new Float64Array(aligned, 8 + n * 16, n),
    gid: new Int32Array(aligned, 8 + n * 24, n),
    kind: new Uint8Array(aligned, 8 + n * 28, n),
  };
}
