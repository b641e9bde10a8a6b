// One benchmark run in Chromium: a fresh browser opens bench/dist/bench.html on one path and one data
// set, times the first render, applies a series of brushes (a year-long range sliding across the data)
// and reads memory: the page's JS heap (CDP Performance.getMetrics) and the RSS/PSS of every Chromium
// process (from /proc, summed over the browser's process tree).
import { readdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--disable-dev-shm-usage', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--enable-precise-memory-info'];

function children() {
  const byParent = new Map();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!byParent.has(ppid)) byParent.set(ppid, []);
      byParent.get(ppid).push(Number(d));
    } catch {}
  }
  return byParent;
}

/** RSS and PSS (MB) summed over a process and its descendants. */
export function treeMemory(pid) {
  const byParent = children();
  const all = [];
  const walk = (p) => {
    all.push(p);
    for (const c of byParent.get(p) ?? []) walk(c);
  };
  walk(pid);
  let rss = 0;
  let pss = 0;
  for (const p of all) {
    try {
      const roll = readFileSync(`/proc/${p}/smaps_rollup`, 'utf8');
      rss += Number(/^Rss:\s+(\d+)/m.exec(roll)?.[1] ?? 0);
      pss += Number(/^Pss:\s+(\d+)/m.exec(roll)?.[1] ?? 0);
    } catch {}
  }
  return { rss_mb: rss / 1024, pss_mb: pss / 1024, processes: all.length };
}

const quantile = (xs, q) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
};
export const stats = (xs) => ({ median: quantile(xs, 0.5), p95: quantile(xs, 0.95), n: xs.length });

const withTimeout = (p, ms, what) =>
  Promise.race([p, new Promise((_, no) => setTimeout(() => no(new Error(`${what}: over ${ms / 1000} s`)), ms))]);

/**
 * Runs one path. opts: { baseUrl, mode: 'plain'|'gpu', data (URL path), brushes, readyTimeout, budgetMs, log }.
 */
export async function runBrowser(opts) {
  const server = await chromium.launchServer({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ARGS });
  const browser = await chromium.connect(server.wsEndpoint());
  const out = { mode: opts.mode, errors: [] };
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
    page.on('pageerror', (e) => out.errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && out.errors.push(m.text()));
    const t0 = Date.now();
    await page.goto(`${opts.baseUrl}bench.html?mode=${opts.mode}&data=${encodeURIComponent(opts.data)}`);
    await page.waitForFunction(() => window.bench !== undefined);
    const ready = await withTimeout(page.evaluate(() => window.bench.ready), opts.readyTimeout, `${opts.mode} first render`);
    out.first_render_ms = ready.firstRender;
    out.count = ready.count;
    opts.log(`    ${opts.mode}: ${ready.count} events, first render ${(ready.firstRender / 1000).toFixed(2)} s`);
    const span = Math.min(365, ready.dayCount);
    const ranges = Array.from({ length: opts.brushes + 1 }, (_, k) => {
      const start = Math.floor((k * (ready.dayCount - span)) / Math.max(1, opts.brushes));
      return [start, start + span - 1];
    });
    const work = [];
    const frame = [];
    for (const [k, [s, e]] of ranges.entries()) {
      if (Date.now() - t0 > opts.budgetMs && work.length >= 2) {
        opts.log(`    ${opts.mode}: time budget spent after ${work.length} brushes`);
        break;
      }
      const r = await withTimeout(page.evaluate(([a, b]) => window.bench.brush(a, b), [s, e]), opts.readyTimeout, `${opts.mode} brush`);
      if (k === 0) continue; // warm-up
      work.push(r.work);
      frame.push(r.frame);
    }
    out.work = stats(work);
    out.frame = stats(frame);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    out.js_heap_mb = (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN) / 1e6;
    Object.assign(out, treeMemory(server.process().pid));
  } catch (e) {
    out.errors.push(String(e.message ?? e));
  } finally {
    await browser.close().catch(() => {});
    await server.close().catch(() => {});
  }
  return out;
}
