// End to end, a large GeoJSON set (60,000 generated events, over LABELLED_MAX_EVENTS: no names, the heatmap source filled on first use): the full app, not a
// poorer one. The GPU custom layer draws the markers (no GeoJSON circle layer gets the events); the count
// line (with its toll), the filter bar, the virtualised table, the overlay switch, a click's popup and the
// CSV export all work on the filtered index. Prints the timings it sees (load, a brush's and a filter's
// work on the main thread).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { matchesFilters, NO_FILTERS, type Filters } from '../../src/app/state/filters.ts';
import { filterByRange, type DateRange } from '../../src/app/state/range.ts';
import { countText, tollText } from '../../src/app/ui/count.ts';
import type { EventFeature } from '../../src/shared/schema.ts';
import { DIST, ROOT, SCREENSHOTS, launchChromium, openPage, type Watched } from './harness.ts';
import { serveWithData } from './gpu-serve.ts';
import { pngPixels } from './png-pixels.ts';

const N = 60_000;
const dir = mkdtempSync(join(tmpdir(), 'cm-large-e2e-'));
const FILE = join(dir, 'demo.geojson');

describe(`the full app with ${N.toLocaleString('en-US')} GeoJSON events`, () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };
  let features: EventFeature[];
  let w: Watched | undefined;
  const shown = (range: DateRange | null, f: Filters): EventFeature[] => filterByRange(features.filter((e) => matchesFilters(e, f)), range);
  const count = (list: EventFeature[]): string => countText(list.length, features.length, tollText(list));

  beforeAll(async () => {
    execFileSync('node', ['scripts/demo-data.mjs', '--events', String(N), '--seed', '5', '-o', FILE], { cwd: ROOT, stdio: 'ignore' });
    features = (JSON.parse(readFileSync(FILE, 'utf8')) as { features: EventFeature[] }).features;
    server = await serveWithData(resolve(DIST), '/large-data/', dir);
    browser = await launchChromium();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  afterEach(async () => {
    const watched = w;
    w = undefined;
    await watched?.context.close();
    expect(watched?.errors ?? [], 'page errors / console errors').toEqual([]);
    expect(watched?.external ?? [], 'requests to other hosts').toEqual([]);
  });

  const idle = (page: Page): Promise<void> => page.evaluate(() => window.__conflictMap?.idle());
  /** Milliseconds of main-thread work a store change costs (the store notifies synchronously). */
  const work = (page: Page, change: Record<string, unknown>): Promise<number> =>
    page.evaluate((c) => {
      const t0 = performance.now();
      window.__conflictMap!.state.set(c);
      return performance.now() - t0;
    }, change);

  it('filters, counts, lists, switches overlays, opens a popup and exports, drawn by the GPU layer', async () => {
    w = await openPage(browser, { width: 1280, height: 1100 });
    const { page } = w;
    const t0 = Date.now();
    await page.goto(`${server.url}?data=large-data/demo.geojson`);
    await page.waitForFunction(() => document.body?.dataset.mapReady === 'true' && (window.__conflictPoints?.layer.frames ?? 0) > 0, null, { timeout: 120_000 });
    const loadMs = Date.now() - t0;
    await idle(page);
    // The GPU layer draws; the GeoJSON circle layers hold nothing.
    expect(await page.evaluate(() => window.__conflictMap!.map.querySourceFeatures('events').length)).toBe(0);
    expect(await page.getByTestId('event-count').innerText()).toBe(count(features));
    expect(await page.getByTestId('event-count').innerText()).toMatch(/^Showing all 60,000 events · .* killed$/);

    // A brush (a range in the store, as the timeline sets it): the count and the table follow.
    const range = { start: '2012-03-01', end: '2012-05-31' };
    const brushMs = await work(page, range);
    await expect.poll(() => page.getByTestId('event-count').innerText()).toBe(count(shown(range, NO_FILTERS)));

    // The filter bar: one type left out, then a minimum toll.
    const type = features[0]!.properties.event_type;
    await page.getByTestId(`filter-type-${type}`).uncheck();
    const f1 = { ...NO_FILTERS, types: [...new Set(features.map((f) => f.properties.event_type))].filter((t) => t !== type) };
    await expect.poll(() => page.getByTestId('event-count').innerText()).toBe(count(shown(range, f1)));
    const filterMs = await work(page, { filters: { ...f1, minKilled: 3 } });
    const f2 = { ...f1, minKilled: 3 };
    const expected = shown(range, f2);
    await expect.poll(() => page.getByTestId('event-count').innerText()).toBe(count(expected));
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('min=3');

    // The table: every shown event is a row of it (aria-rowcount), only a window of them is in the DOM.
    const table = page.getByTestId('event-table');
    expect(await table.getAttribute('aria-rowcount')).toBe(String(expected.length + 1));
    if (expected.length > 200) expect(await table.locator('tbody tr[data-id]').count()).toBeLessThan(120);
    await page.locator('.cm-table-wrap').evaluate((el) => (el.scrollTop = el.scrollHeight / 2));
    await expect.poll(() => table.locator('tbody tr[data-id]').first().getAttribute('aria-rowindex').then(Number)).toBeGreaterThan(20);

    // A row opens its event's popup; a click on its marker on the map picks it too.
    const id = await table.locator('tbody tr[data-id]').nth(10).getAttribute('data-id');
    await table.locator(`tbody tr[data-id="${id}"] .cm-table__open`).click();
    await expect.poll(() => page.evaluate(() => window.__conflictMap!.state.get().selected)).toBe(id);
    await expect.poll(() => page.getByTestId('popup').count()).toBe(1);
    await idle(page);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => window.__conflictMap!.state.get().selected)).toBe(null);
    const ev = features.find((f) => f.properties.id === id)!;
    await page.evaluate((c) => window.__conflictMap!.map.jumpTo({ center: c as [number, number], zoom: 9 }), ev.geometry.coordinates);
    await idle(page);
    const px = await page.evaluate((c) => window.__conflictMap!.map.project(c as [number, number]), ev.geometry.coordinates);
    const picked = await page.evaluate((p) => window.__conflictPoints!.idAt(p.x, p.y), px);
    expect(expected.map((f) => f.properties.id)).toContain(picked);
    const box = (await page.locator('#map canvas').boundingBox())!;
    await page.mouse.click(box.x + px.x, box.y + px.y);
    await expect.poll(() => page.evaluate(() => window.__conflictMap!.state.get().selected)).toBe(picked);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'large-60k.png') });

    // Overlays: the heatmap hides the GPU markers; circles bring them back.
    await page.getByTestId('overlay-heatmap').check();
    await expect.poll(() => page.evaluate(() => window.__conflictMap!.map.getLayoutProperty('events-gpu', 'visibility'))).toBe('none');
    // MapLibre draws the heatmap, from the events source filled for it.
    await expect.poll(() => page.evaluate(() => window.__conflictMap!.map.querySourceFeatures('events').length), { timeout: 60_000 }).toBeGreaterThan(0);
    await page.getByTestId('overlay-circles').check();
    await expect.poll(() => page.evaluate(() => window.__conflictMap!.map.getLayoutProperty('events-gpu', 'visibility'))).toBe('visible');

    // The CSV export holds exactly the events the count line counts.
    const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    const csv = readFileSync(await d.path(), 'utf8').trim().split('\n');
    const ids = new Set(expected.map((f) => f.properties.id));
    expect(csv.length - 1).toBe(expected.length);
    expect(csv.slice(1).every((line) => ids.has(line.split(',')[0]!.replace(/^"|"$/g, '')))).toBe(true);

    // The PNG draws these events too, though its map has no GPU layer: as circles, from the events counted.
    const [p] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
    const pngBytes = readFileSync(await p.path());
    await p.saveAs(resolve(SCREENSHOTS, 'large-60k-export.png'));
    const blank = await page.context().newPage();
    const drawn = await pngPixels(blank, pngBytes, [], { top: 2 * 78, bottom: 2 * (78 + 600) });
    await blank.close();
    expect(drawn.warm, 'red and orange markers in the PNG map').toBeGreaterThan(1000);

    console.log(`large e2e (${N} GeoJSON events): load to first GPU frame ${loadMs} ms; brush work ${brushMs.toFixed(1)} ms; filter change work ${filterMs.toFixed(1)} ms`);
  }, 300_000);
});
