// The on-disk format of the gazetteer index (data/gazetteer/<build>/: index.bin, see index-file.ts, and small
// JSON side files), shared by build and load.
import type { BBox, ToponymKind } from '../../shared/schema.ts';
import type { StringColumn } from './index-file.ts';

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
    name: StringColumn;
    lat: ArrayLike<number>;
    lon: ArrayLike<number>;
    kind: ArrayLike<number>;
    cc: StringColumn;
    a1: StringColumn;
    pop: ArrayLike<number>;
    fc: StringColumn;
    /** The area's bounding box, for the rows that have one. */
    bbox: (row: number) => BBox | undefined;
  };
  /** Normalised name → ordinal * 2 + (1 when it is a main name, 0 for an alternate). */
  names: (key: string) => number[];
  /** The first row with this GeoNames id, or -1. */
  rowOfGid: (gid: number) => number;
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
