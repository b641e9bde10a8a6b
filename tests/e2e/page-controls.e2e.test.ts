// The page's smaller controls in Chromium: the dark mode toggle (remembered, the map repainted), "Copy the
// code" saying what happened, the date fields reading and writing "5 Aug 2011", and Explosions/Remote
// violence drawn in a colour of its own, not the neutral near-black.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DARK, LIGHT } from '../../src/app/map/colour-scheme.ts';
import { SCREENSHOTS, launchChromium, openPage, serveDist, waitForMapIdle, type Watched } from './harness.ts';

const hashOf = (page: Page, key: string): Promise<string | null> => page.evaluate((k) => new URLSearchParams(location.hash.slice(1)).get(k), key);
const landColour = (page: Page): Promise<unknown> => page.evaluate(() => window.__conflictMap!.map.getPaintProperty('land', 'fill-color'));
/** The markers' colours (the GPU layer's palette: one a type, then the fallback, the rings). */
const explosions = (page: Page): Promise<string> => page.evaluate(() => JSON.stringify(window.__conflictPoints!.layer.palette));

describe('page controls: dark mode, copy the code, date fields, type colours', () => {
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

  it('the dark mode toggle overrides the system, repaints the page and the map, and is remembered', async () => {
    w = await openPage(browser, { width: 1280, height: 900 });
    const { page } = w;
    await page.goto(url);
    await waitForMapIdle(page);
    const toggle = page.getByTestId('scheme-toggle');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await landColour(page)).toBe(LIGHT.land);
    expect(await explosions(page)).toContain(LIGHT.types['Explosions/Remote violence']);
    expect(LIGHT.types['Explosions/Remote violence']).not.toBe('#1a1a1a');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(21, 21, 20)');
    await expect.poll(() => landColour(page)).toBe(DARK.land);
    expect(await explosions(page)).toContain(DARK.types['Explosions/Remote violence']);
    await page.evaluate(() => window.__conflictMap?.idle());
    await page.screenshot({ path: resolve(SCREENSHOTS, 'dark-toggle.png') });
    // Remembered on this device: a reload opens dark.
    await page.reload();
    await waitForMapIdle(page);
    expect(await page.evaluate(() => document.documentElement.dataset.scheme)).toBe('dark');
    expect(await landColour(page)).toBe(DARK.land);
    await page.getByTestId('scheme-toggle').click();
    await expect.poll(() => landColour(page)).toBe(LIGHT.land);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
  });

  it('on a dark system the toggle starts pressed and switches to light', async () => {
    w = await openPage(browser, { width: 1280, height: 900 });
    const { page } = w;
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(url);
    await waitForMapIdle(page);
    expect(await page.getByTestId('scheme-toggle').getAttribute('aria-pressed')).toBe('true');
    expect(await landColour(page)).toBe(DARK.land);
    await page.getByTestId('scheme-toggle').click();
    await expect.poll(() => landColour(page)).toBe(LIGHT.land);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
  });

  it('"Copy the code" says it copied, or that the code is selected when the clipboard is refused', async () => {
    w = await openPage(browser, { width: 1280, height: 900 });
    const { page, context } = w;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url.slice(0, -1) });
    await page.goto(`${url}#start=2011-08-05&end=2011-08-05`);
    await waitForMapIdle(page);
    await page.locator('#share summary').click();
    await page.getByTestId('embed-copy').click();
    await expect.poll(() => page.getByTestId('embed-copy-status').innerText()).toBe('Copied to the clipboard.');
    const code = await page.getByTestId('embed-code').inputValue();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    await page.locator('#share').screenshot({ path: resolve(SCREENSHOTS, 'share-copied.png') });
    // A clipboard that refuses: the code is selected, and the reader is told how to copy it.
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) }, configurable: true });
    });
    await page.getByTestId('embed-copy').click();
    await expect.poll(() => page.getByTestId('embed-copy-status').innerText()).toMatch(/^The code is selected: press Ctrl\+C/);
    expect(await page.evaluate(() => {
      const box = document.getElementById('embed-code') as HTMLTextAreaElement;
      return box.selectionEnd - box.selectionStart === box.value.length;
    })).toBe(true);
  });

  it('the date fields read "5 Aug 2011", take a typed day, step with the arrows and refuse a day that does not exist', async () => {
    w = await openPage(browser, { width: 1280, height: 900 });
    const { page } = w;
    await page.goto(`${url}#start=2011-08-05&end=2011-08-05`);
    await waitForMapIdle(page);
    const from = page.getByTestId('date-start');
    expect(await from.inputValue()).toBe('5 Aug 2011');
    expect(await page.getByTestId('date-end').inputValue()).toBe('5 Aug 2011');
    await from.fill('31 Jul 2011');
    await from.press('Tab');
    await expect.poll(() => hashOf(page, 'start')).toBe('2011-07-31');
    expect(await from.inputValue()).toBe('31 Jul 2011');
    await from.focus();
    await from.press('ArrowUp');
    await expect.poll(() => hashOf(page, 'start')).toBe('2011-08-01');
    expect(await from.inputValue()).toBe('1 Aug 2011');
    // An ISO day is understood and shown the page's way once the field is left.
    await from.fill('2011-08-02');
    await from.press('Tab');
    await expect.poll(() => hashOf(page, 'start')).toBe('2011-08-02');
    expect(await from.inputValue()).toBe('2 Aug 2011');
    await from.fill('31 Feb 2011');
    await from.press('Tab');
    expect(await from.getAttribute('aria-invalid')).toBe('true');
    expect(await hashOf(page, 'start')).toBe('2011-08-02');
    await page.locator('.cm-timeline__head').screenshot({ path: resolve(SCREENSHOTS, 'date-fields.png') });
  });
});
