// Shared e2e plumbing: serve dist/ with Vite's preview server on a free local port, and open
// Chromium through playwright-core with every non-local request blocked and recorded.
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { vi } from 'vitest';

export const ROOT = resolve(import.meta.dirname, '../..');
// CM_DIST lets several checkouts' test runs build and serve apart (e.g. `vite build --outDir /tmp/d`).
export const DIST = resolve(ROOT, process.env.CM_DIST ?? 'dist');
export const SCREENSHOTS = resolve(ROOT, 'tests/e2e/screenshots');

/**
 * How long a wait may take. On a loaded 2-core CI machine drawing with SwiftShader, one round trip to the
 * page can take seconds, and loading and drawing the map tens of seconds: `expect.poll` (vitest's default:
 * 1 s) and Playwright's waits (30 s) gave up too soon. Every e2e file imports this harness, so the poll
 * default is set here for all of them (vitest resets it after each file, and imports the harness again for
 * the next); pages opened with `openPage` get WAIT as their Playwright default.
 */
export const WAIT = 60_000;
vi.setConfig({ expect: { poll: { timeout: 30_000, interval: 100 } } });

const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => ok(port));
    });
  });
}

export async function serveDist(): Promise<{ server: PreviewServer; url: string }> {
  if (!existsSync(resolve(DIST, 'index.html')))
    throw new Error('dist/ is missing: run `npm run build` first (npm run test:e2e does).');
  const port = await freePort();
  const server = await preview({
    root: ROOT,
    configFile: resolve(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: DIST },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  return { server, url: `http://127.0.0.1:${port}/` };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: CHROME_ARGS });
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * True for the page's own server and for in-page data: / blob: URLs. A URL that does not parse (Chromium
 * reports a worker that failed to start as a request for '') is not known to be local: it is counted as
 * external, never thrown from inside Playwright's event handlers, where it would escape the test.
 */
export function isLocal(url: string): boolean {
  if (!URL.canParse(url)) return false;
  const u = new URL(url);
  if (u.protocol === 'data:' || u.protocol === 'blob:') return true;
  return LOCAL_HOSTS.has(u.hostname);
}

export interface Watched {
  context: BrowserContext;
  page: Page;
  /** Uncaught page errors and console errors. */
  errors: string[];
  /** Requests to anything but localhost: blocked, and a test failure. */
  external: string[];
  /** Every URL requested. */
  requests: string[];
}

export async function openPage(
  browser: Browser,
  viewport: { width: number; height: number },
  isMobile = false,
): Promise<Watched> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, isMobile, hasTouch: isMobile });
  context.setDefaultTimeout(WAIT);
  context.setDefaultNavigationTimeout(WAIT);
  const errors: string[] = [];
  const external: string[] = [];
  const requests: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    external.push(url);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console.error: ${msg.text()}`);
  });
  context.on('request', (req) => {
    requests.push(req.url());
    if (!isLocal(req.url()) && !external.includes(req.url())) external.push(req.url());
  });
  return { context, page, errors, external, requests };
}

/** Waits until the app has started and the map has drawn everything asked of it. */
export async function waitForMapIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.body?.dataset.mapReady === 'true' && window.__conflictMap !== undefined, null, {
    timeout: WAIT,
  });
  await page.evaluate(() => window.__conflictMap?.idle());
}

/**
 * The events the map's markers (the GPU custom layer, src/app/map/gpu/points.ts) draw once the map is idle,
 * as the map's flat properties (id, type, prec, toll, geonameid, country…): anywhere in the view, or the
 * markers under the point [lng, lat]. What a test asks of the markers, as it asked MapLibre's layers before.
 */
export async function drawnMarkers(page: Page, at?: [number, number]): Promise<Record<string, unknown>[]> {
  return page.evaluate(async (at) => {
    const hook = window.__conflictMap;
    const points = window.__conflictPoints;
    if (!hook || !points) throw new Error('no map or markers');
    await hook.idle();
    return points.drawnEvents(at ? hook.map.project(at) : undefined).map((p) => ({ ...p }));
  }, at);
}
