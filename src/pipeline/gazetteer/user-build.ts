// Builds a user gazetteer index (format in user-format.ts) from GeoNames dumps the user supplies:
// allCountries.txt or per-country XX.txt (or their .zip, read with the system `unzip -p`), and optionally
// the alternateNames file. Streams: rows are written out as they are read, and the names go to hash
// partitions on disk that are grouped one at a time; only the kept rows' ids stay in memory (8 bytes a row).
import { spawn } from 'node:child_process';
import { createReadStream, closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { ToponymKind } from '../../shared/schema.ts';
import { progressBar, type ProgressBar } from '../build/progress-bar.ts';
import { normName, stripArticle } from './normalize.ts';
import { usefulAlternate } from './source-geonames.ts';
import { PARTITION_BITS, ROW_BYTES, USER_FORMAT, bucketOf, keptKind, keyHash, type UserManifest } from './user-format.ts';

/** Languages of the alternateNames file that are no names: links, codes, postal codes, pronunciations. */
const NOT_NAMES = new Set(['link', 'wkdt', 'post', 'iata', 'icao', 'faac', 'unlc', 'tcid', 'phon', 'fr_1793', 'abbr']);

class Buffered {
  private parts: string[] = [];
  private size = 0;
  constructor(private fd: number, private limit = 1 << 20) {}
  write(s: string): void {
    this.parts.push(s);
    this.size += s.length;
    if (this.size >= this.limit) this.flush();
  }
  flush(): void {
    if (this.parts.length) writeSync(this.fd, this.parts.join(''));
    this.parts = [];
    this.size = 0;
  }
}

/** Lines of a plain or zipped dump (a zip is read with `unzip -p`; its .txt members, not readme). */
async function* lines(file: string, onBytes: (n: number) => void): AsyncIterable<string> {
  let input: Readable;
  if (file.toLowerCase().endsWith('.zip')) {
    const child = spawn('unzip', ['-p', file, '-x', 'readme.txt'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (c) => { err += c; });
    const exit = new Promise<number | null>((res) => child.on('close', res));
    child.on('error', (e) => child.stdout.destroy(new Error(`cannot run unzip for ${file}: ${e.message}`)));
    yield* createInterface({ input: child.stdout, crlfDelay: Infinity });
    // 11: the readme to leave out was not in the archive.
    const code = await exit;
    if (code !== 0 && code !== 11) throw new Error(`unzip could not read ${file}: ${err.trim() || `exit ${code}`}`);
    return;
  } else {
    input = createReadStream(file);
    input.on('data', (c) => onBytes(c.length));
  }
  yield* createInterface({ input, crlfDelay: Infinity });
}

function checkFile(file: string): number {
  if (!existsSync(file)) throw new Error(`no such file: ${file}`);
  return statSync(file).size;
}

export interface UserBuildResult { dir: string; manifest: UserManifest; skipped: number }

/** Builds the index into dir (atomically: a temporary directory renamed over it at the end). */
export async function buildUserIndex(
  files: string[], options: { dir: string; alternateNames?: string | null; stream?: NodeJS.WriteStream },
): Promise<UserBuildResult> {
  if (!files.length) throw new Error('give at least one GeoNames dump (--geonames FILE)');
  const t0 = Date.now();
  const sizes = files.map(checkFile);
  const altSize = options.alternateNames ? checkFile(options.alternateNames) : 0;
  const dir = resolve(options.dir);
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  try {
    const result = await buildInto(tmp, files, options.alternateNames ?? null, sizes, altSize, options.stream);
    result.manifest.seconds = (Date.now() - t0) / 1000;
    writeFileSync(join(tmp, 'manifest.json'), `${JSON.stringify(result.manifest, null, 2)}\n`);
    rmSync(dir, { recursive: true, force: true });
    renameSync(tmp, dir);
    return { dir, manifest: result.manifest, skipped: result.skipped };
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
}

async function buildInto(tmp: string, files: string[], altFile: string | null, sizes: number[], altSize: number, stream?: NodeJS.WriteStream) {
  const rowsFd = openSync(join(tmp, 'rows.bin'), 'w');
  const textFd = openSync(join(tmp, 'strings.txt'), 'w');
  const parts = Array.from({ length: 1 << PARTITION_BITS }, (_, i) => openSync(join(tmp, `part-${i}.tmp`), 'w'));
  const partOut = parts.map((fd) => new Buffered(fd));
  const fcodes: string[] = [];
  const kinds: ToponymKind[] = [];
  const fcIndex = new Map<string, number>();
  let gids = new Int32Array(1 << 16);
  let rows = 0;
  let textOff = 0;
  let skipped = 0;
  let nameLines = 0;
  const rowBuf = Buffer.alloc(ROW_BYTES * 4096);
  let rowFill = 0;
  const text = new Buffered(textFd);
  const addName = (key: string, row: number, primary: boolean) => {
    if (key.length < 2 || key.length > 50) return;
    partOut[keyHash(key) >>> (32 - PARTITION_BITS)]!.write(`${key}\t${row * 2 + (primary ? 1 : 0)}\n`);
    nameLines++;
  };
  const addNames = (name: string, row: number, primary: boolean) => {
    const key = normName(name);
    addName(key, row, primary);
    const bare = stripArticle(key);
    if (bare !== key) addName(bare, row, primary);
  };
  const bar: ProgressBar = progressBar({ totalBytes: sizes.reduce((a, b) => a + b, 0) + altSize, label: 'rows', ...(stream ? { stream } : {}) });
  let bytes = 0;
  const onBytes = (n: number) => bar.setBytes((bytes += n));
  for (const file of files) {
    for await (const line of lines(file, onBytes)) {
      bar.tick();
      if (!line || line.startsWith('#')) continue;
      const f = line.split('\t');
      if (f.length < 15) { skipped++; continue; }
      const [id, name, ascii, alts, lat, lon, fclass, fcode, cc, , a1] = f;
      const kind = keptKind(fclass!, fcode!);
      if (!kind) continue;
      const gid = Number(id);
      const la = Number(lat);
      const lo = Number(lon);
      if (!Number.isInteger(gid) || gid <= 0 || !name || !(Math.abs(la) <= 90) || !(Math.abs(lo) <= 180)) { skipped++; continue; }
      let fc = fcIndex.get(fcode!);
      if (fc === undefined) {
        fcIndex.set(fcode!, (fc = fcodes.length));
        fcodes.push(fcode!);
        kinds.push(kind);
      }
      const row = rows++;
      if (row >= gids.length) { const g = new Int32Array(gids.length * 2); g.set(gids); gids = g; }
      gids[row] = gid;
      const o = rowFill * ROW_BYTES;
      rowBuf.writeInt32LE(gid, o);
      rowBuf.writeInt32LE(Math.round(la * 1e5), o + 4);
      rowBuf.writeInt32LE(Math.round(lo * 1e5), o + 8);
      rowBuf.writeUInt32LE(Math.min(0xffffffff, Math.max(0, Number(f[14]) || 0)), o + 12);
      rowBuf.writeUInt32LE(textOff, o + 16);
      rowBuf.write((cc ?? '').padEnd(2, ' ').slice(0, 2), o + 20, 'latin1');
      rowBuf.writeUInt16LE(fc, o + 22);
      if (++rowFill === 4096) { writeSync(rowsFd, rowBuf); rowFill = 0; }
      const t = `${name.replace(/[\t\n]/g, ' ')}\t${a1 ?? ''}\n`;
      text.write(t);
      textOff += Buffer.byteLength(t);
      addNames(name, row, true);
      if (ascii && ascii !== name) addNames(ascii, row, true);
      for (const alt of (alts ?? '').split(',')) if (alt && alt !== name && alt !== ascii && usefulAlternate(alt)) addNames(alt, row, false);
    }
  }
  if (rowFill) writeSync(rowsFd, rowBuf.subarray(0, rowFill * ROW_BYTES));
  text.flush();
  closeSync(rowsFd);
  closeSync(textFd);
  // Ids sorted, with their rows: byId at query time, and the alternate names' join here.
  const order = new Int32Array(rows).map((_, i) => i).sort((a, b) => gids[a]! - gids[b]!);
  const sorted = new Int32Array(rows * 2);
  order.forEach((row, i) => { sorted[i * 2] = gids[row]!; sorted[i * 2 + 1] = row; });
  writeFileSync(join(tmp, 'gids.bin'), Buffer.from(sorted.buffer));
  const rowOf = (gid: number): number => {
    let lo = 0;
    let hi = rows - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const g = sorted[mid * 2]!;
      if (g === gid) return sorted[mid * 2 + 1]!;
      if (g < gid) lo = mid + 1; else hi = mid - 1;
    }
    return -1;
  };
  if (altFile) {
    for await (const line of lines(altFile, onBytes)) {
      bar.tick();
      const f = line.split('\t');
      if (f.length < 4) { if (line) skipped++; continue; }
      if (NOT_NAMES.has(f[2]!) || !usefulAlternate(f[3]!)) continue;
      const row = rowOf(Number(f[1]));
      if (row >= 0) addNames(f[3]!, row, false);
    }
  }
  bar.end();
  for (const p of partOut) p.flush();
  parts.forEach((fd) => closeSync(fd));
  const bits = Math.max(PARTITION_BITS, Math.min(24, Math.ceil(Math.log2(Math.max(1, nameLines / 6)))));
  const names = writeBuckets(tmp, bits);
  const manifest: UserManifest = {
    format: USER_FORMAT, source: files.map((f) => resolve(f)), alternateNames: altFile ? resolve(altFile) : null,
    builtAt: new Date().toISOString(), seconds: 0, rows, names, bits, fcodes, kinds,
  };
  return { manifest, skipped };
}

/** Groups each partition's "key\tv" lines by bucket and key into names.txt; writes the bucket offsets. */
function writeBuckets(tmp: string, bits: number): number {
  const offsets = new Float64Array((1 << bits) + 1);
  const out = openSync(join(tmp, 'names.txt'), 'w');
  let pos = 0;
  let keys = 0;
  let next = 0;
  for (let p = 0; p < 1 << PARTITION_BITS; p++) {
    const file = join(tmp, `part-${p}.tmp`);
    const byKey = new Map<string, Map<number, number>>();
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const tab = line.indexOf('\t');
      if (tab < 0) continue;
      const key = line.slice(0, tab);
      const v = Number(line.slice(tab + 1));
      let m = byKey.get(key);
      if (!m) byKey.set(key, (m = new Map()));
      const row = v >> 1;
      m.set(row, Math.max(m.get(row) ?? 0, v & 1));
    }
    rmSync(file);
    const list = [...byKey.keys()].map((k) => [bucketOf(keyHash(k), bits), k] as const).sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1));
    const chunk: string[] = [];
    for (const [b, k] of list) {
      while (next <= b) offsets[next++] = pos;
      const s = `${k}\t${[...byKey.get(k)!].map(([row, pr]) => row * 2 + pr).join(',')}\n`;
      chunk.push(s);
      pos += Buffer.byteLength(s);
      keys++;
    }
    if (chunk.length) writeSync(out, chunk.join(''));
  }
  while (next < offsets.length) offsets[next++] = pos;
  closeSync(out);
  writeFileSync(join(tmp, 'buckets.bin'), Buffer.from(offsets.buffer));
  return keys;
}
