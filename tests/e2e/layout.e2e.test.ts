// Layout (issue 15): on a 1440×900 desktop the timeline is whole above the fold; on a phone (390×844) the
// legend and filters come before the table; the embed is sized to its content, its legend folded over the
// map (opening it leaves the frame's height alone), and it opens on the shared date range; the chart stays
// still under the pointer while a range is dragged.
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openPage, SCREENSHOTS, serveDist, waitForMapIdle } from './harness.ts';

const top = (page: Page, sel: string): Promise<number> => page.evaluate((s) => document.querySelector(s)!.getBoundingClientRect().top, sel);

/** Drags across the chart's brush area in steps, and returns how far the chart moved on the screen meanwhile. */
async function dragDrift(page: Page): Promise<number> {
  await page.locator('.cm-timeline__brush .overlay').scrollIntoViewIfNeeded();
  const box = (await page.locator('.cm-timeline__brush .overlay').boundingBox())!;
  const y = box.y + box.height / 2;
  const before = await top(page, '#timeline');
  const scrollBefore = await page.evaluate(() => window.scrollY);
  let drift = 0;
  await page.mouse.move(box.x + box.width * 0.15, y);
  await page.mouse.down();
  for (let i = 1; i <= 6; i++) {
    await page.mouse.move(box.x + box.width * (0.15 + i * 0.1), y, { steps: 2 });
    drift = Math.max(drift, Math.abs((await top(page, '#timeline')) - before));
  }
  await page.mouse.up();
  return drift;
}

describe('layout', () => {
  let server: PreviewServer;
  let url: string;
  let browser: Browser;

  beforeAll(async () => {
    ({ server, url } = await serveDist());
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((r) => (server ? server.httpServer.close(() => r()) : r()));
  });

  it('desktop 1440×900: the timeline is whole above the fold, the panels beside the map; a drag does not move the chart', async () => {
    const w = await openPage(browser, { width: 1440, height: 900 });
    const { page } = w;
    await page.goto(url);
    await waitForMapIdle(page);
    const chart = await page.evaluate(() => document.getElementById('timeline')!.getBoundingClientRect().toJSON());
    expect(chart.height).toBeGreaterThan(100);
    expect(chart.bottom).toBeLessThanOrEqual(900);
    const panels = await page.evaluate(() => document.getElementById('panels')!.getBoundingClientRect().toJSON());
    const map = await page.evaluate(() => document.getElementById('map')!.getBoundingClientRect().toJSON());
    expect(panels.left).toBeGreaterThanOrEqual(map.right);
    expect(panels.top).toBeLessThan(map.bottom);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'layout-desktop.png') });
    expect(await dragDrift(page)).toBeLessThanOrEqual(1);
    // Scrolled to the page's end, a drag that hides most of the table must not pull the chart up either.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForTimeout(100);
    expect(await dragDrift(page)).toBeLessThanOrEqual(1);
    expect(w.errors).toEqual([]);
    await w.context.close();
  }, 120_000);

  it('phone 390×844: the legend and filters come before the table', async () => {
    const w = await openPage(browser, { width: 390, height: 844 }, true);
    const { page } = w;
    await page.goto(url);
    await waitForMapIdle(page);
    const y = (s: string): Promise<number> => page.evaluate((sel) => document.querySelector(sel)!.getBoundingClientRect().top + window.scrollY, s);
    const summary = await y('#panels > summary');
    expect(summary).toBeLessThan(await y('#event-table'));
    expect(summary).toBeGreaterThan(await y('#timeline'));
    // In the tab order too: the panels' summary before the table's first control.
    const order = await page.evaluate(() => {
      const s = document.querySelector('#panels > summary')!;
      const t = document.querySelector('#event-table')!;
      return s.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    expect(order).toBeTruthy();
    await page.locator('#panels > summary').click();
    await expect.poll(() => page.locator('#filters').isVisible()).toBe(true);
    expect(await y('#filters')).toBeLessThan(await y('#event-table'));
    await page.screenshot({ path: resolve(SCREENSHOTS, 'layout-phone.png'), fullPage: true });
    expect(w.errors).toEqual([]);
    await w.context.close();
  }, 120_000);

  for (const [name, viewport] of [
    ['desktop', { width: 800, height: 640 }],
    ['phone', { width: 390, height: 640 }],
  ] as const) {
    it(`embed (${name}): sized to its content, the legend folded over the map, on the shared date range`, async () => {
      const w = await openPage(browser, viewport);
      const { page } = w;
      await page.goto(`${url}embed.html#start=2011-08-05&end=2011-08-05`);
      await waitForMapIdle(page);
      const content = (): Promise<number> => page.evaluate(() => Math.ceil(document.querySelector('main')!.getBoundingClientRect().bottom));
      const height = await content();
      // It was about 950 px (1,256 px on a phone) with the legend above the map.
      expect(height).toBeLessThan(name === 'phone' ? 900 : 760);
      // The map and the count follow the shared range.
      expect(await page.getByTestId('event-count').innerText()).toMatch(/^Showing 2 of 5 events/);
      expect(await page.getByTestId('date-start').inputValue()).toBe('5 Aug 2011');
      const legend = page.getByTestId('embed-legend');
      expect(await page.locator('#legend').isVisible()).toBe(false);
      await legend.locator('summary').click();
      await expect.poll(() => page.locator('#legend').isVisible()).toBe(true);
      expect(await content()).toBe(height);
      const [lb, mb] = await page.evaluate(() => [document.getElementById('embed-legend')!.getBoundingClientRect().bottom, document.getElementById('map')!.getBoundingClientRect().bottom]);
      expect(lb).toBeLessThanOrEqual(mb!);
      // Open here and folded below, the legend covers neither the map's credit nor its zoom buttons.
      const covered = (): Promise<string[]> => page.evaluate(() => {
        const l = document.getElementById('embed-legend')!.getBoundingClientRect();
        return ['.maplibregl-ctrl-attrib', '.maplibregl-ctrl-zoom-in', '.maplibregl-ctrl-zoom-out'].filter((sel) => {
          const r = document.querySelector(sel)!.getBoundingClientRect();
          return l.left < r.right && r.left < l.right && l.top < r.bottom && r.top < l.bottom;
        });
      });
      expect(await covered()).toEqual([]);
      await legend.locator('summary').click();
      expect(await covered()).toEqual([]);
      await legend.locator('summary').click();
      await page.screenshot({ path: resolve(SCREENSHOTS, `layout-embed-${name}.png`) });
      expect(await dragDrift(page)).toBeLessThanOrEqual(1);
      expect(w.errors).toEqual([]);
      await w.context.close();
    }, 120_000);
  }
});
