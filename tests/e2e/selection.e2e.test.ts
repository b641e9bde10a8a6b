// A selected event is always panned into view with its popup whole, however it was selected (`event=` in the
// hash, the host API, a click near the edge, a table row while the map is scrolled away); Escape closes the
// popup; and a host page that selects an event in the sandboxed embed keeps its own focus and scroll.
import { createServer, type Server } from 'node:http';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EMBED_SANDBOX } from '../../src/app/embed/snippet.ts';
import { SCREENSHOTS, freePort, launchChromium, openPage, serveDist, waitForMapIdle, type Watched } from './harness.ts';

const HAMA_EVENT = 'jpost-2011-08-06-syrian-army-defector-e9';
const HAMA: [number, number] = [36.75783, 35.13179];
const DERAA_EVENT = 'jpost-2011-08-06-syrian-army-defector-e3';

interface Fit {
  popup: boolean;
  whole: boolean;
  pointInside: boolean;
  detail: string;
}

/** Whether the popup lies whole inside the map and its point is in view (above a phone's sheet). */
function popupFit(page: Page | Frame): Promise<Fit> {
  return page.evaluate((coords) => {
    const el = document.querySelector<HTMLElement>('.maplibregl-popup');
    const map = window.__conflictMap!.map;
    const frame = map.getContainer().getBoundingClientRect();
    if (!el) return { popup: false, whole: false, pointInside: false, detail: 'no popup' };
    const r = el.getBoundingClientRect();
    const p = map.project(coords);
    const x = frame.left + p.x;
    const y = frame.top + p.y;
    const sheet = getComputedStyle(el).transform === 'none';
    const whole = r.left >= frame.left - 0.5 && r.right <= frame.right + 0.5 && r.top >= frame.top - 0.5 && r.bottom <= frame.bottom + 0.5;
    const pointInside = x > frame.left && x < frame.right && y > frame.top && y < (sheet ? r.top : frame.bottom);
    const detail = `popup ${[r.left, r.top, r.right, r.bottom].map(Math.round).join(',')} map ${[frame.left, frame.top, frame.right, frame.bottom].map(Math.round).join(',')} point ${Math.round(x)},${Math.round(y)}`;
    return { popup: true, whole, pointInside, detail };
  }, HAMA);
}

/** Waits for the popup to have been panned into view (popup.ts marks it), then for the map to draw. */
async function fitted(page: Page | Frame): Promise<Fit> {
  await page.waitForSelector('.maplibregl-popup[data-in-view="true"]');
  await page.evaluate(() => window.__conflictMap?.idle());
  return popupFit(page);
}

const hashEvent = (page: Page): Promise<string | null> => page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get('event'));

describe('selection: panned into view, Escape, the table, the host page', () => {
  let server: PreviewServer;
  let url: string;
  let browser: Browser;
  let w: Watched | undefined;
  let host: Server | undefined;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    ({ server, url } = await serveDist());
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await new Promise<void>((r) => (host ? host.close(() => r()) : r()));
  });
  afterEach(async () => {
    const watched = w;
    w = undefined;
    await watched?.context.close();
    expect(watched?.errors ?? [], 'page errors / console errors').toEqual([]);
    expect(watched?.external ?? [], 'requests to other hosts').toEqual([]);
  });

  it('event= in the hash with the map looking elsewhere: the map pans to the event and the popup is whole', async () => {
    w = await openPage(browser, { width: 1280, height: 900 });
    const { page } = w;
    // The view is over the Alps: Hama is far off the map.
    await page.goto(`${url}#map=6/46.5/9.5&event=${HAMA_EVENT}`);
    await waitForMapIdle(page);
    const fit = await fitted(page);
    expect(fit.popup).toBe(true);
    expect(fit.whole, fit.detail).toBe(true);
    expect(fit.pointInside, fit.detail).toBe(true);
    // Not the reader's pick: the focus stays where it was.
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    await page.locator('.cm-map-wrap').screenshot({ path: resolve(SCREENSHOTS, 'selection-from-hash.png') });
  });

  it("the host API's select() with the event at the map's corner; a click near the top edge; Escape closes and gives the focus back", async () => {
    w = await openPage(browser, { width: 1280, height: 900 });
    const { page } = w;
    await page.goto(url);
    await waitForMapIdle(page);
    // Hama in the map's top left corner, 4 px from each edge.
    const corner = async (px: [number, number]): Promise<void> => {
      await page.evaluate(([x, y, lng, lat]) => {
        const m = window.__conflictMap!.map;
        const c = m.project([lng!, lat!]);
        m.jumpTo({ center: m.unproject([c.x - x! + m.getContainer().clientWidth / 2, c.y - y! + m.getContainer().clientHeight / 2]) });
      }, [...px, ...HAMA]);
      await page.evaluate(() => window.__conflictMap?.idle());
    };
    await corner([4, 4]);
    await page.evaluate((id) => window.conflictMap!.select(id), HAMA_EVENT);
    let fit = await fitted(page);
    expect(fit.whole, fit.detail).toBe(true);
    expect(fit.pointInside, fit.detail).toBe(true);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    await page.locator('.cm-map-wrap').screenshot({ path: resolve(SCREENSHOTS, 'selection-host-api-corner.png') });
    await page.keyboard.press('Escape'); // the focus is not in the map: nothing to close from here
    await page.evaluate(() => window.conflictMap!.select(null));
    await expect.poll(() => page.locator('.maplibregl-popup').count()).toBe(0);

    // A click on Hama 24 px under the map's top edge: the popup would open above it, cut off.
    await corner([640, 24]);
    const at = await page.evaluate((ll) => {
      const m = window.__conflictMap!.map;
      const r = m.getContainer().getBoundingClientRect();
      const p = m.project(ll);
      return { x: r.left + p.x, y: r.top + p.y };
    }, HAMA);
    await page.mouse.click(at.x, at.y);
    fit = await fitted(page);
    expect(fit.whole, fit.detail).toBe(true);
    expect(fit.pointInside, fit.detail).toBe(true);
    expect(await hashEvent(page)).toBe(HAMA_EVENT);
    // The reader's own pick: the popup has the focus, and Escape closes it.
    expect(await page.evaluate(() => document.activeElement?.closest('.maplibregl-popup') !== null)).toBe(true);
    await page.locator('.cm-map-wrap').screenshot({ path: resolve(SCREENSHOTS, 'selection-click-top-edge.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.maplibregl-popup').count()).toBe(0);
    await expect.poll(() => hashEvent(page)).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.closest('.cm-map') !== null)).toBe(true);
  });

  it('a table row clicked with the map scrolled out of view scrolls the map into view first, and opens the popup whole', async () => {
    w = await openPage(browser, { width: 1280, height: 700 });
    const { page } = w;
    await page.goto(url);
    await waitForMapIdle(page);
    const row = page.locator('.cm-table__open', { hasText: 'Deraa' });
    await row.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, 400));
    const mapBox = (): Promise<{ top: number; bottom: number }> =>
      page.locator('.cm-map').evaluate((el) => ({ top: el.getBoundingClientRect().top, bottom: el.getBoundingClientRect().bottom }));
    expect((await mapBox()).bottom).toBeLessThan(0); // the map is above the window
    await row.focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('.maplibregl-popup[data-in-view="true"]');
    const box = await mapBox();
    expect(box.top).toBeGreaterThan(-1); // whole pixels, give or take the layout's fractions
    expect(box.bottom).toBeLessThan(701);
    expect(await hashEvent(page)).toBe(DERAA_EVENT);
    const whole = await page.evaluate(() => {
      const el = document.querySelector('.maplibregl-popup')!.getBoundingClientRect();
      const m = window.__conflictMap!.map.getContainer().getBoundingClientRect();
      return el.left >= m.left && el.right <= m.right && el.top >= m.top && el.bottom <= m.bottom;
    });
    expect(whole).toBe(true);
    await page.evaluate(() => window.__conflictMap?.idle());
    await page.screenshot({ path: resolve(SCREENSHOTS, 'selection-table-row.png') });
    // Escape from inside the popup closes it and the focus goes back to the row.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.maplibregl-popup').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Deraa');
  });

  it('on a phone, event= in the hash puts the event above the popup sheet', async () => {
    w = await openPage(browser, { width: 390, height: 844 }, true);
    const { page } = w;
    await page.goto(`${url}#map=6/38/44&event=${HAMA_EVENT}`);
    await waitForMapIdle(page);
    const fit = await fitted(page);
    expect(fit.whole, fit.detail).toBe(true);
    expect(fit.pointInside, fit.detail).toBe(true);
    await page.locator('.cm-map-wrap').screenshot({ path: resolve(SCREENSHOTS, 'selection-phone-sheet.png') });
  });

  it('a host page that selects an event in the sandboxed embed keeps its focus and its scroll', async () => {
    const port = await freePort();
    const hostUrl = `http://localhost:${port}/`;
    const src = `${url}embed.html?origins=${encodeURIComponent(hostUrl.slice(0, -1))}#map=6/46.5/9.5`;
    const page0 = `<!doctype html><html><head><meta charset="utf-8"><title>Host</title></head><body>
<h1>A story told by scrolling</h1><div style="height:500px">Text above the map.</div>
<iframe id="cm" sandbox="${EMBED_SANDBOX}" src="${src}" style="width:100%;border:0;height:640px" title="Conflict Map"></iframe>
<label>Search the story <input id="q"></label><div style="height:1600px">Text below.</div>
<script>window.send = (m) => document.getElementById('cm').contentWindow.postMessage(m, '*');</script></body></html>`;
    host = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(page0));
    await new Promise<void>((r) => host!.listen(port, '127.0.0.1', () => r()));
    w = await openPage(browser, { width: 1000, height: 800 });
    const { page } = w;
    await page.goto(hostUrl);
    let inner: Frame | undefined;
    await expect.poll(() => (inner = page.frames().find((f) => f.url().includes('embed.html'))) !== undefined).toBe(true);
    await inner!.waitForFunction(() => document.body?.dataset.mapReady === 'true', null, { timeout: 60_000 });
    await page.locator('#q').focus();
    await page.evaluate(() => window.scrollTo(0, 607));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(607);
    await page.evaluate((id) => (window as unknown as { send: (m: unknown) => void }).send({ type: 'conflict-map:select', id }), HAMA_EVENT);
    const fit = await fitted(inner!);
    expect(fit.whole, fit.detail).toBe(true);
    expect(fit.pointInside, fit.detail).toBe(true);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => ({ y: window.scrollY, focus: document.activeElement?.id }))).toEqual({ y: 607, focus: 'q' });
    await page.screenshot({ path: resolve(SCREENSHOTS, 'selection-host-keeps-focus.png') });
  });
});
