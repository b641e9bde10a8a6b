// Pipeline figures for the benchmark: articles per second through `conflict-map extract` on a
// generated corpus of short news paragraphs (1 worker, and 2: `--workers 2` when extract has it, else
// two processes in parallel on halves), and the gazetteer's load time in a fresh process. Throughput is
// marginal: (N − N/4) articles over t(N) − t(N/4), so process and worker start-up cancel out; the wall
// rates (start-up included) are reported too.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, openSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';

const ROOT = resolve(import.meta.dirname, '..');
const CLI = join(ROOT, 'bin/conflict-map.js');

const PLACES = [['Aleppo', 'Syria'], ['Homs', 'Syria'], ['Idlib', 'Syria'], ['Mosul', 'Iraq'], ['Kandahar', 'Afghanistan'], ['Kabul', 'Afghanistan'], ['Maiduguri', 'Nigeria'], ['Goma', 'Democratic Republic of the Congo'], ['Kharkiv', 'Ukraine'], ['Mogadishu', 'Somalia'], ['Taiz', 'Yemen'], ['El Fasher', 'Sudan'], ['Bamako', 'Mali'], ['Sittwe', 'Myanmar'], ['Culiacan', 'Mexico']];
const ACTS = ['a car bomb exploded near a market in', 'gunmen attacked a village outside', 'an air strike hit a residential district of', 'clashes broke out between government troops and rebels in', 'security forces opened fire on protesters in', 'a roadside bomb struck a convoy near'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** A seeded corpus of `n` one-paragraph reports, as extract's JSONL input. */
export function corpus(n) {
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const lines = [];
  for (let i = 0; i < n; i++) {
    const [place, country] = pick(PLACES);
    const killed = 1 + Math.floor(rand() * 40);
    const injured = Math.floor(rand() * 60);
    const month = 1 + Math.floor(rand() * 12);
    const published = `20${18 + Math.floor(rand() * 6)}-${String(month).padStart(2, '0')}-${String(1 + Math.floor(rand() * 27)).padStart(2, '0')}`;
    const text = `${place.toUpperCase()}, ${country} (Reuters) - At least ${killed} people were killed and ${injured} wounded on ${pick(DAYS)} when ${pick(ACTS)} ${place}, local officials said. A spokesman for the provincial government said the toll could rise. No group immediately claimed responsibility for the attack, the latest in a wave of violence in ${country}.`;
    lines.push(JSON.stringify({ id: `bench-${i}`, text, published }));
  }
  return `${lines.join('\n')}\n`;
}

/** The faster of two runs (the machine is shared). */
async function extract(input, extraArgs = []) {
  return Math.min(await extractOnce(input, extraArgs), await extractOnce(input, extraArgs));
}

function extractOnce(input, extraArgs) {
  return new Promise((ok, no) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [CLI, 'extract', ...extraArgs], { cwd: ROOT, stdio: [openSync(input, 'r'), 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => (code === 0 ? ok(performance.now() - t0) : no(new Error(`extract exited ${code}: ${err.slice(0, 500)}`))));
  });
}

// 8,000 articles: over 2,000 the figure was mostly the JIT warming up (770 articles/s against 1,215 at 8,000).
export async function benchPipeline({ articles = 8000, log = () => {} } = {}) {
  const dir = join(tmpdir(), 'conflict-map-bench', 'pipeline');
  mkdirSync(dir, { recursive: true });
  const all = join(dir, `corpus-${articles}.jsonl`);
  const text = corpus(articles);
  writeFileSync(all, text);
  const rows = text.trimEnd().split('\n');
  const halves = [rows.slice(0, rows.length / 2), rows.slice(rows.length / 2)].map((part, k) => {
    const p = join(dir, `corpus-${articles}-half${k}.jsonl`);
    writeFileSync(p, `${part.join('\n')}\n`);
    return p;
  });
  const quarter = join(dir, `corpus-${articles}-quarter.jsonl`);
  writeFileSync(quarter, `${rows.slice(0, rows.length / 4).join('\n')}\n`);
  const empty = join(dir, 'empty.jsonl');
  writeFileSync(empty, '');
  await extract(empty); // warms the gazetteer build and the OS cache
  const startup = await extract(empty);
  const help = spawnSync(process.execPath, [CLI, 'extract', '--help'], { cwd: ROOT, encoding: 'utf8' });
  const hasWorkers = /--workers/.test(`${help.stdout}${help.stderr}`);
  const two = async (path, parts) =>
    hasWorkers ? extract(path, ['--workers', '2']) : Math.max(...(await Promise.all(parts.map((h) => extract(h)))));
  // Throughput from the difference of two corpus sizes: start-up (gazetteer, workers) cancels out.
  const one = await extract(all);
  const oneQ = await extract(quarter);
  const twoAll = await two(all, halves);
  const quarterHalves = [0, 1].map((k) => {
    const p = join(dir, `corpus-${articles}-quarter${k}.jsonl`);
    writeFileSync(p, `${rows.slice((k * rows.length) / 8, ((k + 1) * rows.length) / 8).join('\n')}\n`);
    return p;
  });
  const twoQ = await two(quarter, quarterHalves);
  const marginal = (t, tq) => (0.75 * articles * 1000) / Math.max(1, t - tq);
  const out = {
    pipeline_articles: articles,
    pipeline_startup_ms: startup,
    pipeline_1_worker_ms: one,
    pipeline_2_workers_ms: twoAll,
    pipeline_2_workers_method: hasWorkers ? '--workers 2' : 'two processes on halves',
    pipeline_articles_per_s_1: marginal(one, oneQ),
    pipeline_articles_per_s_2: marginal(twoAll, twoQ),
    pipeline_articles_per_s_wall_1: (articles * 1000) / one,
    pipeline_articles_per_s_wall_2: (articles * 1000) / twoAll,
    pipeline_articles_per_s_per_core: marginal(one, oneQ),
    gazetteer_load_ms: gazetteerLoad(),
  };
  log(`  extract: ${articles} articles in ${(one / 1000).toFixed(2)} s on 1 worker (${articles / 4} in ${(oneQ / 1000).toFixed(2)} s), ${(twoAll / 1000).toFixed(2)} s on 2 (${out.pipeline_2_workers_method}; ${articles / 4} in ${(twoQ / 1000).toFixed(2)} s); empty input ${(startup / 1000).toFixed(2)} s`);
  return out;
}

/** loadGazetteer() in a fresh process (the module imports are timed apart from the load). */
function gazetteerLoad() {
  const code = `import { register } from 'tsx/esm/api'; register();
const { loadGazetteer } = await import('./src/pipeline/gazetteer/load.ts');
const t0 = performance.now(); await loadGazetteer(); console.log(JSON.stringify({ ms: performance.now() - t0 }));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8' });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line).ms;
  } catch {
    return NaN;
  }
}
