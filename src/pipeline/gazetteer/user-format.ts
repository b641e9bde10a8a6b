// The on-disk format of a user gazetteer index (built from a GeoNames dump by user-build.ts, read lazily
// by user-load.ts). Nothing is parsed at start-up: each lookup reads a few bytes from the files.
//   manifest.json  counts, the feature-code table, the number of hash buckets (bits)
//   rows.bin       ROW_BYTES per kept GeoNames row: gid i32, lat i32 (×1e5), lon i32, pop u32,
//                  text offset u32 (into strings.txt), country code 2 ASCII bytes, feature-code index u16
//   strings.txt    "name\tadmin1code\n" per row, at the row's text offset
//   buckets.bin    Float64 byte offsets into names.txt, one per hash bucket plus an end offset
//   names.txt      per bucket, lines "key\tv,v,v" with v = row * 2 + (1 for a main name)
//   gids.bin       (gid i32, row i32) pairs sorted by gid, for byId
import type { ToponymKind } from '../../shared/schema.ts';

export const ROW_BYTES = 24;
export const USER_FORMAT = 1;
/** Partitions of the build's temporary name files: the top bits of the key hash. */
export const PARTITION_BITS = 6;

export interface UserManifest {
  format: number;
  source: string[];
  alternateNames: string | null;
  builtAt: string;
  seconds: number;
  rows: number;
  names: number;
  /** log2 of the number of hash buckets. */
  bits: number;
  /** Feature codes by index ("P.PPL" is stored as "PPL"; the class is implied by the kind). */
  fcodes: string[];
  kinds: ToponymKind[];
}

/** FNV-1a over the key's UTF-16 code units. */
export function keyHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export const bucketOf = (hash: number, bits: number): number => hash >>> (32 - bits);

const ADMIN_AREAS = new Set(['ADM1', 'ADM2', 'ADM3', 'ADM4', 'ADM5', 'ADMD']);

/**
 * Which GeoNames rows the user index keeps, and as what: populated places (class P), administrative
 * areas (A.ADM1–ADM5, ADMD), countries and dependent territories (A.PCL*), and refugee camps (S.CMPRF),
 * which conflict reports name. Mountains, rivers, spots, roads etc. are left out. null = dropped.
 */
export function keptKind(fclass: string, fcode: string): ToponymKind | null {
  if (fclass === 'P') return 'place';
  if (fclass === 'A') {
    if (fcode.startsWith('PCL')) return 'country';
    if (fcode === 'ADM1') return 'admin1';
    if (ADMIN_AREAS.has(fcode)) return 'admin2';
    return null;
  }
  if (fclass === 'S' && fcode === 'CMPRF') return 'place';
  return null;
}
