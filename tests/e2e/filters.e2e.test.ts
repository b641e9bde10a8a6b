// Filters end to end: from the URL hash and from the filter bar, applied alike to the map, the count line
// and the table, and written back to the hash.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventFeature } from '../../src/shared/schema.ts';
import { validateCollection } from '../../src/shared/validate.ts';
import { LOW_CONFIDENCE, matchesFilters, NO_FILTERS, type Filters } from '../../src/app/state/filters.ts';
import { countText, tollText } from '../../src/app/ui/count.ts';
import { DIST, drawnMarkers, launchChromium, openPage, serveDist, waitForMapIdle, type Watched } from './harness.ts';

const features: EventFeature[] = validateCollection(JSON.parse(readFileSync(resolve(DIST, 'data/events.geojson'), 'utf8'))).valid;
const expectedCount = (f: Filters): string => {
  const shown = features.filter((e) => matchesFilters(e, f));
  return countText(shown.length, features.length, tollText(shown));
};

describe('filters', () => {
  let server: PreviewServer;
  let url: string;
  let browser: Browser;
  let w: Watched;

  beforeAll(async () => {
    ({ server, url } = await serveDist());
    browser = await launchChromium();
    w = await openPage(browser, { width: 1280, height: 1240 });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((r) => (server ? server.httpServer.close(() => r()) : r()));
  });

  const drawnTypes = (): Promise<string[]> =>
    drawnMarkers(w.page).then((drawn) => [...new Set(drawn.map((p) => String(p.type)))].sort());

  it('a types filter in the hash filters the map, the count and the table', async () => {
    const { page } = w;
    await page.goto(`${url}#types=Protests`);
    await waitForMapIdle(page);
    const f = { ...NO_FILTERS, types: ['Protests'] };
    expect(await page.getByTestId('event-count').innerText()).toBe(expectedCount(f));
    expect(await drawnTypes()).toEqual(['Protests']);
    expect(await page.getByTestId('event-table').locator('tbody tr').count()).toBe(features.filter((e) => matchesFilters(e, f)).length);
    expect(await page.getByTestId('filter-type-Protests').isChecked()).toBe(true);
  }, 120_000);

  it('the filter bar writes to the hash: precise places only, then a minimum toll', async () => {
    const { page } = w;
    await page.goto(url);
    await waitForMapIdle(page);
    await page.getByTestId('filter-precise').check();
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('precise=1');
    await expect.poll(() => page.getByTestId('event-count').innerText()).toBe(expectedCount({ ...NO_FILTERS, precise: true }));
    await page.getByTestId('filter-min').fill('100');
    await page.getByTestId('filter-min').press('Tab');
    await expect.poll(() => page.getByTestId('event-count').innerText()).toBe(expectedCount({ ...NO_FILTERS, precise: true, minKilled: 100 }));
    await page.evaluate(() => window.__conflictMap!.idle());
    await page.screenshot({ path: 'tests/e2e/screenshots/filters.png' });
    expect(w.errors).toEqual([]);
  }, 120_000);

  it('actor text and an outlet filter the events and go into the hash', async () => {
    const { page } = w;
    await page.goto(`${url}#actor=FORCES`);
    await waitForMapIdle(page);
    const byActor = { ...NO_FILTERS, actor: 'FORCES' };
    expect(await page.getByTestId('event-count').innerText()).toBe(expectedCount(byActor));
    expect(await page.getByTestId('filter-actor').inputValue()).toBe('FORCES');
    await page.getByTestId('filter-actor').fill('');
    await expect.poll(() => page.evaluate(() => location.hash)).not.toContain('actor=');
    const outlet = features.flatMap((f) => f.properties.sources.map((s) => s.outlet)).find(Boolean) as string;
    await page.getByTestId('filter-outlet').selectOption(outlet);
    await expect.poll(() => page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get('outlet'))).toBe(outlet);
    await expect.poll(() => page.getByTestId('event-count').innerText()).toBe(expectedCount({ ...NO_FILTERS, outlet }));
    await page.goto(`${url}#outlet=${encodeURIComponent('No such outlet')}`);
    await waitForMapIdle(page);
    expect(await page.getByTestId('event-count').innerText()).toBe(expectedCount({ ...NO_FILTERS, outlet: 'No such outlet' }));
    expect(w.errors).toEqual([]);
  }, 120_000);

  it('the popup says how confident the build is; "hide low-confidence events" filters everything and goes into the hash', async () => {
    const { page } = w;
    const low = features.filter((f) => f.properties.confidence < LOW_CONFIDENCE);
    expect(low.length).toBeGreaterThan(0); // the seed has some to hide
    const lowId = low[0]!.properties.id;
    await page.goto(`${url}#event=${encodeURIComponent(lowId)}`);
    await waitForMapIdle(page);
    const line = page.locator('.cm-popup__confidence');
    await expect.poll(() => line.innerText()).toBe(`Confidence: low (${low[0]!.properties.confidence.toFixed(2)})`);
    await page.waitForSelector('.maplibregl-popup[data-in-view="true"]');
    await page.evaluate(() => window.__conflictMap!.idle());
    await page.locator('.cm-map-wrap').screenshot({ path: 'tests/e2e/screenshots/popup-confidence.png' });

    await page.getByTestId('filter-confident').check();
    const f = { ...NO_FILTERS, confident: true };
    await expect.poll(() => page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get('confident'))).toBe('1');
    await expect.poll(() => page.getByTestId('event-count').innerText()).toBe(expectedCount(f));
    // The low-confidence event's popup closes with it, and the map and the table drop it too.
    await expect.poll(() => page.locator('.maplibregl-popup').count()).toBe(0);
    await page.evaluate(() => window.__conflictMap!.idle());
    const drawn = [...new Set((await drawnMarkers(page)).map((p) => String(p.id)))].sort();
    expect(drawn).toEqual(features.filter((e) => matchesFilters(e, f)).map((e) => e.properties.id).sort());
    expect(await page.getByTestId('event-table').locator('tbody tr').count()).toBe(features.length - low.length);
    // From the hash: the box is ticked.
    await page.goto(`${url}#confident=1`);
    await page.reload();
    await waitForMapIdle(page);
    expect(await page.getByTestId('filter-confident').isChecked()).toBe(true);
    expect(await page.getByTestId('event-count').innerText()).toBe(expectedCount(f));
    expect(w.errors).toEqual([]);
  }, 120_000);
});
