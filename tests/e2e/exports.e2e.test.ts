// Exports, the evidence panel and ?data= end to end: each export button downloads exactly the events the
// count line counts (CSV with ACLED's header, GeoJSON that validates, a PNG of the map), the popup marks the
// toll's figure in the quoted sentence, a generated demo set loads with ?data=, and another origin is refused.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import type { Browser, Download, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventFeature } from '../../src/shared/schema.ts';
import { validateCollection } from '../../src/shared/validate.ts';
import { figureSpans } from '../../src/app/overlays/highlight.ts';
import { matchesFilters, NO_FILTERS, type Filters } from '../../src/app/state/filters.ts';
import { dataExtent as dataExtentOf, filterByRange, type DateRange } from '../../src/app/state/range.ts';
import { countText, tollText } from '../../src/app/ui/count.ts';
import { CSV_COLUMNS } from '../../src/app/ui/export-csv.ts';
import { PNG_MAP_HEIGHT, PNG_WIDTH } from '../../src/app/ui/export-png.ts';
import { datesText } from '../../src/app/ui/export-png-content.ts';
import { EVENT_TYPES, TYPE_COLOURS, TYPE_LABELS } from '../../src/app/ui/palette.ts';
import { readPng } from '../../src/app/ui/png-text.ts';
import { pngPixels } from './png-pixels.ts';
import { DIST, ROOT, SCREENSHOTS, WAIT, launchChromium, openPage, serveDist, waitForMapIdle, type Watched } from './harness.ts';

const DEMO_EVENTS = 600;
const read = (path: string): EventFeature[] => validateCollection(JSON.parse(readFileSync(resolve(DIST, path), 'utf8'))).valid;
const shownOf = (all: readonly EventFeature[], range: DateRange | null, filters: Filters = NO_FILTERS): EventFeature[] =>
  filterByRange(all.filter((f) => matchesFilters(f, filters)), range);
let w: Watched;
const countFor = (all: readonly EventFeature[], shown: readonly EventFeature[]): string => countText(shown.length, all.length, tollText(shown));

/** Decodes a PNG in a blank page (no CSP) and counts the pixels of exactly each colour asked for. */
async function pixelsOf(page: Page, bytes: Buffer, colours: string[]): Promise<{ width: number; height: number; counts: number[]; mapColours: number }> {
  return page.evaluate(
    async ({ b64, colours, top, bottom }) => {
      const bin = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bmp = await createImageBitmap(new Blob([bin], { type: 'image/png' }));
      const c = new OffscreenCanvas(bmp.width, bmp.height);
      const ctx = c.getContext('2d')!;
      ctx.drawImage(bmp, 0, 0);
      const data = ctx.getImageData(0, 0, bmp.width, bmp.height).data;
      const want = colours.map((h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)));
      const counts = want.map(() => 0);
      const inMap = new Set<number>();
      for (let i = 0; i < data.length; i += 4) {
        want.forEach(([r, g, b], k) => {
          if (data[i] === r && data[i + 1] === g && data[i + 2] === b) counts[k]!++;
        });
        const y = Math.floor(i / 4 / bmp.width);
        if (y > top && y < bottom && i % 64 === 0) inMap.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
      }
      return { width: bmp.width, height: bmp.height, counts, mapColours: inMap.size };
    },
    { b64: bytes.toString('base64'), colours, top: 2 * 78, bottom: 2 * (78 + 600) },
  );
}

/**
 * The PNG is 2× (2000 px wide), says the dates and the count line of what is shown, legends exactly the
 * types shown (their swatches are drawn, no other type's colour is anywhere in the image) and has a drawn map.
 */
async function checkPng(bytes: Buffer, shown: readonly EventFeature[], all: readonly EventFeature[], range: DateRange): Promise<void> {
  const meta = readPng(new Uint8Array(bytes));
  expect(meta.width).toBe(2 * PNG_WIDTH);
  expect(meta.height).toBeGreaterThan(2 * (78 + PNG_MAP_HEIGHT));
  expect(meta.height % 2).toBe(0);
  expect(meta.text.Description).toBe(`${datesText(range)} · ${countFor(all, shown)}`);
  const types = EVENT_TYPES.filter((t) => shown.some((f) => f.properties.event_type === t));
  expect(meta.text.Legend).toBe(types.map((t) => TYPE_LABELS[t]).join('; '));
  expect(meta.text.Source).toMatch(/^Sources: .+ \(\d+ reports?\)$/);
  const blank = await w.page.context().newPage();
  try {
    const px = await pixelsOf(blank, bytes, EVENT_TYPES.map((t) => TYPE_COLOURS[t]));
    expect({ width: px.width, height: px.height }).toEqual({ width: meta.width, height: meta.height });
    EVENT_TYPES.forEach((t, i) => {
      // A legend swatch is 14×14 CSS px, 784 device pixels at 2×.
      if (types.includes(t)) expect(px.counts[i], t).toBeGreaterThanOrEqual(700);
      else expect(px.counts[i], t).toBe(0);
    });
    expect(px.mapColours).toBeGreaterThan(20);
  } finally {
    await blank.close();
  }
}

async function download(page: Page, testId: string): Promise<{ name: string; bytes: Buffer; d: Download }> {
  const [d] = await Promise.all([page.waitForEvent('download', { timeout: WAIT }), page.getByTestId(testId).click()]);
  const path = await d.path();
  return { name: d.suggestedFilename(), bytes: readFileSync(path), d };
}

describe('exports, evidence panel and ?data=', () => {
  let server: PreviewServer;
  let url: string;
  let browser: Browser;
  let features: EventFeature[];
  let demo: EventFeature[];

  beforeAll(async () => {
    // A small demo set, written into the build being served (as `npm run demo:data` writes into public/data).
    execFileSync(process.execPath, ['scripts/demo-data.mjs', '--events', String(DEMO_EVENTS), '--seed', '5', '-o', resolve(DIST, 'data/demo.geojson')], { cwd: ROOT });
    features = read('data/events.geojson');
    demo = read('data/demo.geojson');
    ({ server, url } = await serveDist());
    browser = await launchChromium();
    w = await openPage(browser, { width: 1280, height: 1100 });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((r) => (server ? server.httpServer.close(() => r()) : r()));
  });

  it('CSV, GeoJSON and PNG of the events the count line counts, named by their dates', async () => {
    const { page } = w;
    const range = { start: '2011-08-01', end: '2011-08-06' };
    await page.goto(`${url}#start=${range.start}&end=${range.end}`);
    await waitForMapIdle(page);
    const shown = shownOf(features, range);
    expect(shown.length).toBeGreaterThan(0);
    expect(await page.getByTestId('event-count').innerText()).toBe(countFor(features, shown));

    const csv = await download(page, 'export-csv');
    expect(csv.name).toBe('conflict-map-2011-08-01_2011-08-06.csv');
    const rows = Papa.parse<string[]>(csv.bytes.toString('utf8').replace(/^\ufeff/, ''), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.slice(1).map((r) => r[0]).sort()).toEqual(shown.map((f) => f.properties.id).sort());

    const geo = await download(page, 'export-geojson');
    expect(geo.name).toBe('conflict-map-2011-08-01_2011-08-06.geojson');
    const back = validateCollection(JSON.parse(geo.bytes.toString('utf8')));
    expect(back.errors).toEqual([]);
    expect(back.valid.map((f) => f.properties.id).sort()).toEqual(shown.map((f) => f.properties.id).sort());

    const png = await download(page, 'export-png');
    expect(png.name).toBe('conflict-map-2011-08-01_2011-08-06.png');
    await checkPng(png.bytes, shown, features, range);
    await png.d.saveAs(resolve(SCREENSHOTS, 'exports-map.png'));
    await page.screenshot({ path: resolve(SCREENSHOTS, 'exports-toolbar.png') });
    expect(w.errors).toEqual([]);
    expect(w.external).toEqual([]);
  }, 120_000);

  it("the popup marks the toll's figure inside the quoted sentence and says the precision in words", async () => {
    const { page } = w;
    const hama = features.find((f) => f.properties.sources.some((s) => figureSpans(s).length > 0));
    if (!hama) throw new Error('no event with a figure in its sources');
    await page.goto(`${url}#event=${encodeURIComponent(hama.properties.id)}`);
    await waitForMapIdle(page);
    const popup = page.locator('.cm-popup');
    await expect.poll(() => popup.count()).toBe(1);
    const marks = await popup.locator('mark').allInnerTexts();
    const figures = hama.properties.sources.flatMap((s) => (s.figures ?? []).map((f) => f.text));
    expect(marks.length).toBeGreaterThan(0);
    for (const f of figures) expect(marks).toContain(f);
    expect(await popup.locator('.cm-popup__date').innerText()).toMatch(/^(On|Between|In) .+\((day|days|week|month)\)$/);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'exports-popup-mark.png') });
    expect(w.errors).toEqual([]);
  }, 120_000);

  it('?data= loads a generated demo set; its exports follow the date range and the filters', async () => {
    const { page } = w;
    await page.goto(`${url}?data=data/demo.geojson`);
    await waitForMapIdle(page);
    expect(demo).toHaveLength(DEMO_EVENTS);
    expect(await page.getByTestId('event-count').innerText()).toBe(countFor(demo, demo));
    await page.evaluate(() => window.__conflictMap!.idle());
    await page.screenshot({ path: resolve(SCREENSHOTS, 'exports-demo.png') });

    const range = { start: '2012-01-01', end: '2012-06-30' };
    const filters: Filters = { ...NO_FILTERS, precise: true };
    await page.goto(`${url}?data=data/demo.geojson#start=${range.start}&end=${range.end}&precise=1`);
    await waitForMapIdle(page);
    const shown = shownOf(demo, range, filters);
    expect(await page.getByTestId('event-count').innerText()).toBe(countFor(demo, shown));
    const csv = await download(page, 'export-csv');
    expect(csv.name).toBe('conflict-map-2012-01-01_2012-06-30.csv');
    const rows = Papa.parse<string[]>(csv.bytes.toString('utf8').replace(/^\ufeff/, ''), { skipEmptyLines: true }).data;
    expect(rows.length - 1).toBe(shown.length);
    // The PNG of one type only, over the demo's many: its legend and colours are that type's alone.
    const battles: Filters = { ...filters, types: ['Battles'] };
    await page.goto(`${url}?data=data/demo.geojson#start=${range.start}&end=${range.end}&precise=1&types=Battles`);
    await waitForMapIdle(page);
    const onlyBattles = shownOf(demo, range, battles);
    expect(await page.getByTestId('event-count').innerText()).toBe(countFor(demo, onlyBattles));
    const png = await download(page, 'export-png');
    await checkPng(png.bytes, onlyBattles, demo, range);
    await png.d.saveAs(resolve(SCREENSHOTS, 'exports-demo-battles.png'));
    await page.goto(`${url}?data=data/demo.geojson#start=${range.start}&end=${range.end}&precise=1`);
    await waitForMapIdle(page);

    // A demo event's popup marks the figure its source gives.
    const withToll = shown.find((f) => f.properties.fatalities && f.properties.sources[0]?.figures?.length);
    if (!withToll) throw new Error('no demo event with a toll in the range');
    await page.evaluate((id) => window.__conflictMap!.state.set({ selected: id }), withToll.properties.id);
    const popup = page.locator('.cm-popup');
    await expect.poll(() => popup.count()).toBe(1);
    expect(await popup.locator('mark').first().innerText()).toBe(withToll.properties.sources[0]!.figures![0]!.text);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'exports-demo-popup.png') });
    expect(w.errors).toEqual([]);
  }, 120_000);

  it('the PNG draws the events counted whatever overlay is on (heatmap, hexagons, provinces), with that overlay\'s key', async () => {
    const { page } = w;
    const titles = { heatmap: 'Deaths reported, density', hexagons: 'Deaths reported per hexagon', regions: 'Deaths reported per province' } as const;
    const mapBand = { top: 2 * 78, bottom: 2 * (78 + PNG_MAP_HEIGHT) };
    const blank = await page.context().newPage();
    try {
      for (const overlay of ['heatmap', 'hexagons', 'regions'] as const) {
        await page.goto(`${url}#overlay=${overlay}`);
        await waitForMapIdle(page);
        const png = await download(page, 'export-png');
        await png.d.saveAs(resolve(SCREENSHOTS, `exports-overlay-${overlay}.png`));
        const meta = readPng(new Uint8Array(png.bytes));
        expect(meta.text.Description).toBe(`${datesText(dataExtentOf(features))} · ${countFor(features, features)}`);
        expect(meta.text.Legend ?? '').toMatch(new RegExp(`^${titles[overlay]}: `));
        // The overlay's reds and oranges are drawn (the basemap has none)...
        const drawn = await pngPixels(blank, png.bytes, [], mapBand);
        expect(drawn.warm, overlay).toBeGreaterThan(3000);
        // ... and only from the events counted: with none counted, none.
        await page.goto(`${url}#overlay=${overlay}&types=Battles`);
        await waitForMapIdle(page);
        const none = await download(page, 'export-png');
        expect((await pngPixels(blank, none.bytes, [], mapBand)).warm, `${overlay}, no events`).toBeLessThan(50);
      }
    } finally {
      await blank.close();
    }
    expect(w.errors).toEqual([]);
  }, 240_000);

  it('?data= from another origin or a javascript: URL is refused with a message, and the default events load', async () => {
    const { page } = w;
    for (const bad of ['https://evil.example/events.geojson', 'javascript:alert(1)', '//evil.example/e.geojson']) {
      await page.goto(`${url}?data=${encodeURIComponent(bad)}`);
      await waitForMapIdle(page);
      const status = page.locator('#status');
      await expect.poll(() => status.innerText()).toContain('was not loaded');
      expect(await status.isVisible()).toBe(true);
      expect(await page.getByTestId('event-count').innerText()).toBe(countFor(features, features));
    }
    await page.screenshot({ path: resolve(SCREENSHOTS, 'exports-refused.png') });
    // The page's own address carries the refused value; nothing was requested from that host.
    expect(w.requests.filter((r) => new URL(r).hostname === 'evil.example')).toEqual([]);
    expect(w.external).toEqual([]);
    expect(w.errors).toEqual([]);
  }, 120_000);
});
