// The full app (dist/ as `vite build` makes it, index.html?data=… with the binary file, or a GeoJSON one)
// at one size, in Chromium on SwiftShader: the time to its first frame of markers, and the main-thread work
// of a brush (a date range set in the store, as the timeline sets it) and of a filter change (a minimum toll,
// as the filter bar sets it).
// Work is what the store's listeners do synchronously (count line, table, timeline, filter bar, URL hash,
// the GPU layer's uniforms and keep mask); the frame MapLibre then draws is not counted in it.
import { statSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { ARGS, stats, treeMemory } from './bench-browser.mjs';

/** One browser string holds at most 2^29 - 24 UTF-16 units (V8): a larger GeoJSON cannot be parsed at all. */
const MAX_STRING = 2 ** 29 - 24;

/**
 * opts: { baseUrl, data (URL path under baseUrl), file (its path on disk), changes, readyTimeout, log }.
 * Resolves to { first_render_ms, brush: stats, filter: stats, count, errors, skipped? }.
 */
export async function runApp(opts) {
  const out = { mode: 'app', errors: [] };
  const bytes = statSync(opts.file).size;
  if (!opts.file.endsWith('.bin') && bytes > MAX_STRING) {
    out.skipped = `GeoJSON of ${(bytes / 1e6).toFixed(0)} MB: more than one browser string holds (${(MAX_STRING / 1e6).toFixed(0)} MB)`;
    opts.log(`    app: skipped, ${out.skipped}`);
    return out;
  }
  const server = await chromium.launchServer({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ARGS });
  const browser = await chromium.connect(server.wsEndpoint());
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, deviceScaleFactor: 1 });
    page.on('pageerror', (e) => out.errors.push(e.message));
    // A refused request is named by its URL (the console's own line does not say which).
    // (The share box asks whether the site has embed-fallback.png, which `vite build` alone does not make: its 404 is an answer.)
    page.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/embed-fallback.png') && out.errors.push(`HTTP ${r.status()}: ${r.url()}`));
    page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && out.errors.push(m.text()));
    const t0 = Date.now();
    await page.goto(`${opts.baseUrl}index.html?data=${encodeURIComponent(opts.data)}`);
    // The markers are the GPU layer's at every size: the first render is its first frame with data.
    await page.waitForFunction(
      () => document.body?.dataset.mapReady === 'true' && window.__conflictMap !== undefined && (window.__conflictPoints?.layer.frames ?? 0) > 0,
      null,
      { timeout: opts.readyTimeout, polling: 100 },
    );
    out.first_render_ms = Date.now() - t0;
    out.count = await page.evaluate(() => window.__conflictMap.index.count);
    opts.log(`    app: ${out.count} events, first render ${(out.first_render_ms / 1000).toFixed(2)} s`);
    // A year-long range sliding over the data's days, then a minimum toll on and off: each change is timed
    // alone, after the frame of the one before.
    const days = await page.evaluate(() => {
      const e = window.__conflictMap.index.extent;
      return { first: e.start, last: e.end };
    });
    const work = (change) =>
      page.evaluate((c) => {
        const t = performance.now();
        window.__conflictMap.state.set(c);
        return performance.now() - t;
      }, change);
    const settle = () => page.evaluate(() => window.__conflictMap.idle());
    const dayMs = 86_400_000;
    const first = Date.parse(days.first);
    const span = Math.max(0, Math.min(365, (Date.parse(days.last) - first) / dayMs));
    const iso = (t) => new Date(t).toISOString().slice(0, 10);
    const brush = [];
    const filter = [];
    for (let k = 0; k <= opts.changes; k++) {
      const start = first + Math.floor((k * ((Date.parse(days.last) - first) / dayMs - span)) / Math.max(1, opts.changes)) * dayMs;
      const b = await work({ start: iso(start), end: iso(start + span * dayMs) });
      await settle();
      const filters = await page.evaluate(() => window.__conflictMap.state.get().filters);
      // A new setting each time (1…7 killed, then none): the index keeps only the last few masks.
      const f = await work({ filters: { ...filters, minKilled: k % 8 === 7 ? 0 : 1 + (k % 8) } });
      await settle();
      if (k === 0) continue; // warm-up
      brush.push(b);
      filter.push(f);
    }
    out.brush = stats(brush);
    out.filter = stats(filter);
    Object.assign(out, treeMemory(server.process().pid));
  } catch (e) {
    out.errors.push(String(e.message ?? e));
  } finally {
    await browser.close().catch(() => {});
    await server.close().catch(() => {});
  }
  return out;
}
