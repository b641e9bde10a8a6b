// Benchmark data, cached in $TMPDIR/conflict-map-bench: N synthetic ACLED rows → `conflict-map import`
// GeoJSON → the binary layout (src/pipeline/binary) → a flat GeoJSON of the map's few properties (what
// the plain MapLibre path is given, like src/app/map/events-source.ts). Files are reused when present.
import { spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, createWriteStream, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { register } from 'tsx/esm/api';

register();
export const ROOT = resolve(import.meta.dirname, '..');
export const CACHE = process.env.BENCH_CACHE ?? join(tmpdir(), 'conflict-map-bench');
const SEED = 42;

function run(cmd, args, log) {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
  log(`  ${cmd} ${args.slice(0, 3).join(' ')} … ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

const fresh = (path) => existsSync(path) && statSync(path).size > 0;

/** A binary file written before the attribute columns (header flag bit 1, docs/binary-format.md) is written again. */
function withAttributes(path) {
  if (!fresh(path)) return false;
  const head = Buffer.alloc(32);
  const fd = openSync(path, 'r');
  readSync(fd, head, 0, 32, 0);
  closeSync(fd);
  return (head.readUInt32LE(24) & 2) !== 0 && existsSync(`${path}.meta`);
}

/**
 * The app's basemap beside the data (served as data/basemap.json): the whole Natural Earth 1:50m file,
 * which is what the app takes for events all over the world (npm run data:basemap builds a regional one
 * for the bundled events only). Without it the app's first request is a 404.
 */
function writeBasemap() {
  const path = join(CACHE, 'basemap.json');
  if (!fresh(path)) copyFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-50m.json'), path);
}

/** Paths of the data set of `n` events, made if missing. */
export async function prepareData(n, log = () => {}) {
  mkdirSync(CACHE, { recursive: true });
  writeBasemap();
  const csv = join(CACHE, `acled-${n}-${SEED}.csv`);
  const geojson = join(CACHE, `events-${n}-${SEED}.geojson`);
  const bin = join(CACHE, `events-${n}-${SEED}.bin`);
  const full = join(CACHE, `events-${n}-${SEED}.full.bin`);
  const flat = join(CACHE, `events-${n}-${SEED}.flat.geojson`);
  const timings = {};
  if (!fresh(geojson)) {
    if (!fresh(csv)) run('npx', ['tsx', 'src/pipeline/import/synthetic.ts', csv, String(n), String(SEED)], log);
    run('node', ['bin/conflict-map.js', 'import', '--format', 'acled', csv, '-o', geojson], log);
  }
  const { writeBinary } = await import('../src/pipeline/binary/write.ts');
  const { readGeoJsonFeatures } = await import('../src/pipeline/binary/geojson-lines.ts');
  if (!fresh(bin)) {
    const t0 = performance.now();
    await writeBinary(readGeoJsonFeatures(geojson), bin, { attributes: false });
    timings.binary_convert_ms = performance.now() - t0;
    log(`  binary ${n} … ${(timings.binary_convert_ms / 1000).toFixed(1)} s`);
  }
  // The full app's file: the attribute columns and strings too, and the metadata chunks for popups.
  if (!withAttributes(full)) {
    const t0 = performance.now();
    await writeBinary(readGeoJsonFeatures(geojson), full);
    timings.binary_full_convert_ms = performance.now() - t0;
    log(`  binary (with attributes) ${n} … ${(timings.binary_full_convert_ms / 1000).toFixed(1)} s`);
  }
  if (!fresh(flat)) await writeFlat(bin, flat);
  return { csv, geojson, bin, full, flat, timings, binBytes: statSync(bin).size, fullBytes: statSync(full).size, flatBytes: statSync(flat).size };
}

const GEO = ['place', 'admin1', 'country'];

async function writeFlat(bin, path) {
  const { readBinary } = await import('../src/pipeline/binary/write.ts');
  const { EVENT_TYPES } = await import('../src/shared/schema.ts');
  const { drawnToll, epochDayToIso, UNDATED } = await import('../src/pipeline/binary/layout.ts');
  const ev = await readBinary(bin);
  const { count, dayOrigin, dayCount } = ev.header;
  const out = createWriteStream(path);
  let buf = `{"type":"FeatureCollection","dayOrigin":${dayOrigin},"dayCount":${dayCount},"features":[\n`;
  for (let i = 0; i < count; i++) {
    const undated = ev.dayStart[i] === UNDATED;
    const props = {
      id: `e${ev.src[i]}`,
      type: EVENT_TYPES[ev.type[i]] ?? 'Other',
      ds: undated ? '' : epochDayToIso(dayOrigin + ev.dayStart[i]),
      de: undated ? '' : epochDayToIso(dayOrigin + ev.dayEnd[i]),
      toll: drawnToll(ev, i),
      prec: GEO[ev.bits[i] & 3],
    };
    buf += `{"type":"Feature","id":${i},"geometry":{"type":"Point","coordinates":[${ev.lon[i]},${ev.lat[i]}]},"properties":${JSON.stringify(props)}}${i < count - 1 ? ',' : ''}\n`;
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await once(out, 'drain');
      buf = '';
    }
  }
  out.write(`${buf}]}\n`);
  out.end();
  await once(out, 'finish');
}
