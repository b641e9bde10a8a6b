#!/usr/bin/env node
// Budgets of the embed (issue 6), measured and printed:
//   1. our own JS, not counting maplibre-gl: the JavaScript embed.html loads at first (entry and static
//      imports), from a build with maplibre-gl left out (external), gzip -9;  budget 80 KB;
//   2. embed.html's first load, everything included: every response Chromium receives from opening
//      embed.html until the map is idle (HTML, JS, CSS, MapLibre's worker, events, font, basemap), each
//      gzipped -9 and summed;  budget 600 KB;
//   3. the embed idle with the seed data: from navigation start to the map's first `idle` in this machine's
//      headless Chromium (median of 3 cold loads);  budget 2.5 s.
// It serves an existing build (dist/, or --dist DIR / CM_DIST; `npm run build` first) and makes one build of
// its own (in a temporary folder) for the first figure. Exits non-zero on a broken budget only with --check.
//   npm run bench:bundle [-- --dist DIR] [--check] [--json]
import { mkdtempSync, readFileSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const DIST = resolve(ROOT, option('--dist') ?? process.env.CM_DIST ?? 'dist');
const KB = 1024;
const BUDGET = { ownJs: 80 * KB, firstLoad: 600 * KB, idleMs: 2500 };
const CHROME_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--disable-dev-shm-usage', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const kb = (n) => `${(n / KB).toFixed(1)} KB`;

/** The JS files an HTML page of a build loads at first: its module scripts and modulepreloads. */
export function firstLoadScripts(html) {
  const out = new Set();
  for (const m of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)) out.add(m[1]);
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) out.add(m[1]);
  return [...out];
}

/** The chunks a chunk imports statically (`import … from "./x.js"`, `import "./x.js"`), relative to it. */
export function staticImports(code) {
  return [...code.matchAll(/(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.\.?\/[^"']+\.js)["']/g)].map((m) => m[1]);
}

async function ownJs() {
  const out = mkdtempSync(join(tmpdir(), 'cm-bench-bundle-'));
  try {
    await build({
      root: ROOT,
      configFile: resolve(ROOT, 'vite.config.ts'),
      logLevel: 'silent',
      build: { outDir: out, emptyOutDir: true, rollupOptions: { external: ['maplibre-gl'] } },
    });
    const html = readFileSync(join(out, 'embed.html'), 'utf8');
    const seen = new Set();
    const queue = firstLoadScripts(html).map((src) => resolve(out, src.replace(/^\.?\//, '')));
    while (queue.length) {
      const file = queue.pop();
      if (seen.has(file) || !existsSync(file)) continue;
      seen.add(file);
      for (const rel of staticImports(readFileSync(file, 'utf8'))) queue.push(resolve(file, '..', rel));
    }
    const files = [...seen].map((f) => ({ file: f.slice(out.length + 1), gzip: gz(readFileSync(f)) }));
    const all = readdirSync(join(out, 'assets')).filter((f) => f.endsWith('.js')).reduce((s, f) => s + gz(readFileSync(join(out, 'assets', f))), 0);
    return { files, total: files.reduce((s, f) => s + f.gzip, 0), allChunks: all };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

async function serve() {
  const server = await preview({
    root: ROOT,
    configFile: resolve(ROOT, 'vite.config.ts'),
    logLevel: 'silent',
    build: { outDir: DIST },
    preview: { host: '127.0.0.1', port: 0, open: false },
  });
  const addr = server.httpServer.address();
  return { server, url: `http://127.0.0.1:${addr.port}/` };
}

/** One cold load of embed.html: the bytes of every response (gzipped) and the time to the map's idle. */
async function loadOnce(browser, url) {
  const context = await browser.newContext({ viewport: { width: 800, height: 700 }, deviceScaleFactor: 1 });
  const responses = [];
  context.on('response', (res) => responses.push(res));
  await context.route('**/*', (route) => (/^(https?:\/\/(127\.0\.0\.1|localhost)|data:|blob:)/.test(route.request().url()) ? route.continue() : route.abort()));
  const page = await context.newPage();
  await page.goto(`${url}embed.html`);
  await page.waitForFunction(() => document.body.dataset.mapReady === 'true' && window.__conflictMap !== undefined, null, { timeout: 60_000 });
  const idleMs = await page.evaluate(async () => {
    await window.__conflictMap.idle();
    return performance.now();
  });
  const files = [];
  for (const res of responses) {
    const u = res.url();
    if (!u.startsWith(url)) continue;
    const body = await res.body().catch(() => null);
    if (body) files.push({ file: u.slice(url.length).split('?')[0], raw: body.length, gzip: gz(body) });
  }
  await context.close();
  return { idleMs, files };
}

async function main() {
  if (!existsSync(join(DIST, 'embed.html'))) {
    console.error(`${DIST}/embed.html is missing: run \`npm run build\` first (or pass --dist DIR).`);
    process.exit(2);
  }
  const own = await ownJs();
  const { server, url } = await serve();
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: CHROME_ARGS });
  const runs = [];
  try {
    for (let i = 0; i < 3; i++) runs.push(await loadOnce(browser, url));
  } finally {
    await browser.close();
    await new Promise((r) => server.httpServer.close(() => r()));
  }
  const first = runs[0].files;
  const firstTotal = first.reduce((s, f) => s + f.gzip, 0);
  const idle = runs.map((r) => r.idleMs).sort((a, b) => a - b)[1];
  const results = [
    { name: 'our own JS (not maplibre-gl), gzip', value: own.total, budget: BUDGET.ownJs, show: kb },
    { name: 'embed.html first load, everything, gzip', value: firstTotal, budget: BUDGET.firstLoad, show: kb },
    { name: 'embed idle with the seed data (median of 3)', value: idle, budget: BUDGET.idleMs, show: (n) => `${(n / 1000).toFixed(2)} s` },
  ];
  if (flag('--json')) console.log(JSON.stringify({ ownJs: own, firstLoad: first, idleMs: runs.map((r) => r.idleMs), results }, null, 2));
  else {
    console.log('Our own JS loaded first by embed.html (maplibre-gl left out):');
    for (const f of own.files) console.log(`  ${f.file.padEnd(52)} ${kb(f.gzip).padStart(10)}`);
    console.log(`  (every JS chunk of the build, lazy ones too: ${kb(own.allChunks)})`);
    console.log('embed.html first load (each response gzipped):');
    for (const f of [...first].sort((a, b) => b.gzip - a.gzip)) console.log(`  ${f.file.padEnd(52)} ${kb(f.raw).padStart(10)} raw ${kb(f.gzip).padStart(10)} gzip`);
    console.log(`Idle times: ${runs.map((r) => `${Math.round(r.idleMs)} ms`).join(', ')}`);
    console.log('');
    for (const r of results) console.log(`${r.value <= r.budget ? 'OK  ' : 'OVER'}  ${r.name.padEnd(46)} ${r.show(r.value).padStart(10)}  (budget ${r.show(r.budget)})`);
  }
  if (flag('--check') && results.some((r) => r.value > r.budget)) process.exit(1);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) await main();
