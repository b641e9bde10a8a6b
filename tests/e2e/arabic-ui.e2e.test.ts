// The whole interface in Arabic (`lang=ar`): the page's own text, the count line, the legend and the table
// from one catalogue (src/app/i18n/), numbers and days written by Intl, the page laid out right to left
// with the map and the chart kept left to right; back to English with the toggle.
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
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

const LATIN = /[A-Za-z]/;
const texts = (page: Page, selector: string): Promise<string[]> => page.locator(selector).allInnerTexts();

describe('the interface in Arabic', () => {
  it('writes the page, count, legend and table in Arabic only, right to left, the map and chart left to right', async () => {
    w = await openPage(browser, { width: 1440, height: 900 });
    const { page } = w;
    await page.goto(`${url}#lang=ar`);
    await waitForMapIdle(page);
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    expect(await page.locator('.cm-map-wrap').getAttribute('dir')).toBe('ltr');
    expect(await page.locator('.cm-timeline__chart').getAttribute('dir')).toBe('ltr');
    expect(await page.locator('h1').innerText()).toBe('العنف المُبلَّغ عنه حسب المكان واليوم');
    // No Latin letters (so no "سوريا (country-wide)") in what the catalogue writes.
    const written = [
      await page.getByTestId('event-count').innerText(),
      ...(await texts(page, '.cm-legend__title, .cm-legend li')),
      ...(await texts(page, '[data-testid="event-table"] thead th, [data-testid="event-table"] caption')),
      ...(await texts(page, '[data-testid="event-table"] tbody td, [data-testid="event-table"] tbody th')),
      await page.locator('.cm-dek').innerText(),
      await page.getByTestId('date-clear').innerText(),
    ];
    expect(written.filter((s) => LATIN.test(s))).toEqual([]);
    expect(await page.getByTestId('event-count').innerText()).toMatch(/^عرض كل الأحداث: ٥ · القتلى: [\u0660-\u0669]/);
    expect(await texts(page, '[data-testid="event-table"] tbody th')).toContain('سوريا (على مستوى البلاد)');
    // Days by Intl in Arabic: "٥ أغسطس ٢٠١١".
    expect((await texts(page, '[data-testid="event-table"] tbody td')).some((s) => /^[\u0660-\u0669]+ [\u0600-\u06FF]+ [\u0660-\u0669]{4}/.test(s))).toBe(true);
    // Right to left: the side column is on the map's left, the header's toggles at its left end.
    const box = async (sel: string): Promise<{ x: number; width: number }> => (await page.locator(sel).first().boundingBox())!;
    const panels = await box('[data-testid="panels"]');
    const map = await box('.cm-map');
    expect(panels.x + panels.width).toBeLessThanOrEqual(map.x);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'arabic-interface.png') });

    // Back to English with the toggle: the same elements in English, left to right.
    await page.getByTestId('lang-toggle').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('ltr');
    expect(await page.locator('h1').innerText()).toBe('Reported violence, by place and day');
    expect(await page.getByTestId('event-count').innerText()).toMatch(/^Showing all 5 events · /);
    expect(await texts(page, '[data-testid="event-table"] thead th')).toEqual(['Date ▲', 'Place', 'Type', 'Killed']);
    expect(await page.locator('.cm-legend__title').first().textContent()).toBe('Type of event');
    expect(w.errors).toEqual([]);
  });
});
