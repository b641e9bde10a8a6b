// Reads a user gazetteer index (user-format.ts) lazily, and layers it under the bundled one: the bundled
// entries keep their ordinals and answers; the user rows add candidates the bundled index lacks.
import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_DIR } from './build.ts';
import type { Candidate, GazEntry, Gazetteer } from './load.ts';
import { normName, stripArticle } from './normalize.ts';
import { ROW_BYTES, USER_FORMAT, bucketOf, keyHash, type UserManifest } from './user-format.ts';

export const DEFAULT_USER_DIR = join(DEFAULT_DIR, 'user');

/**
 * The user index to use: an explicit directory, else $CM_USER_GAZETTEER ("none" turns it off), else
 * data/gazetteer/user/ when it holds a build. null when there is none.
 */
export function userIndexDir(explicit?: string | null): string | null {
  if (explicit === null) return null;
  const env = process.env.CM_USER_GAZETTEER;
  if (explicit === undefined && (env === 'none' || env === 'off' || env === '0')) return null;
  const dir = explicit ?? (env || DEFAULT_USER_DIR);
  if (existsSync(join(dir, 'manifest.json'))) return dir;
  if (explicit !== undefined || env) throw new Error(`gazetteer: no user index in ${dir} (build one with conflict-map gazetteer --geonames FILE)`);
  return null;
}

export interface UserIndex {
  manifest: UserManifest;
  /** [row, primary] pairs for a normalised key. */
  lookup(key: string): Array<[number, boolean]>;
  /** The row as an entry with ordinal base + row. */
  entry(row: number, base: number): GazEntry;
  rowOfGid(gid: number): number;
  close(): void;
}

export function readUserManifest(dir: string): UserManifest {
  const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as UserManifest;
  if (m.format !== USER_FORMAT) throw new Error(`gazetteer: the user index in ${dir} has format ${m.format}; rebuild it`);
  return m;
}

/** Opens the index files; reads nothing else until a lookup. */
export function openUserIndex(dir: string): UserIndex {
  const manifest = readUserManifest(dir);
  const fds = ['rows.bin', 'strings.txt', 'buckets.bin', 'names.txt', 'gids.bin'].map((f) => openSync(join(dir, f), 'r'));
  const [rowsFd, textFd, bucketsFd, namesFd, gidsFd] = fds as [number, number, number, number, number];
  const small = Buffer.alloc(ROW_BYTES);
  const read = (fd: number, length: number, pos: number, buf = Buffer.alloc(length)): Buffer => {
    const n = readSync(fd, buf, 0, length, pos);
    return n === length ? buf : buf.subarray(0, n);
  };
  const textBuf = Buffer.alloc(1024);
  return {
    manifest,
    lookup(key) {
      const b = bucketOf(keyHash(key), manifest.bits);
      const off = read(bucketsFd, 16, b * 8, small);
      const from = off.readDoubleLE(0);
      const to = off.readDoubleLE(8);
      if (to <= from) return [];
      const text = read(namesFd, to - from, from).toString('utf8');
      for (const line of text.split('\n')) {
        const tab = line.indexOf('\t');
        if (tab === key.length && line.startsWith(key)) {
          return line.slice(tab + 1).split(',').map((v) => [Number(v) >> 1, (Number(v) & 1) === 1] as [number, boolean]);
        }
      }
      return [];
    },
    entry(row, base) {
      const r = read(rowsFd, ROW_BYTES, row * ROW_BYTES, small);
      if (r.length < ROW_BYTES) throw new Error(`gazetteer: user index row ${row} is out of range`);
      const t = read(textFd, textBuf.length, r.readUInt32LE(16), textBuf).toString('utf8');
      const nl = t.indexOf('\n');
      const [name, a1] = (nl < 0 ? t : t.slice(0, nl)).split('\t');
      const cc = r.toString('latin1', 20, 22).trim();
      const fc = r.readUInt16LE(22);
      return {
        ord: base + row, geonameid: r.readInt32LE(0) || null, name: name!, lat: r.readInt32LE(4) / 1e5, lon: r.readInt32LE(8) / 1e5,
        kind: manifest.kinds[fc] ?? 'place', country: cc || null, admin1: a1 ? `${cc}.${a1}` : null,
        population: r.readUInt32LE(12), fcode: manifest.fcodes[fc] ?? '',
      };
    },
    rowOfGid(gid) {
      let lo = 0;
      let hi = manifest.rows - 1;
      const buf = Buffer.alloc(8);
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        read(gidsFd, 8, mid * 8, buf);
        const g = buf.readInt32LE(0);
        if (g === gid) return buf.readInt32LE(4);
        if (g < gid) lo = mid + 1; else hi = mid - 1;
      }
      return -1;
    },
    close: () => fds.forEach((fd) => closeSync(fd)),
  };
}

/**
 * The bundled gazetteer with a user index under it. User rows get ordinals from base.size on; `size`
 * stays the bundled count (whole-index scans, such as the capitals' table, read the bundled entries only),
 * and fuzzy matching stays on the bundled places. A user row that the bundled index already holds (same
 * GeoNames id, or the same country or admin-1 area) answers as the bundled entry.
 */
export function layerUserIndex(base: Gazetteer, user: UserIndex): Gazetteer {
  const cache = new Map<number, GazEntry>();
  const userEntry = (row: number): GazEntry => {
    let e = cache.get(row);
    if (!e) {
      if (cache.size > 200_000) cache.clear();
      cache.set(row, (e = user.entry(row, base.size)));
    }
    return e;
  };
  const lookup = (key: string): Candidate[] => {
    const hits = base.lookup(key);
    const extra = user.lookup(key);
    if (!extra.length) return hits;
    const out = [...hits];
    const seen = new Set(hits.map((c) => c.entry.ord));
    for (const [row, primary] of extra) {
      const e = userEntry(row);
      const known = (e.geonameid !== null ? base.byId(e.geonameid) : undefined)
        ?? (e.kind === 'country' && e.country ? base.countryEntry(e.country) : undefined)
        ?? (e.fcode === 'ADM1' && e.admin1 ? base.admin1Entry(e.admin1) : undefined);
      if (e.fcode === 'ADM2' && hits.some((c) => c.entry.kind === 'admin2' && c.entry.admin1 === e.admin1)) continue;
      const entry = known ?? e;
      if (seen.has(entry.ord)) continue;
      seen.add(entry.ord);
      out.push({ entry, primary });
    }
    return out;
  };
  const names = new Map<string, Candidate[]>();
  return {
    ...base,
    lookup,
    lookupName(name) {
      const hit = names.get(name);
      if (hit) return hit;
      if (names.size > 100_000) names.clear();
      const key = normName(name);
      let found = lookup(key);
      const bare = stripArticle(key);
      if (!found.length && bare !== key) found = lookup(bare);
      names.set(name, found);
      return found;
    },
    byId(gid) {
      const b = base.byId(gid);
      if (b) return b;
      const row = user.rowOfGid(gid);
      return row < 0 ? undefined : userEntry(row);
    },
    entry: (ord) => (ord < base.size ? base.entry(ord) : userEntry(ord - base.size)),
    size: base.size,
  };
}
