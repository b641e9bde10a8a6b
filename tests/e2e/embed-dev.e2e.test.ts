// The embed code under `npm start` (Vite's dev server): the sandboxed iframe has an opaque origin, so every
// module, the data, the font and the worker are cross-origin requests from origin "null". The dev server
// must answer them (vite.config.ts, server.cors), and a frame whose scripts cannot load says why.
import { spawn } from 'node:child_process';
import { createServer as httpServer, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMBED_SANDBOX } from '../../src/app/embed/snippet.ts';
import { freePort, launchChromium, openPage, ROOT, WAIT } from './harness.ts';

const hostPage = (src: string): string => `<!doctype html><html><head><meta charset="utf-8"><title>Host</title></head>
<body><h1>A news story</h1>
<iframe id="cm" data-conflict-map sandbox="${EMBED_SANDBOX}" src="${src}" style="width:100%;border:0;height:640px" title="Conflict Map"></iframe>
</body></html>`;

async function devServer(cacheDir: string, cors?: false): Promise<{ server: ViteDevServer; url: string }> {
  const port = await freePort();
  const server = await createServer({
    root: ROOT,
    configFile: resolve(ROOT, 'vite.config.ts'),
    logLevel: 'error',
    cacheDir,
    server: { host: '127.0.0.1', port, strictPort: true, open: false, hmr: false, ...(cors === false ? { cors: false } : {}) },
  });
  await server.listen();
  return { server, url: `http://127.0.0.1:${port}/` };
}

/**
 * The dev server as `NODE_ENV=production npm start` runs it (a shell of a server or a container often sets it;
 * so does a script that started Vite's preview server first): a process of its own, in which Vite's
 * `import.meta.env.DEV` is false.
 */
async function devServerInProduction(cacheDir: string): Promise<{ close: () => Promise<unknown>; url: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--input-type=module', '-e', `
    const { createServer } = await import('vite');
    const s = await createServer({ root: ${JSON.stringify(ROOT)}, configFile: ${JSON.stringify(resolve(ROOT, 'vite.config.ts'))}, logLevel: 'error', cacheDir: ${JSON.stringify(cacheDir)}, server: { host: '127.0.0.1', port: ${port}, strictPort: true, open: false, hmr: false } });
    await s.listen();
    console.log('listening');`], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } });
  await new Promise<void>((ok, fail) => {
    child.stdout.on('data', (d) => String(d).includes('listening') && ok());
    child.on('exit', (code) => fail(new Error(`the dev server exited (${code})`)));
  });
  return { close: () => new Promise((r) => (child.once('exit', r), child.kill())), url: `http://127.0.0.1:${port}/` };
}

async function hostOn(src: string): Promise<{ host: Server; url: string }> {
  const port = await freePort();
  const host = httpServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(hostPage(src)));
  await new Promise<void>((r) => host.listen(port, '127.0.0.1', () => r()));
  return { host, url: `http://localhost:${port}/` };
}

async function embedFrame(page: Page): Promise<Frame> {
  let inner: Frame | undefined;
  await expect.poll(() => (inner = page.frames().find((f) => f.url().includes('embed.html'))) !== undefined).toBe(true);
  return inner!;
}

describe('the embed code under the dev server (npm start)', () => {
  let browser: Browser;
  const cacheDir = mkdtempSync(join(tmpdir(), 'cm-vite-cache-'));
  const closers: (() => Promise<unknown>)[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    for (const close of closers.reverse()) await close().catch(() => undefined);
    await browser?.close();
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it('draws the map in a sandboxed iframe on a page of another origin (modules, data, font and worker answer origin "null")', async () => {
    const { server, url } = await devServer(cacheDir);
    closers.push(() => server.close());
    const { host, url: hostUrl } = await hostOn(`${url}embed.html#start=2011-07-31&end=2011-08-06`);
    closers.push(() => new Promise((r) => host.close(r)));
    const w = await openPage(browser, { width: 900, height: 900 });
    await w.page.goto(hostUrl);
    const inner = await embedFrame(w.page);
    await inner.waitForFunction(() => document.body?.dataset.mapReady === 'true', null, { timeout: 110_000 });
    await inner.evaluate(() => window.__conflictMap?.idle());
    const inside = await inner.evaluate(() => ({
      origin: self.origin,
      events: window.__conflictMap?.map.queryRenderedFeatures().filter((f) => f.source === 'events').length ?? 0,
      styled: getComputedStyle(document.querySelector('.cm-map-wrap')!).position,
    }));
    expect(inside.origin).toBe('null');
    expect(inside.events).toBeGreaterThan(0);
    expect(inside.styled).not.toBe('static');
    expect(await w.page.frameLocator('#cm').getByTestId('event-count').innerText()).toMatch(/^Showing \d+ of \d+ events/);
    await w.page.screenshot({ path: 'tests/e2e/screenshots/embed-dev.png' });
    expect(w.errors).toEqual([]);
    await w.context.close();
  }, 180_000);

  it('also under NODE_ENV=production npm start: MapLibre\'s worker starts in the sandboxed frame (it failed: "Worker failed to load")', async () => {
    const { close, url } = await devServerInProduction(join(cacheDir, 'production'));
    closers.push(close);
    // The embed code the app gives: origins= in the query, embed-loader.js from the same server.
    const src = `${url}embed.html?origins=${encodeURIComponent('http://localhost')}#start=2011-07-31&end=2011-08-06`;
    const { host, url: hostUrl } = await hostOn(src);
    closers.push(() => new Promise((r) => host.close(r)));
    const w = await openPage(browser, { width: 900, height: 900 });
    await w.page.goto(hostUrl);
    const inner = await embedFrame(w.page);
    await inner.waitForFunction(() => document.body?.dataset.mapReady === 'true', null, { timeout: 110_000 });
    await inner.evaluate(() => window.__conflictMap?.idle());
    const events = await inner.evaluate(() => window.__conflictMap?.map.queryRenderedFeatures().filter((f) => f.source === 'events').length ?? 0);
    expect(events).toBeGreaterThan(0);
    expect(await inner.evaluate(() => self.origin)).toBe('null');
    expect(w.errors).toEqual([]);
    await w.context.close();
  }, 180_000);

  it('a frame whose scripts are refused (no CORS header) says why inside the frame instead of "Loading events…"', async () => {
    const { server, url } = await devServer(cacheDir, false);
    closers.push(() => server.close());
    const { host, url: hostUrl } = await hostOn(`${url}embed.html`);
    closers.push(() => new Promise((r) => host.close(r)));
    const w = await openPage(browser, { width: 900, height: 700 });
    await w.page.goto(hostUrl);
    const frame = w.page.frameLocator('#cm');
    await expect.poll(() => frame.locator('#status').innerText(), { timeout: WAIT }).toMatch(/could not be loaded/i);
    const text = await frame.locator('#status').innerText();
    expect(text).toContain('Access-Control-Allow-Origin');
    expect(await frame.locator('#status').isVisible()).toBe(true);
    expect(await frame.getByTestId('event-count').innerText()).not.toBe('Loading events…');
    await w.page.screenshot({ path: 'tests/e2e/screenshots/embed-load-failed.png' });
    // In Arabic (lang=ar in its hash) the frame says it in Arabic, right to left.
    const { host: hostAr, url: hostArUrl } = await hostOn(`${url}embed.html#lang=ar`);
    closers.push(() => new Promise((r) => hostAr.close(r)));
    await w.page.goto(hostArUrl);
    const frameAr = w.page.frameLocator('#cm');
    await expect.poll(() => frameAr.locator('#status').innerText(), { timeout: WAIT }).toMatch(/^تعذّر تحميل الخريطة: /);
    expect(await frameAr.locator('#status').innerText()).toContain('Access-Control-Allow-Origin');
    expect(await frameAr.locator('#status').getAttribute('dir')).toBe('rtl');
    expect(await frameAr.getByTestId('event-count').innerText()).toBe('تعذّر تحميل الخريطة.');
    // The frame's own words are in Arabic too, right to left: no "From", "To", "All dates", "Legend" left.
    const inner = await embedFrame(w.page);
    const page = await inner.evaluate(() => {
      const status = document.getElementById('status')!;
      const words: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode())
        if (!status.contains(n) && n.parentElement?.getClientRects().length) words.push(...(n.textContent!.match(/[A-Za-z][A-Za-z-]*/g) ?? []));
      const labels = [...document.querySelectorAll('[aria-label], input[placeholder]')].map((el) => el.getAttribute('aria-label') ?? (el as HTMLInputElement).placeholder);
      return { dir: document.body.dir, lang: document.documentElement.lang, words: [...new Set(words)].sort(), latinLabels: labels.filter((l) => /[A-Za-z]/.test(l)) };
    });
    expect(page).toEqual({ dir: 'rtl', lang: 'ar', words: ['BY', 'CC', 'Earth', 'GeoNames', 'Natural'], latinLabels: [] });
    expect(await frameAr.getByText('كل التواريخ').isVisible()).toBe(true);
    await w.page.screenshot({ path: 'tests/e2e/screenshots/embed-load-failed-ar.png' });
    await w.context.close();
  }, 180_000);
});
