// The <conflict-map> web component (dist/lib/conflict-map.js) on a page of another origin (a second
// localhost port) that serves a strict CSP of its own: the element loads, draws, answers the host API,
// reflects its range in its attributes both ways, and dispatches its DOM events. Then the scrollytelling
// example, whose steps drive the element as the page scrolls.
import { createServer, type Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConflictMapElement } from '../../src/app/embed/element.ts';
import { WAIT, freePort, launchChromium, openPage, serveDist, type Watched } from './harness.ts';

const HAMA = 'jpost-2011-08-06-syrian-army-defector-e9';

const hostPage = (origin: string): string => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<script type="module" src="${origin}/lib/conflict-map.js"></script></head>
<body><h1>A news story</h1><p>Text above the map.</p>
<conflict-map id="m" src="${origin}/data/events.geojson" start="2011-07-31" end="2011-08-06" overlay="circles"></conflict-map>
<p>Text below the map.</p></body></html>`;

// The host's own policy: nothing inline, scripts, styles, data and fonts from itself and the map's origin.
const hostCsp = (origin: string): string =>
  [
    "default-src 'self'",
    `script-src 'self' ${origin}`,
    `style-src 'self' ${origin}`,
    `connect-src 'self' ${origin} data: blob:`,
    `font-src 'self' ${origin} data:`,
    "img-src 'self' data: blob:",
    "worker-src 'self' blob:",
    "object-src 'none'",
  ].join('; ');

type El = ConflictMapElement;
const el = (page: Page) => page.locator('conflict-map');

describe('<conflict-map> web component', () => {
  let server: PreviewServer;
  let url: string;
  let host: Server;
  let hostUrl: string;
  let browser: Browser;
  let w: Watched;

  beforeAll(async () => {
    ({ server, url } = await serveDist());
    const port = await freePort();
    hostUrl = `http://localhost:${port}/`;
    const origin = url.slice(0, -1);
    host = createServer((_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html', 'content-security-policy': hostCsp(origin) }).end(hostPage(origin)),
    );
    await new Promise<void>((r) => host.listen(port, '127.0.0.1', () => r()));
    browser = await launchChromium();
    w = await openPage(browser, { width: 900, height: 900 });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((r) => host?.close(() => r()));
    await new Promise<void>((r) => (server ? server.httpServer.close(() => r()) : r()));
  });

  it('loads from another origin under the host page\'s strict CSP, draws, and answers the host API', async () => {
    const { page } = w;
    const violations: string[] = [];
    page.on('console', (m) => m.text().includes('Content Security Policy') && violations.push(m.text()));
    await page.goto(hostUrl);
    await page.waitForFunction(() => document.querySelector('conflict-map')?.dataset.ready === 'true', null, { timeout: WAIT });
    const first = await el(page).evaluate((e: El) => ({ range: e.getRange(), visible: e.visibleEventIds(), layers: e.map?.getStyle().layers.length ?? 0 }));
    expect(first.range).toEqual({ start: '2011-07-31', end: '2011-08-06' });
    expect(first.visible).toContain(HAMA);
    expect(first.layers).toBeGreaterThan(3);
    // The worker ran (features are queryable only once it has tiled the data, and drawn once the map is idle).
    const rendered = (): Promise<number> =>
      el(page).evaluate(async (e: El) => {
        await new Promise((r) => {
          e.map!.once('idle', r);
          e.map!.triggerRepaint();
        });
        return e.map?.queryRenderedFeatures().filter((f) => f.source === 'events').length ?? 0;
      });
    await expect.poll(rendered).toBeGreaterThan(0);

    // setRange → fewer events, rangechange event, attributes reflect it.
    const after = await el(page).evaluate((e: El) => {
      const seen: unknown[] = [];
      e.addEventListener('rangechange', (ev) => seen.push((ev as CustomEvent).detail));
      e.setRange('2011-07-31', '2011-07-31');
      return { visible: e.visibleEventIds(), seen, start: e.getAttribute('start'), end: e.getAttribute('end') };
    });
    expect(after.visible).toEqual([HAMA]);
    expect(after.visible.length).toBeLessThan(first.visible.length);
    expect(after.seen).toEqual([{ start: '2011-07-31', end: '2011-07-31' }]);
    expect([after.start, after.end]).toEqual(['2011-07-31', '2011-07-31']);
    await expect.poll(() => page.getByTestId('event-count').innerText()).toMatch(/^Showing 1 of 5 events/);

    // Attributes → state: both set in one go, applied together.
    const fromAttrs = await el(page).evaluate(async (e: El) => {
      e.setAttribute('start', '2011-08-05');
      e.setAttribute('end', '2011-08-05');
      await Promise.resolve();
      return { range: e.getRange(), visible: e.visibleEventIds().length };
    });
    expect(fromAttrs).toEqual({ range: { start: '2011-08-05', end: '2011-08-05' }, visible: 2 });
    const cleared = await el(page).evaluate(async (e: El) => {
      e.removeAttribute('start');
      e.removeAttribute('end');
      await Promise.resolve();
      return e.visibleEventIds().length;
    });
    expect(cleared).toBe(5);
    expect(violations).toEqual([]);
    expect(w.errors).toEqual([]);
    expect(w.external).toEqual([]);
  }, 120_000);

  it('brushing the timeline from the keyboard rewrites start and end', async () => {
    const { page } = w;
    await page.locator('conflict-map .cm-timeline__brush').focus();
    await page.keyboard.press('ArrowRight'); // nothing selected: the first day
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => el(page).evaluate((e) => [e.getAttribute('start'), e.getAttribute('end')])).toEqual(['2011-08-01', '2011-08-01']);
    await page.keyboard.press('Escape');
    await expect.poll(() => el(page).evaluate((e) => e.hasAttribute('start') || e.hasAttribute('end'))).toBe(false);
  }, 120_000);

  it('flies, selects (with a select event and the popup) and switches overlay from its attribute', async () => {
    const { page } = w;
    const selected = await el(page).evaluate(async (e: El) => {
      const seen: unknown[] = [];
      const off = e.on('select', (d) => seen.push(d));
      const moved = new Promise((r) => e.map?.once('moveend', r));
      e.flyTo({ center: [36.76, 35.13], zoom: 7 });
      await moved;
      e.select('jpost-2011-08-06-syrian-army-defector-e9');
      off();
      const c = e.map!.getCenter();
      return { seen, center: [c.lng, c.lat], zoom: e.map!.getZoom() };
    });
    expect(selected.seen).toEqual([{ id: HAMA }]);
    expect(selected.center[0]).toBeCloseTo(36.76, 1);
    expect(selected.zoom).toBeCloseTo(7, 1);
    await expect.poll(() => page.locator('conflict-map .maplibregl-popup').count()).toBe(1);
    await el(page).evaluate(async (e: El) => {
      await new Promise((r) => {
        e.map!.once('idle', r);
        e.map!.triggerRepaint();
      });
    });
    await page.screenshot({ path: 'tests/e2e/screenshots/embed-component.png', fullPage: true });
    await el(page).evaluate((e: El) => e.setAttribute('overlay', 'heatmap'));
    await expect.poll(() => el(page).evaluate((e: El) => e.map?.getLayoutProperty('overlay-heatmap', 'visibility'))).toBe('visible');
    expect(w.errors).toEqual([]);
  }, 120_000);

  it('the scrollytelling example: each step sets the dates and the view as it scrolls into the middle', async () => {
    const { page } = w;
    await page.goto(`${url}examples/scrolly.html`);
    await page.waitForFunction(() => document.querySelector('conflict-map')?.dataset.ready === 'true', null, { timeout: WAIT });
    const steps = page.locator('.story__step');
    expect(await steps.count()).toBeGreaterThanOrEqual(5);
    await steps.nth(1).scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, 120));
    await expect.poll(() => page.evaluate(() => document.body.dataset.step)).toBe('1');
    await expect.poll(() => el(page).evaluate((e: El) => e.getRange())).toEqual({ start: '2011-07-31', end: '2011-08-06' });
    await expect.poll(() => el(page).evaluate((e: El) => Math.round((e.map?.getZoom() ?? 0) * 10) / 10), { timeout: WAIT }).toBe(7);
    await el(page).evaluate(async (e: El) => new Promise((r) => { e.map!.once('idle', r); e.map!.triggerRepaint(); }));
    await page.screenshot({ path: 'tests/e2e/screenshots/embed-scrolly-hama.png' });
    await steps.nth(3).scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, 120));
    await expect.poll(() => page.evaluate(() => document.body.dataset.step)).toBe('3');
    await expect.poll(() => el(page).evaluate((e: El) => e.visibleEventIds().length)).toBe(5);
    await expect.poll(() => el(page).evaluate((e: El) => Math.round(e.map!.getCenter().lat * 10) / 10), { timeout: WAIT }).toBe(32.6);
    await el(page).evaluate(async (e: El) => new Promise((r) => { e.map!.once('idle', r); e.map!.triggerRepaint(); }));
    await page.screenshot({ path: 'tests/e2e/screenshots/embed-scrolly-deraa.png' });
    expect(w.errors).toEqual([]);
  }, 120_000);
});
