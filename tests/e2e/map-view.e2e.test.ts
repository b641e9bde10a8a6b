// The map's view and the language of place names in the URL: `map=zoom/lat/lon` written when the map
// stops moving and restored exactly on reload; invalid values fall back to fitting the events; `lang=ar`
// puts Arabic names on the map, in the table and in the popup, marked lang="ar" dir="rtl".
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOTS, launchChromium, openPage, serveDist, waitForMapIdle, type Watched } from './harness.ts';

let server: PreviewServer;
let url: string;
let browser: Browser;
let w: Watched | undefined;

beforeAll(async () => {
  ({ server, url } = await serveDist());
  browser = await launchChromium();
});
afterEach(async () => {
  await w?.context.close();
  w = undefined;
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const viewOf = (page: Watched['page']): Promise<{ zoom: number; lat: number; lon: number }> =>
  page.evaluate(() => {
    const m = window.__conflictMap!.map;
    return { zoom: m.getZoom(), lat: m.getCenter().lat, lon: m.getCenter().lng };
  });

describe('map view in the URL', () => {
  it('opens at the view in the hash instead of fitting the events', async () => {
    w = await openPage(browser, { width: 1000, height: 800 });
    await w.page.goto(`${url}#map=6.5/35.1/36.7`);
    await waitForMapIdle(w.page);
    expect(await viewOf(w.page)).toEqual({ zoom: 6.5, lat: 35.1, lon: 36.7 });
    expect(w.errors).toEqual([]);
  });

  it('writes the view when the map stops moving, and a reload restores it exactly', async () => {
    w = await openPage(browser, { width: 1000, height: 800 });
    await w.page.goto(url);
    await waitForMapIdle(w.page);
    await w.page.evaluate(() => window.__conflictMap!.map.jumpTo({ center: [36.123456, 34.987654], zoom: 5.4321 }));
    await expect.poll(() => w!.page.evaluate(() => location.hash)).toContain('map=5.43/34.9877/36.1235');
    await w.page.reload();
    await waitForMapIdle(w.page);
    expect(await viewOf(w.page)).toEqual({ zoom: 5.43, lat: 34.9877, lon: 36.1235 });
    expect(await w.page.evaluate(() => location.hash)).toContain('map=5.43/34.9877/36.1235');
  });

  it('falls back to fitting the events for an invalid view, without errors', async () => {
    w = await openPage(browser, { width: 1000, height: 800 });
    await w.page.goto(`${url}#map=99/abc/1`);
    await waitForMapIdle(w.page);
    const view = await viewOf(w.page);
    expect(view.zoom).toBeGreaterThan(1);
    expect(view.zoom).toBeLessThanOrEqual(6);
    expect(w.errors).toEqual([]);
  });
});

describe('place names in Arabic', () => {
  it('toggles lang=ar: Arabic labels on the map, in the table and the popup, marked right to left', async () => {
    w = await openPage(browser, { width: 1000, height: 800 });
    await w.page.goto(url);
    await waitForMapIdle(w.page);
    await w.page.getByTestId('lang-toggle').click();
    await expect.poll(() => w!.page.evaluate(() => location.hash)).toContain('lang=ar');
    expect(await w.page.getByTestId('lang-toggle').getAttribute('aria-pressed')).toBe('true');
    await w.page.evaluate(() => window.__conflictMap!.idle());
    const labels = await w.page.evaluate(() =>
      window.__conflictMap!.map.queryRenderedFeatures({ layers: ['events-labels'] }).map((f) => String(f.properties.label_ar ?? '')),
    );
    expect(labels).toContain('حماة');
    const field = await w.page.evaluate(() => JSON.stringify(window.__conflictMap!.map.getLayoutProperty('events-labels', 'text-field')));
    expect(field).toContain('label_ar');
    const cell = w.page.locator('[data-testid="event-table"] tbody [lang="ar"]', { hasText: 'حماة' });
    expect(await cell.count()).toBe(1);
    expect(await cell.getAttribute('dir')).toBe('rtl');
    const hama = await w.page.evaluate(() => window.__conflictMap!.events.find((f) => f.properties.place.name === 'Hama')!.properties.id);
    await w.page.evaluate((id) => window.__conflictMap!.state.set({ selected: id }), hama);
    const place = w.page.locator('.cm-popup-wrap .cm-popup__place[lang="ar"][dir="rtl"]');
    await place.waitFor();
    expect(await place.textContent()).toContain('حماة');
    await w.page.screenshot({ path: resolve(SCREENSHOTS, 'arabic-popup.png') });
    // Back to English: the labels, the table and the open popup follow; the host hears no new selection.
    await w.page.evaluate(() => {
      const seen: unknown[] = [];
      (window as unknown as { selects: unknown[] }).selects = seen;
      window.conflictMap!.on('select', (d) => seen.push(d));
    });
    await w.page.getByTestId('lang-toggle').click();
    await expect.poll(() => w!.page.locator('[data-testid="event-table"] tbody [lang="ar"]').count()).toBe(0);
    await expect.poll(() => w!.page.locator('.cm-popup-wrap').textContent()).toContain('Hama');
    expect(await w.page.locator('.cm-popup-wrap [lang="ar"]').count()).toBe(0);
    expect(await w.page.evaluate(() => (window as unknown as { selects: unknown[] }).selects)).toEqual([]);
    expect(w.errors).toEqual([]);
    expect(w.external).toEqual([]);
  });

  it('opens with Arabic country names from lang=ar in the URL', async () => {
    w = await openPage(browser, { width: 1000, height: 800 });
    await w.page.goto(`${url}#lang=ar&map=5.6/34.6/37.6`);
    await waitForMapIdle(w.page);
    const names = await w.page.evaluate(() =>
      window.__conflictMap!.map.querySourceFeatures('country-labels').map((f) => String(f.properties.name_ar ?? '')),
    );
    expect(names).toContain('سوريا');
    expect(w.errors).toEqual([]);
  });
});
