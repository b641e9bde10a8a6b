// Screenshots for a look at every point of issue 15, from the built site (dist/, `npm run build` first) and
// Vite's dev server, in headless Chromium: desktop 1440×900 and phone 390×844, English and Arabic, light and
// dark, the embed on a page of another origin. Each shot runs axe-core (serious and critical violations are
// counted) and notes the figures it is about. `npm run audit:screens [-- OUT_DIR]` (default .audit/, gitignored);
// OUT_DIR/audit.json lists every shot with its figures; AUDIT_ONLY=REGEX takes only the shots it matches.
import { execFileSync, spawn } from 'node:child_process';
import { createServer as httpServer } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, process.argv[2] ?? '.audit');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
// src/app/embed/snippet.ts, EMBED_SANDBOX.
const SANDBOX = 'allow-scripts allow-popups allow-popups-to-escape-sandbox';
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const HAMA = 'jpost-2011-08-06-syrian-army-defector-e9';
const ARGS = ['--no-sandbox', '--disable-dev-shm-usage', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];
mkdirSync(OUT, { recursive: true });

// Data for the shots: every event country-wide (the count line's deaths), and a demo set with every type.
const events = JSON.parse(readFileSync(resolve(ROOT, 'dist/data/events.geojson'), 'utf8'));
const countryOnly = { ...events, features: events.features.filter((f) => f.properties.geo_precision === 'country') };
writeFileSync(resolve(ROOT, 'dist/data/audit-country.geojson'), JSON.stringify(countryOnly));
execFileSync(process.execPath, ['scripts/demo-data.mjs', '--events', '400', '--seed', '1', '-o', 'dist/data/demo.geojson'], { cwd: ROOT });

const port = (n) => 4800 + n;
const site = await preview({ root: ROOT, configFile: resolve(ROOT, 'vite.config.ts'), logLevel: 'warn', preview: { host: '127.0.0.1', port: port(1), strictPort: true, open: false } });
// The dev server in a process of its own, without the NODE_ENV=production the preview server sets (with it
// the dev modules have no `import.meta.env.DEV`, and the embed's worker fails), its dependency cache in a folder of
// its own (as tests/e2e/embed-dev.e2e.test.ts).
const cacheDir = mkdtempSync(join(tmpdir(), 'cm-audit-vite-'));
const dev = spawn(process.execPath, ['--input-type=module', '-e', `
  const { createServer } = await import('vite');
  const s = await createServer({ root: ${JSON.stringify(ROOT)}, configFile: ${JSON.stringify(resolve(ROOT, 'vite.config.ts'))}, logLevel: 'error', cacheDir: ${JSON.stringify(cacheDir)}, server: { host: '127.0.0.1', port: ${port(2)}, strictPort: true, hmr: false } });
  await s.listen();
  console.log('listening');`], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], env: Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV')) });
await new Promise((ok) => dev.stdout.on('data', (d) => String(d).includes('listening') && ok()));
const APP = `http://127.0.0.1:${port(1)}/`;
const DEV = `http://127.0.0.1:${port(2)}/`;
// The host pages: another origin (localhost, another port) with the embed code the app gives.
const hostPage = (base, hash, query = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A news story</title></head>
<body style="font:16px/1.5 Georgia,serif;max-width:760px;margin:0 auto;padding:16px"><h1>A news story</h1><div style="height:520px">Text of the story above the map.</div>
<iframe id="cm" data-conflict-map sandbox="${SANDBOX}" src="${base}embed.html?origins=${encodeURIComponent(`http://localhost:${port(3)}`)}${query}#${hash}" title="Conflict Map" style="width:100%;height:640px;border:0"></iframe>
<label>Search the story <input id="q"></label><div style="height:1400px">Text below the map.</div>
<script src="${base}embed-loader.js" async></script>
<script>window.send = (m) => document.getElementById('cm').contentWindow.postMessage(m, '*');</script></body></html>`;
const host = httpServer((req, res) => {
  const u = new URL(req.url, 'http://x');
  res.writeHead(200, { 'content-type': 'text/html' }).end(hostPage(u.searchParams.get('dev') ? DEV : APP, u.searchParams.get('hash') ?? '', u.searchParams.get('q') ?? ''));
});
await new Promise((r) => host.listen(port(3), '127.0.0.1', r));
const HOST = `http://localhost:${port(3)}/`;

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ARGS });
const results = [];

async function axe(frame) {
  await frame.evaluate(AXE);
  return frame.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.length}`);
  });
}
const ready = (frame) => frame.waitForFunction(() => document.body?.dataset.mapReady === 'true' && window.__conflictMap !== undefined, null, { timeout: 120_000 }).then(() => frame.evaluate(() => window.__conflictMap.idle()));
const embedFrame = async (page) => {
  for (let i = 0; i < 600; i++) {
    const f = page.frames().find((x) => x.url().includes('embed.html'));
    if (f) return f;
    await page.waitForTimeout(100);
  }
  throw new Error('no embed frame');
};

/** One shot: open `url`, wait for the map (or `wait`), run `act` (its return value is noted), screenshot, axe. */
async function shot(name, point, url, { phone = false, dark = false, act, wait = 'map', clip, fullPage = false, target } = {}) {
  const context = await browser.newContext({ viewport: phone ? PHONE : DESKTOP, deviceScaleFactor: 1, isMobile: phone, hasTouch: phone, colorScheme: dark ? 'dark' : 'light', acceptDownloads: true });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const entry = { name, point, url, phone, dark, file: resolve(OUT, `${name}.png`) };
  try {
    await page.goto(url);
    const frame = wait === 'embed' ? await embedFrame(page) : page;
    if (wait === 'map' || wait === 'embed') await ready(frame);
    await page.evaluate(() => document.fonts.ready);
    entry.facts = act ? await act(page, frame) : undefined;
    await page.waitForTimeout(300);
    if (target) await page.locator(target).first().screenshot({ path: entry.file });
    else await page.screenshot({ path: entry.file, fullPage, clip });
    entry.axe = await axe(wait === 'embed' ? frame : page).catch((e) => [`axe failed: ${e.message.split('\n')[0]}`]);
  } catch (e) {
    entry.failed = e.message.split('\n')[0];
  }
  entry.errors = errors;
  results.push(entry);
  console.log(`${name}: ${entry.failed ?? 'ok'} axe=${JSON.stringify(entry.axe)} facts=${JSON.stringify(entry.facts)}${errors.length ? ` errors=${errors.length}` : ''}`);
  await context.close();
}

const only = process.env.AUDIT_ONLY ? new RegExp(process.env.AUDIT_ONLY) : null;
const { SHOTS } = await import('./audit-shots.mjs');
for (const s of SHOTS({ APP, HOST, HAMA, embedFrame, ready }))
  if (!only || only.test(s[0])) await shot(...s);

writeFileSync(resolve(OUT, 'audit.json'), JSON.stringify(results, null, 1));
await browser.close();
dev.kill();
rmSync(cacheDir, { recursive: true, force: true });
await new Promise((r) => site.httpServer.close(r));
await new Promise((r) => host.close(r));
