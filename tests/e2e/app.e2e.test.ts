// End to end: the built app in Chromium. The map must draw the seed's events, the timeline brush
// and the date inputs must filter them, the popup must show the source sentence, and the page must
// make no request to any other host and log no error.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { EventFeature } from '../../src/shared/schema.ts';
import { validateCollection } from '../../src/shared/validate.ts';
import { formatToll } from '../../src/app/overlays/format.ts';
import { filterByRange, type DateRange } from '../../src/app/state/range.ts';
import { countText, tollText } from '../../src/app/ui/count.ts';
import { formatDay } from '../../src/app/state/dates.ts';
import { DIST, SCREENSHOTS, drawnMarkers, launchChromium, openPage, serveDist, waitForMapIdle, type Watched } from './harness.ts';

const HAMA = 170017;
const DERAA = 170905;
const DAMASCUS = 170654;
const DAY = '2011-08-05';

interface Drawn {
  id: string;
  geonameid: number;
  prec: string;
  country: string;
}

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');

/** Serious and critical accessibility violations found by axe-core. */
async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the page's strict CSP (no inline scripts) stays on.
  await page.evaluate(readFileSync(AXE, 'utf8'));
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Array<{ id: string; impact?: string; nodes: Array<{ target: unknown }> }> }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  });
}

const features: EventFeature[] = validateCollection(JSON.parse(readFileSync(resolve(DIST, 'data/events.geojson'), 'utf8'))).valid;
/** The count line the app should show for a range: events shown, of all, and their toll. */
const countFor = (range: DateRange | null): string => countText(filterByRange(features, range).length, features.length, tollText(filterByRange(features, range)));
const idsIn = (range: DateRange | null): string[] => filterByRange(features, range).map((f) => f.properties.id).sort();

async function drawnEvents(page: Page): Promise<Drawn[]> {
  const drawn = (await drawnMarkers(page)).map((p) => ({
    id: String(p.id),
    geonameid: Number(p.geonameid),
    prec: String(p.prec),
    country: String(p.country),
  }));
  return [...new Map(drawn.map((d) => [d.id, d])).values()];
}

const drawnIds = (drawn: Drawn[]): string[] => drawn.map((d) => d.id).sort();
const countLine = (page: Page): Promise<string> => page.getByTestId('event-count').innerText();

/** Drags across the timeline from the start of day `from` to the end of day `to`, with the mouse. */
async function brushDays(page: Page, from: string, to: string): Promise<void> {
  const overlay = page.locator('.cm-timeline__brush .overlay');
  await overlay.scrollIntoViewIfNeeded();
  const box = await overlay.boundingBox();
  if (!box) throw new Error('brush overlay not visible');
  const group = page.locator('.cm-timeline__brush');
  const first = Date.parse(`${await group.getAttribute('data-first-day')}T00:00:00Z`);
  const last = Date.parse(`${await group.getAttribute('data-end-day')}T00:00:00Z`);
  const xOf = (day: string): number => box.x + (box.width * (Date.parse(`${day}T00:00:00Z`) - first)) / (last - first);
  const dayPx = xOf('2000-01-02') - xOf('2000-01-01');
  const y = box.y + box.height / 2;
  await page.mouse.move(xOf(from) + dayPx * 0.2, y);
  await page.mouse.down();
  await page.mouse.move(xOf(to) + dayPx * 0.5, y, { steps: 6 });
  await page.mouse.move(xOf(to) + dayPx * 0.8, y, { steps: 3 });
  await page.mouse.up();
}

describe('Conflict Map in Chromium', () => {
  let server: PreviewServer;
  let url: string;
  let browser: Browser;
  let w: Watched | undefined;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    ({ server, url } = await serveDist());
    browser = await launchChromium();
  });
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

  it('has the seed events to test with', () => {
    const ids = features.map((f) => f.properties.place.geonameid);
    expect(ids).toEqual(expect.arrayContaining([HAMA, DERAA, DAMASCUS]));
    expect(features.some((f) => f.properties.geo_precision === 'country' && f.properties.place.country === 'SY')).toBe(true);
    expect(idsIn({ start: DAY, end: DAY }).length).toBeGreaterThan(0);
  });

  it('draws the events, filters them with the brush and the date inputs, and opens a popup (desktop)', async () => {
    w = await openPage(browser, { width: 1280, height: 1240 });
    const { page } = w;
    await page.goto(url);
    await waitForMapIdle(page);

    // Every event is drawn, the seed's among them; the country-wide one as such.
    const all = await drawnEvents(page);
    expect(drawnIds(all)).toEqual(idsIn(null));
    const geonameids = all.map((d) => d.geonameid);
    expect(geonameids).toEqual(expect.arrayContaining([HAMA, DERAA, DAMASCUS]));
    expect(all.some((d) => d.prec === 'country' && d.country === 'SY')).toBe(true);
    expect(await countLine(page)).toBe(countFor(null));

    // Offline basemap and labels drawn with the bundled font; attribution shown.
    const labels = await page.evaluate(() => {
      const map = window.__conflictMap?.map;
      return {
        country: map?.queryRenderedFeatures({ layers: ['country-labels'] }).length ?? 0,
        events: map?.queryRenderedFeatures({ layers: ['events-labels'] }).length ?? 0,
      };
    });
    expect(labels.country).toBeGreaterThan(0);
    expect(labels.events).toBeGreaterThan(0);
    expect(w.requests.some((u) => u.endsWith('/fonts/DejaVuSans.ttf')), 'labels drawn with the bundled font').toBe(true);
    const attribution = await page.locator('.maplibregl-ctrl-attrib').innerText();
    expect(attribution).toContain('GeoNames (CC BY 4.0)');
    expect(attribution).toContain('Natural Earth');
    await page.screenshot({ path: resolve(SCREENSHOTS, 'desktop-all.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    // Brush 5 Aug 2011 with the mouse.
    await brushDays(page, DAY, DAY);
    const expected = idsIn({ start: DAY, end: DAY });
    await expect.poll(() => countLine(page)).toBe(countFor({ start: DAY, end: DAY }));
    expect(expected.length).toBeLessThan(features.length);
    expect(await page.getByTestId('date-start').inputValue()).toBe(formatDay(DAY));
    expect(await page.getByTestId('date-end').inputValue()).toBe(formatDay(DAY));
    // The dates alone are written to the URL once a brush's burst of ranges ends (state/hash.ts).
    await expect.poll(() => page.evaluate(() => location.hash)).toContain(`start=${DAY}&end=${DAY}`);
    const brushed = await drawnEvents(page);
    expect(drawnIds(brushed)).toEqual(expected);
    expect(brushed.map((d) => d.geonameid)).toContain(HAMA);
    expect(brushed.map((d) => d.geonameid)).not.toContain(DERAA);
    expect(brushed.map((d) => d.geonameid)).not.toContain(DAMASCUS);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'desktop-brushed.png'), fullPage: true });

    // Click Hama: a popup with its toll and its source sentence, links only to http(s).
    const hama = features.find((f) => f.properties.place.geonameid === HAMA && filterByRange([f], { start: DAY, end: DAY }).length);
    if (!hama) throw new Error('no Hama event on the brushed day');
    const at = await page.evaluate((lnglat) => {
      const map = window.__conflictMap?.map;
      const p = map?.project(lnglat as [number, number]);
      const r = map?.getCanvas().getBoundingClientRect();
      return { x: (r?.left ?? 0) + (p?.x ?? 0), y: (r?.top ?? 0) + (p?.y ?? 0) };
    }, hama.geometry.coordinates);
    await page.mouse.click(at.x, at.y);
    const popup = page.locator('.cm-popup');
    await expect.poll(() => popup.count()).toBe(1);
    const text = await popup.innerText();
    expect(text).toContain('Hama');
    const toll = formatToll(hama.properties.fatalities);
    if (toll) expect(text).toContain(toll);
    expect(text).toContain(hama.properties.sources[0]?.quote.slice(0, 40) ?? '');
    const hrefs = await popup.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
    expect(await page.evaluate(() => location.hash)).toContain(`event=${encodeURIComponent(hama.properties.id)}`);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'desktop-popup.png') });
    // The click gave the popup the focus: Escape closes it.
    await page.keyboard.press('Escape');
    await expect.poll(() => popup.count()).toBe(0);

    // The date inputs set the same range, and move the brush.
    const wide: DateRange = { start: '2011-07-30', end: '2011-08-04' };
    await page.getByTestId('date-start').fill(wide.start);
    await page.getByTestId('date-end').fill(wide.end);
    const expectedWide = idsIn(wide);
    await expect.poll(() => countLine(page)).toBe(countFor(wide));
    expect(drawnIds(await drawnEvents(page))).toEqual(expectedWide);
    const selection = await page.locator('.cm-timeline__brush .selection').boundingBox();
    expect(selection?.width ?? 0).toBeGreaterThan(0);

    // Keyboard path: the table of shown events is in step with the range, sorts, and a row opens the popup.
    const table = page.getByTestId('event-table');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(expectedWide.length);
    await table.getByRole('button', { name: /^Killed/ }).click();
    expect(await table.locator('th[aria-sort="descending"]').count()).toBe(1);
    const camera = await page.evaluate(() => {
      const m = window.__conflictMap!.map;
      return { center: m.getCenter().toArray() as [number, number], zoom: m.getZoom() };
    });
    await table.locator('.cm-table__open').first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => popup.count()).toBe(1);
    // The row flew the map to its event; go back to the whole view for the checks below.
    await expect.poll(() => page.evaluate(() => window.__conflictMap!.map.getZoom())).toBeGreaterThan(camera.zoom);
    await page.evaluate((c) => window.__conflictMap!.map.jumpTo(c), camera);
    await page.locator('.maplibregl-popup-close-button').click();
    await expect.poll(() => popup.count()).toBe(0);

    // "All dates" clears the range.
    await page.getByTestId('date-clear').click();
    await expect.poll(() => countLine(page)).toBe(countFor(null));
    expect(drawnIds(await drawnEvents(page))).toEqual(idsIn(null));
  });

  it('opens a range from the URL hash and fits a 375px phone screen', async () => {
    w = await openPage(browser, { width: 375, height: 760 }, true);
    const { page } = w;
    await page.goto(`${url}#start=${DAY}&end=${DAY}`);
    await waitForMapIdle(page);
    const expected = idsIn({ start: DAY, end: DAY });
    expect(await countLine(page)).toBe(countFor({ start: DAY, end: DAY }));
    expect(drawnIds(await drawnEvents(page))).toEqual(expected);
    expect(await page.getByTestId('date-start').inputValue()).toBe(formatDay(DAY));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'phone-brushed.png'), fullPage: true });
  });
});
