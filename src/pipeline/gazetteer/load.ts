// Loads the gazetteer index built by ensureGazetteer and answers lookups over it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BBox, ToponymKind } from '../../shared/schema.ts';
import { DEFAULT_DIR, ensureGazetteer, readManifest } from './build.ts';
import { KIND_CODES, type GazetteerFiles } from './format.ts';
import { INDEX_FILE, openIndex } from './index-file.ts';
import { collapsedKey, normName, stripArticle } from './normalize.ts';
import { fuzzyMatch, skeleton, usefulSkeleton } from './skeleton.ts';
import { layerUserIndex, openUserIndex, readUserManifest, userIndexDir } from './user-load.ts';

export interface GazEntry {
  /** Row number in the index: a stable key within one loaded gazetteer. */
  ord: number;
  geonameid: number | null;
  name: string;
  lat: number;
  lon: number;
  kind: ToponymKind;
  country: string | null;
  admin1: string | null;
  population: number;
  /** GeoNames feature code, or ADM1, ADM2, PCLI, RGN, CONT, SEA for areas. */
  fcode: string;
  bbox?: BBox;
}

export interface Candidate {
  entry: GazEntry;
  /** Matched a main name (not an alternate or a name without its article). */
  primary: boolean;
}

export interface AreaInfo {
  name: string;
  lat: number;
  lon: number;
  bbox: BBox | null;
  geonameid: number | null;
}

export interface Gazetteer {
  /** Candidates for an already normalised name key (see normName). */
  lookup(key: string): Candidate[];
  /** Candidates for a surface name: normalised, then without an Arabic article if nothing matched. */
  lookupName(name: string): Candidate[];
  byId(geonameid: number): GazEntry | undefined;
  entry(ord: number): GazEntry;
  country(cc: string): AreaInfo | null;
  admin1(code: string): (AreaInfo & { country: string }) | null;
  /** The index entries of a country or an admin-1 area, to use as candidates. */
  countryEntry(cc: string): GazEntry | undefined;
  admin1Entry(code: string): GazEntry | undefined;
  /** Country code of a demonym or national adjective ("Syrian", "Britons"), kept apart from toponyms. */
  demonym(word: string): string | null;
  /** A frequent English word that dictionaries write in lower case ("mission", "reading"). */
  isCommonWord(lower: string): boolean;
  isFirstName(name: string): boolean;
  /** Places in one country whose consonant skeleton matches the name's (transliteration variants). */
  fuzzy(name: string, cc: string): Candidate[];
  readonly size: number;
}

const cache = new Map<string, Gazetteer>();

/**
 * Ensures the index exists, then loads it (cached per directory within a process). A user index built
 * from a GeoNames dump (user-build.ts) is layered under it: options.user, else $CM_USER_GAZETTEER, else
 * data/gazetteer/user/ when present (see userIndexDir); user: null loads the bundled index alone.
 */
export async function loadGazetteer(options: { dir?: string; user?: string | null } = {}): Promise<Gazetteer> {
  const dir = await ensureGazetteer(options.dir ? { dir: options.dir } : {});
  const manifest = readManifest(dir);
  if (!manifest) throw new Error(`gazetteer: no manifest in ${dir}`);
  const userDir = userIndexDir(options.user);
  const base = loadBundled(join(dir, manifest.build));
  if (!userDir) return base;
  const userKey = `${join(dir, manifest.build)}|${userDir}|${readUserManifest(userDir).builtAt}`;
  const hit = cache.get(userKey);
  if (hit) return hit;
  const g = layerUserIndex(base, openUserIndex(userDir));
  cache.set(userKey, g);
  return g;
}

function loadBundled(key: string): Gazetteer {
  const hit = cache.get(key);
  if (hit) return hit;
  const read = <T>(f: string) => JSON.parse(readFileSync(join(key, f), 'utf8')) as T;
  const g = makeGazetteer({
    ...openIndex(readFileSync(join(key, INDEX_FILE))),
    demonyms: read('demonyms.json'),
    words: read('words.json'),
  });
  cache.set(key, g);
  return g;
}

export { DEFAULT_DIR };

/** A gazetteer over index files already in memory (tests build small ones this way). */
export function makeGazetteer(files: GazetteerFiles): Gazetteer {
  const e = files.entries;
  const objs: Array<GazEntry | undefined> = [];
  const entry = (ord: number): GazEntry => {
    let o = objs[ord];
    if (o) return o;
    const bbox = e.bbox(ord);
    o = {
      ord, geonameid: e.gid[ord] || null, name: e.name.at(ord)!, lat: e.lat[ord]!, lon: e.lon[ord]!,
      kind: KIND_CODES[e.kind[ord]!] ?? 'place', country: e.cc.at(ord)! || null, admin1: e.a1.at(ord)! || null,
      population: e.pop[ord] ?? 0, fcode: e.fc.at(ord) ?? '', ...(bbox ? { bbox } : {}),
    };
    objs[ord] = o;
    return o;
  };
  let byCountry: Map<string, number> | null = null;
  let byAdmin1: Map<string, number> | null = null;
  const indexes = () => {
    if (byCountry) return;
    byCountry = new Map();
    byAdmin1 = new Map();
    const COUNTRY = KIND_CODES.indexOf('country');
    const ADMIN1 = KIND_CODES.indexOf('admin1');
    for (let i = 0; i < e.gid.length; i++) {
      const kind = e.kind[i];
      if (kind === COUNTRY && !byCountry.has(e.cc.at(i)!)) byCountry.set(e.cc.at(i)!, i);
      if (kind === ADMIN1 && e.a1.at(i)! && !byAdmin1.has(e.a1.at(i)!)) byAdmin1.set(e.a1.at(i)!, i);
    }
  };
  const area = (ord: number | undefined): AreaInfo | null => {
    if (ord === undefined) return null;
    const x = entry(ord);
    return { name: x.name, lat: x.lat, lon: x.lon, bbox: x.bbox ?? null, geonameid: x.geonameid };
  };
  const skeletons = new Map<string, Map<string, number[]>>();
  let byCc: Map<string, number[]> | null = null;
  const common = new Set(files.words.common);
  const first = new Set(files.words.firstNames);
  const nameCache = new Map<string, Candidate[]>();
  const lookupUncached = (name: string): Candidate[] => {
    const key = normName(name);
    const hits = lookup(key);
    if (hits.length) return hits;
    const bare = stripArticle(key);
    const bareHits = bare !== key ? lookup(bare) : [];
    return bareHits.length || key.length < 5 ? bareHits : lookup(collapsedKey(key));
  };
  const lookup = (key: string): Candidate[] =>
    files.names(key).map((v) => ({ entry: entry(v >> 1), primary: (v & 1) === 1 }));
  return {
    lookup,
    lookupName(name) {
      const hit = nameCache.get(name);
      if (hit) return hit;
      if (nameCache.size > 100_000) nameCache.clear();
      const found = lookupUncached(name);
      nameCache.set(name, found);
      return found;
    },
    byId(gid) {
      const ord = gid ? files.rowOfGid(gid) : -1;
      return ord < 0 ? undefined : entry(ord);
    },
    entry,
    country(cc) {
      indexes();
      return area(byCountry!.get(cc.toUpperCase()));
    },
    admin1(code) {
      indexes();
      const a = area(byAdmin1!.get(code));
      return a ? { ...a, country: code.slice(0, 2) } : null;
    },
    countryEntry(cc) {
      indexes();
      const ord = byCountry!.get(cc.toUpperCase());
      return ord === undefined ? undefined : entry(ord);
    },
    admin1Entry(code) {
      indexes();
      const ord = byAdmin1!.get(code);
      return ord === undefined ? undefined : entry(ord);
    },
    demonym: (w) => files.demonyms[w] ?? null,
    isCommonWord: (w) => common.has(w),
    isFirstName: (n) => first.has(n),
    fuzzy(name, cc) {
      const key = skeleton(name);
      if (!usefulSkeleton(key)) return [];
      let m = skeletons.get(cc);
      if (!m) {
        m = new Map();
        if (!byCc) {
          byCc = new Map();
          for (let i = 0; i < e.gid.length; i++) {
            const kind = KIND_CODES[e.kind[i]!];
            if (kind !== 'place' && kind !== 'admin2') continue;
            const list = byCc.get(e.cc.at(i)!);
            if (list) list.push(i);
            else byCc.set(e.cc.at(i)!, [i]);
          }
        }
        for (const i of byCc.get(cc) ?? []) {
          const sk = skeleton(e.name.at(i)!);
          if (!usefulSkeleton(sk)) continue;
          const list = m.get(sk);
          if (list) list.push(i);
          else m.set(sk, [i]);
        }
        skeletons.set(cc, m);
      }
      return (m.get(key) ?? []).filter((ord) => fuzzyMatch(name, e.name.at(ord)!)).map((ord) => ({ entry: entry(ord), primary: false }));
    },
    size: e.gid.length,
  };
}
