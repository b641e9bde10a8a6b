// `npm run bench` (node scripts/bench.mjs [--sizes 100000,1000000] [--quick] [--json] [--no-pipeline] [--paths plain,gpu,app]
// [--app-data bin|geojson]):
// the brushing benchmark of the plain MapLibre GeoJSON path (setFilter) against the GPU path
// (src/app/map/gpu), side by side for each size, in Chromium on SwiftShader; the full app at each size, on
// the binary file with its attributes (or the GeoJSON: --app-data geojson), its first render and the work of
// a brush and of a filter change (scripts/bench-app.mjs); then the pipeline's
// articles per second and the gazetteer's load time. With --json the last line is one JSON object.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { serveStatic } from '../bench/serve.mjs';
import { runApp } from './bench-app.mjs';
import { runBrowser } from './bench-browser.mjs';
import { CACHE, ROOT, prepareData } from './bench-data.mjs';
import { benchPipeline } from './bench-pipeline.mjs';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100000,1000000' },
    quick: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    'no-pipeline': { type: 'boolean', default: false },
    // Which of the three to run: the plain GeoJSON layers, the GPU layer (both on the bench page), the full app.
    paths: { type: 'string', default: 'plain,gpu,app' },
    articles: { type: 'string' },
    // What the full app loads: the binary file with its attributes (default) or the importer's GeoJSON.
    'app-data': { type: 'string', default: 'bin' },
  },
});
const paths = new Set(values.paths.split(',').map((p) => p.trim()));
const sizes = values.sizes.split(',').map((s) => Number(s.replace(/_/g, ''))).filter((n) => n > 0);
const quick = values.quick;
const log = (line) => process.stderr.write(`${line}\n`);
const tag = (n) => (n >= 1e6 && n % 1e6 === 0 ? `${n / 1e6}m` : n >= 1e3 && n % 1e3 === 0 ? `${n / 1e3}k` : String(n));

log('Building the bench page (bench/vite.config.ts → bench/dist)…');
const vb = spawnSync('npx', ['vite', 'build', '--config', 'bench/vite.config.ts'], { cwd: ROOT, encoding: 'utf8' });
if (vb.status !== 0) throw new Error(`bench page build failed: ${vb.stderr}`);
const server = await serveStatic(`${ROOT}/bench/dist`, { '/data/': CACHE });
let appServer = null;
if (paths.has('app')) {
  log('Building the app (vite build → bench/dist-app)…');
  const ab = spawnSync('npx', ['vite', 'build', '--outDir', 'bench/dist-app', '--emptyOutDir', '--logLevel', 'warn'], { cwd: ROOT, encoding: 'utf8' });
  if (ab.status !== 0) throw new Error(`app build failed: ${ab.stderr}`);
  appServer = await serveStatic(`${ROOT}/bench/dist-app`, { '/data/': CACHE });
}

const result = {};
const rows = [];
try {
  for (const n of sizes) {
    log(`\n${n.toLocaleString('en-US')} events: preparing data in ${CACHE}`);
    const data = await prepareData(n, log);
    const appFile = values['app-data'] === 'geojson' ? data.geojson : data.full;
    const big = n >= 500_000;
    const common = { baseUrl: server.url, log, readyTimeout: big ? 240_000 : 120_000 };
    const skip = (mode) => ({ mode, errors: [], skipped: true });
    const plain = !paths.has('plain') ? skip('plain') : await runBrowser({ ...common, mode: 'plain', data: `data/${data.flat.split('/').pop()}`, brushes: quick ? 3 : big ? 5 : 10, budgetMs: big ? 200_000 : 120_000 });
    const gpu = !paths.has('gpu') ? skip('gpu') : await runBrowser({ ...common, mode: 'gpu', data: `data/${data.bin.split('/').pop()}`, brushes: quick ? 10 : 30, budgetMs: 120_000 });
    const app = appServer
      ? await runApp({ baseUrl: appServer.url, data: `data/${appFile.split('/').pop()}`, file: appFile, changes: quick ? 5 : 15, readyTimeout: big ? 400_000 : 200_000, log })
      : null;
    for (const r of [plain, gpu, app]) if (r?.errors.length) log(`    ${r.mode} errors: ${r.errors.slice(0, 3).join(' | ')}`);
    const t = tag(n);
    Object.assign(result, {
      [`brush_work_ms_median_${t}`]: gpu.work?.median ?? NaN,
      [`brush_work_ms_p95_${t}`]: gpu.work?.p95 ?? NaN,
      [`brush_frame_ms_median_${t}`]: gpu.frame?.median ?? NaN,
      [`brush_frame_ms_p95_${t}`]: gpu.frame?.p95 ?? NaN,
      [`brush_work_ms_median_${t}_plain`]: plain.work?.median ?? NaN,
      [`brush_work_ms_p95_${t}_plain`]: plain.work?.p95 ?? NaN,
      [`brush_frame_ms_median_${t}_plain`]: plain.frame?.median ?? NaN,
      [`brush_frame_ms_p95_${t}_plain`]: plain.frame?.p95 ?? NaN,
      [`first_render_ms_${t}`]: gpu.first_render_ms ?? NaN,
      [`first_render_ms_${t}_plain`]: plain.first_render_ms ?? NaN,
      [`js_heap_mb_${t}`]: gpu.js_heap_mb ?? NaN,
      [`js_heap_mb_${t}_plain`]: plain.js_heap_mb ?? NaN,
      [`browser_rss_mb_${t}`]: gpu.rss_mb ?? NaN,
      [`browser_rss_mb_${t}_plain`]: plain.rss_mb ?? NaN,
      [`browser_pss_mb_${t}`]: gpu.pss_mb ?? NaN,
      [`browser_pss_mb_${t}_plain`]: plain.pss_mb ?? NaN,
      [`data_mb_${t}`]: data.binBytes / 1e6,
      [`data_mb_${t}_plain`]: data.flatBytes / 1e6,
      [`brush_frame_speedup_${t}`]: (plain.frame?.median ?? NaN) / (gpu.frame?.median ?? NaN),
      [`app_first_render_ms_${t}`]: app?.first_render_ms ?? NaN,
      [`app_brush_work_ms_median_${t}`]: app?.brush?.median ?? NaN,
      [`app_brush_work_ms_p95_${t}`]: app?.brush?.p95 ?? NaN,
      [`app_filter_work_ms_median_${t}`]: app?.filter?.median ?? NaN,
      [`app_filter_work_ms_p95_${t}`]: app?.filter?.p95 ?? NaN,
      [`app_data_mb_${t}`]: (values['app-data'] === 'geojson' ? statSync(data.geojson).size : data.fullBytes) / 1e6,
    });
    rows.push({ n, plain, gpu, app, data });
  }
} finally {
  await server.close();
  await appServer?.close();
}

if (!values['no-pipeline']) {
  log('\nPipeline');
  Object.assign(result, await benchPipeline({ articles: Number(values.articles ?? 8000), log }));
}

const f = (v, d = 1) => (Number.isFinite(v) ? v.toFixed(d) : 'n/a');
const out = [];
const bench = paths.has('plain') || paths.has('gpu');
if (bench) out.push('', 'Brushing: plain MapLibre GeoJSON + setFilter vs the GPU custom layer (ms; Chromium, SwiftShader, 1280×800)');
if (bench) out.push(`${'events'.padStart(10)} ${'path'.padEnd(6)} ${'work med'.padStart(9)} ${'work p95'.padStart(9)} ${'frame med'.padStart(10)} ${'frame p95'.padStart(10)} ${'n'.padStart(3)} ${'1st render'.padStart(11)} ${'JS heap MB'.padStart(11)} ${'RSS MB'.padStart(8)} ${'PSS MB'.padStart(8)} ${'file MB'.padStart(8)}`);
for (const { n, plain, gpu, data } of rows)
  for (const [r, mb] of [[plain, data.flatBytes / 1e6], [gpu, data.binBytes / 1e6]].filter(([r]) => !r.skipped))
    out.push(`${n.toLocaleString('en-US').padStart(10)} ${r.mode.padEnd(6)} ${f(r.work?.median, 2).padStart(9)} ${f(r.work?.p95, 2).padStart(9)} ${f(r.frame?.median).padStart(10)} ${f(r.frame?.p95).padStart(10)} ${String(r.work?.n ?? 0).padStart(3)} ${f(r.first_render_ms, 0).padStart(11)} ${f(r.js_heap_mb, 0).padStart(11)} ${f(r.rss_mb, 0).padStart(8)} ${f(r.pss_mb, 0).padStart(8)} ${f(mb).padStart(8)}`);
if (paths.has('plain') && paths.has('gpu')) for (const { n } of rows) out.push(`frame speed-up at ${n.toLocaleString('en-US')}: ${f(result[`brush_frame_speedup_${tag(n)}`])}×`);
if (rows.some((r) => r.app)) {
  out.push('');
  out.push(`The full app (index.html?data=….${values['app-data'] === 'geojson' ? 'geojson' : 'full.bin'}): main-thread work of a store change, the frame not counted (ms)`);
  out.push(`${'events'.padStart(10)} ${'1st render'.padStart(11)} ${'brush med'.padStart(10)} ${'brush p95'.padStart(10)} ${'filter med'.padStart(11)} ${'filter p95'.padStart(11)} ${'n'.padStart(3)} ${'RSS MB'.padStart(8)}`);
  for (const { n, app } of rows) {
    if (!app) continue;
    const head = n.toLocaleString('en-US').padStart(10);
    if (app.skipped) out.push(`${head} n/a: ${app.skipped}`);
    else out.push(`${head} ${f(app.first_render_ms, 0).padStart(11)} ${f(app.brush?.median, 2).padStart(10)} ${f(app.brush?.p95, 2).padStart(10)} ${f(app.filter?.median, 2).padStart(11)} ${f(app.filter?.p95, 2).padStart(11)} ${String(app.brush?.n ?? 0).padStart(3)} ${f(app.rss_mb, 0).padStart(8)}`);
  }
}
if ('pipeline_articles_per_s_1' in result) {
  out.push('');
  out.push(`Pipeline (marginal, start-up excluded): ${f(result.pipeline_articles_per_s_1)} articles/s on 1 worker, ${f(result.pipeline_articles_per_s_2)} on 2 (${result.pipeline_2_workers_method}), ${f(result.pipeline_articles_per_s_2 / 2)} per core`);
  out.push(`Pipeline (wall, start-up included): ${f(result.pipeline_articles_per_s_wall_1)} articles/s on 1 worker, ${f(result.pipeline_articles_per_s_wall_2)} on 2`);
  out.push(`Gazetteer load: ${f(result.gazetteer_load_ms, 0)} ms`);
}
console.log(out.join('\n'));
if (values.json) {
  const clean = Object.fromEntries(Object.entries(result).map(([k, v]) => [k, typeof v === 'number' && !Number.isFinite(v) ? null : v]));
  console.log(JSON.stringify(clean));
}
