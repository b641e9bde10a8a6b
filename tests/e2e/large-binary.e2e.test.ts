// End to end, the full app on a binary file (docs/binary-format.md) of 300,000 generated events: the same
// app as for five events, fed by the file's columns with no feature built per event. The count line (with
// its toll) follows a brush and the filter bar (type, minimum toll, actor text), the virtualised table lists
// the shown events, a row opens its popup with the sources' sentences fetched from the metadata chunk,
// the URL keeps the state, the CSV and GeoJSON exports hold what the count line counts with every source's
// sentence, and the hexagons, provinces and heatmap are drawn from the index's rows. Prints the timings it
// sees. CM_LARGE_EVENTS=1000000 runs it on a million events (not in CI: it takes minutes).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { matchesFilters, NO_FILTERS, type Filters } from '../../src/app/state/filters.ts';
import { filterByRange, type DateRange } from '../../src/app/state/range.ts';
import { countText, tollText } from '../../src/app/ui/count.ts';
import { generateDemo } from '../../src/pipeline/demo/generate.ts';
import { demoGazetteer } from '../../src/pipeline/demo/places.ts';
import { loadGazetteer } from '../../src/pipeline/gazetteer/load.ts';
import { writeBinary } from '../../src/pipeline/binary/write.ts';
import type { EventFeature } from '../../src/shared/schema.ts';
import { DIST, ROOT, SCREENSHOTS, launchChromium, openPage, type Watched } from './harness.ts';
import { serveWithData } from './gpu-serve.ts';

const N = Number(process.env.CM_LARGE_EVENTS ?? 300_000);
const dir = mkdtempSync(join(tmpdir(), 'cm-large-bin-e2e-'));

describe(`the full app with ${N.toLocaleString('en-US')} events from a binary file`, () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };
  let features: EventFeature[];
  let w: Watched | undefined;
  const shown = (range: DateRange | null, f: Filters): EventFeature[] => filterByRange(features.filter((e) => matchesFilters(e, f)), range);
  const count = (list: EventFeature[]): string => countText(list.length, features.length, tollText(list));

  beforeAll(async () => {
    // The demo set `npm run demo:data -- --events N --seed 9` writes, made here: a million events' GeoJSON is
    // more than one string holds, so it never becomes a file.
    features = generateDemo(demoGazetteer(await loadGazetteer()), { events: N, seed: 9 }).features as EventFeature[];
    await writeBinary(features, join(dir, 'demo.bin'));
    server = await serveWithData(resolve(DIST), '/large-data/', dir);
    browser = await launchChromium();
  }, 900_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
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

  it('filters, brushes, lists, opens a popup with its sources and exports, with no feature per event', async () => {
    w = await openPage(browser, { width: 1280, height: 1100 });
    const { page } = w;
    const t0 = Date.now();
    await page.goto(`${server.url}?data=large-data/demo.bin`);
    await page.waitForFunction(() => document.body?.dataset.mapReady === 'true' && (window.__conflictPoints?.layer.frames ?? 0) > 0, null, { timeout: 120_000 });
    const loadMs = Date.now() - t0;
    await idle(page);
    expect(await page.getByTestId('event-count').innerText()).toBe(count(features));
    // The index of the file's columns; the features of all events were never built.
    expect(await page.evaluate(() => window.__conflictMap!.index.count)).toBe(N);
    expect(await page.evaluate(() => 'binary' in window.__conflictMap!.index)).toBe(true);

    // A brush (a range in the store, as the timeline sets it): the count follows.
    const range = { start: '2012-03-01', end: '2012-05-31' };
    const brushMs = await work(page, range);
    await expect.poll(() => page.getByTestId('event-count').innerText()).toBe(count(shown(range, NO_FILTERS)));

    // The filter bar: one type left out, a minimum toll, then an actor's text.
    const type = features[0]!.properties.event_type;
    await page.getByTestId(`filter-type-${type}`).uncheck();
    const f1 = { ...NO_FILTERS, types: [...new Set(features.map((f) => f.properties.event_type))].filter((t) => t !== type) };
    await expect.poll(() => page.getByTestId('event-count').innerText()).toBe(count(shown(range, f1)));
    const filterMs = await work(page, { filters: { ...f1, minKilled: 3 } });
    const f2 = { ...f1, minKilled: 3 };
    await expect.poll(() => page.getByTestId('event-count').innerText()).toBe(count(shown(range, f2)));
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('min=3');
    const actor = features.find((f) => f.properties.actors.length)!.properties.actors[0]!.slice(0, 5);
    await page.getByTestId('filter-actor').fill(actor);
    const f3 = { ...f2, actor };
    const expected = shown(range, f3);
    await expect.poll(() => page.getByTestId('event-count').innerText()).toBe(count(expected));

    // The table: every shown event is a row of it (aria-rowcount), only a window of them is in the DOM.
    const table = page.getByTestId('event-table');
    expect(await table.getAttribute('aria-rowcount')).toBe(String(expected.length + 1));
    if (expected.length > 200) expect(await table.locator('tbody tr[data-id]').count()).toBeLessThan(120);

    // A row opens its event's popup, with its sources' sentences read from the metadata chunk.
    const id = (await table.locator('tbody tr[data-id]').nth(3).getAttribute('data-id'))!;
    await table.locator(`tbody tr[data-id="${id}"] .cm-table__open`).click();
    await expect.poll(() => page.evaluate(() => window.__conflictMap!.state.get().selected)).toBe(id);
    const ev = features.find((f) => f.properties.id === id)!;
    await expect.poll(() => page.getByTestId('popup').innerText()).toContain(ev.properties.sources[0]!.quote.slice(0, 40));
    await expect.poll(() => page.evaluate(() => location.hash)).toContain(`event=${encodeURIComponent(id)}`);
    await idle(page);
    await page.screenshot({ path: resolve(SCREENSHOTS, `large-binary-${N}.png`) });
    // The README's picture of the app at 300,000 events (filters, the timeline's weeks, the table, a popup).
    if (N === 300_000) await page.screenshot({ path: resolve(ROOT, 'docs/screenshots/large-300k.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => window.__conflictMap!.state.get().selected)).toBe(null);

    // The CSV export holds exactly the events the count line counts.
    const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    const csv = readFileSync(await d.path(), 'utf8').trim().split('\n');
    const ids = new Set(expected.map((f) => f.properties.id));
    expect(csv.length - 1).toBe(expected.length);
    expect(csv.slice(1).every((line) => ids.has(line.split(',')[0]!.replace(/^"|"$/g, '')))).toBe(true);

    // ... with every source's sentence, read from the metadata chunks (the CSV's source_quotes, the GeoJSON's sources).
    const rows = Papa.parse<Record<string, string>>(csv.join('\n'), { header: true }).data;
    for (const row of rows.slice(0, 50)) expect(row.source_quotes).toBe(features.find((f) => f.properties.id === row.event_id_cnty)!.properties.sources.map((x) => x.quote).join(' | '));
    const t1 = Date.now();
    const [g] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-geojson').click()]);
    const exported = (JSON.parse(readFileSync(await g.path(), 'utf8')) as { features: EventFeature[] }).features;
    const geojsonMs = Date.now() - t1;
    const byId = new Map(expected.map((f) => [f.properties.id, f]));
    expect(exported.length).toBe(expected.length);
    for (const f of exported) expect(f.properties.sources).toEqual(byId.get(f.properties.id)!.properties.sources);

    // The overlays, each built from the index's rows: hexagons as the features give them, provinces, the heatmap.
    const overlayMs: Record<string, string> = {};
    const workOf = (): Promise<string> => page.getByTestId('overlay-legend').evaluate((el) => (el as HTMLElement).dataset.overlayWorkMs ?? '');
    const t2 = Date.now();
    await page.getByTestId('overlay-hexagons').check();
    await expect.poll(() => page.evaluate(() => window.__conflictMap!.map.querySourceFeatures('overlay-hexagons').length), { timeout: 60_000 }).toBeGreaterThan(0);
    await idle(page);
    overlayMs.hexagons = `${Date.now() - t2} ms to drawn, ${await workOf()} ms of work`;
    const deaths = await page.evaluate(async () => {
      const src = window.__conflictMap!.map.getSource('overlay-hexagons') as unknown as { getData(): Promise<GeoJSON.FeatureCollection> };
      const data = await src.getData();
      return { cells: data.features.length, deaths: data.features.reduce((n, f) => n + Number(f.properties?.deaths ?? 0), 0) };
    });
    const summed = expected.filter((f) => f.properties.geo_precision === 'place' && !f.properties.aggregate);
    const tollOf = (f: EventFeature): number => f.properties.fatalities?.best ?? f.properties.fatalities?.low ?? f.properties.fatalities?.high ?? 0;
    expect(deaths.deaths).toBe(summed.reduce((n, f) => n + tollOf(f), 0));
    const t3 = Date.now();
    await page.getByTestId('overlay-regions').check();
    await expect.poll(() => page.evaluate(() => window.__conflictMap!.map.querySourceFeatures('overlay-regions').length), { timeout: 60_000 }).toBeGreaterThan(0);
    await idle(page);
    overlayMs.provinces = `${Date.now() - t3} ms to drawn, ${await workOf()} ms of work`;
    const t4 = Date.now();
    await page.getByTestId('overlay-heatmap').check();
    await expect.poll(() => page.evaluate(() => window.__conflictMap!.map.querySourceFeatures('events').length), { timeout: 120_000 }).toBeGreaterThan(0);
    await idle(page);
    const pointsMs = await page.evaluate(() => document.getElementById('map')?.dataset.heatPointsMs);
    overlayMs.heatmap = `${Date.now() - t4} ms to drawn (its points made in ${pointsMs} ms, then tiled and drawn by MapLibre), ${await workOf()} ms of work`;
    // A brush with the heatmap on: the overlay's work for the new range (the panel of reports kept apart).
    await work(page, { start: '2012-04-01', end: '2012-06-30' });
    overlayMs.heatmapBrush = `${await workOf()} ms of work`;
    await page.screenshot({ path: resolve(SCREENSHOTS, `large-binary-${N}-heatmap.png`) });
    await page.getByTestId('overlay-circles').check();

    console.log(
      `large binary e2e (${N} events): load to first GPU frame ${loadMs} ms; brush work ${brushMs.toFixed(1)} ms; filter change work ${filterMs.toFixed(1)} ms; ` +
        `GeoJSON export of ${expected.length} events with their sentences ${geojsonMs} ms; hexagons (${deaths.cells} cells) ${overlayMs.hexagons}; ` +
        `provinces ${overlayMs.provinces}; heatmap ${overlayMs.heatmap}; heatmap brush ${overlayMs.heatmapBrush}`,
    );
  }, 1_800_000);
});
