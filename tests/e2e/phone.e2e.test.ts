// The app on a 375×667 phone: map first with the timeline under it, no sideways scrolling, controls a
// thumb can hit, the panels folded away, the popup as a sheet along the map's bottom, and cooperative
// gestures so one finger scrolls the page past the map.
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOTS, launchChromium, openPage, serveDist, waitForMapIdle, type Watched } from './harness.ts';

const PHONE = { width: 375, height: 667 };

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

async function openPhone(hash = ''): Promise<Watched> {
  w = await openPage(browser, PHONE, true);
  await w.page.goto(`${url}${hash}`);
  await waitForMapIdle(w.page);
  return w;
}

describe('phone (375×667)', () => {
  it('lays the page out in one column with the timeline under the map and nothing wider than the screen', async () => {
    const { page, errors, external } = await openPhone();
    const layout = await page.evaluate(() => {
      const box = (sel: string): DOMRect | undefined => document.querySelector(sel)?.getBoundingClientRect();
      return {
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
        map: box('#map'),
        timeline: box('#timeline'),
        panelsOpen: (document.getElementById('panels') as HTMLDetailsElement | null)?.open,
      };
    });
    expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth);
    expect(layout.timeline!.top).toBeGreaterThanOrEqual(layout.map!.bottom);
    expect(layout.map!.width).toBeGreaterThanOrEqual(PHONE.width - 1);
    expect(layout.panelsOpen).toBe(false);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'phone-top.png') });
    await page.screenshot({ path: resolve(SCREENSHOTS, 'phone-full.png'), fullPage: true });
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
  });

  it('opens the legend and filters as a section, still no wider than the screen', async () => {
    const { page } = await openPhone();
    await page.locator('.cm-panels__summary').tap();
    // The click a tap makes is dispatched after the touch events tap() waits for: wait for the section to open.
    await expect.poll(() => page.evaluate(() => (document.getElementById('panels') as HTMLDetailsElement).open)).toBe(true);
    await expect.poll(() => page.locator('#legend').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  });

  it('gives every visible button and summary a 44px tap target', async () => {
    const { page } = await openPhone();
    await page.evaluate(() => ((document.getElementById('panels') as HTMLDetailsElement).open = true));
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('button, summary, [role="button"]')]
        .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
        .map((el) => ({ el, r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.height < 44 || r.width < 44)
        .map(({ el, r }) => `${el.tagName.toLowerCase()}.${el.className || el.id}: ${Math.round(r.width)}×${Math.round(r.height)}`),
    );
    expect(small).toEqual([]);
  });

  it('uses cooperative gestures, so one finger scrolls the page past the map', async () => {
    const { page } = await openPhone();
    expect(await page.evaluate(() => window.__conflictMap?.map.cooperativeGestures.isEnabled())).toBe(true);
  });

  it('shows the popup as a sheet along the bottom of the map', async () => {
    const { page } = await openPhone();
    const id = await page.evaluate(() => window.__conflictMap!.events.find((f) => f.properties.geo_precision === 'place')!.properties.id);
    await page.evaluate((eventId) => window.__conflictMap!.state.set({ selected: eventId }), id);
    await page.waitForSelector('.cm-popup-wrap');
    const [popup, map] = await page.evaluate(() => [
      document.querySelector('.cm-popup-wrap')!.getBoundingClientRect().toJSON() as DOMRect,
      document.getElementById('map')!.getBoundingClientRect().toJSON() as DOMRect,
    ]);
    expect(Math.abs(popup.bottom - map.bottom)).toBeLessThanOrEqual(1);
    expect(popup.width).toBeGreaterThanOrEqual(map.width - 1);
    expect(popup.height).toBeLessThan(map.height);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'phone-popup.png') });
  });
});
