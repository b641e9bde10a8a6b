// The iframe embed in `sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"` (the embed
// code's own sandbox) on a page of another origin: the embed's document has an opaque origin ("null"), so
// its scripts, data, font and worker are cross-origin fetches (served with Access-Control-Allow-Origin) and
// MapLibre's worker starts from a blob: URL. The host drives it over postMessage and the loader sizes it.
import { createServer, type Server } from 'node:http';
import type { Browser, Frame } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMBED_SANDBOX } from '../../src/app/embed/snippet.ts';
import { freePort, launchChromium, openPage, serveDist, type Watched } from './harness.ts';

interface Received {
  origin: string;
  data: Record<string, unknown> & { type: string };
}

const hostPage = (src: string, loader: string): string => `<!doctype html><html><head><meta charset="utf-8"><title>Host</title></head>
<body><h1>A news story</h1><p>Text above the map.</p>
<iframe id="cm" data-conflict-map sandbox="${EMBED_SANDBOX}" src="${src}" style="width:100%;border:0;height:200px" title="Conflict Map"></iframe>
<p>Text below the map.</p>
<script src="${loader}" async></script>
<script>
  window.received = [];
  window.addEventListener('message', (e) => {
    if (!e.data || typeof e.data.type !== 'string' || !e.data.type.startsWith('conflict-map:')) return;
    window.received.push({ origin: e.origin, data: e.data });
  });
  window.send = (msg) => document.getElementById('cm').contentWindow.postMessage(msg, '*');
</script></body></html>`;

describe('embed in a sandboxed iframe', () => {
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
    const embedSrc = `${url}embed.html?origins=${encodeURIComponent(hostUrl.slice(0, -1))}&title=${encodeURIComponent('Syria, August 2011')}`;
    host = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(hostPage(embedSrc, `${url}embed-loader.js`)));
    await new Promise<void>((r) => host.listen(port, '127.0.0.1', () => r()));
    browser = await launchChromium();
    w = await openPage(browser, { width: 800, height: 900 });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((r) => host?.close(() => r()));
    await new Promise<void>((r) => (server ? server.httpServer.close(() => r()) : r()));
  });

  const received = (): Promise<Received[]> => w.page.evaluate(() => (window as unknown as { received: Received[] }).received);
  const send = (msg: Record<string, unknown>): Promise<void> =>
    w.page.evaluate((m) => (window as unknown as { send: (m: unknown) => void }).send(m), msg);
  const lastState = async (): Promise<string[] | undefined> =>
    (await received()).filter((m) => m.data.type === 'conflict-map:state').at(-1)?.data.visible as string[] | undefined;

  it('runs with an opaque origin, draws the map (worker from a blob: URL), is driven over postMessage and sized by the loader', async () => {
    const { page } = w;
    await page.goto(hostUrl);
    let inner: Frame | undefined;
    await expect.poll(() => (inner = page.frames().find((f) => f.url().includes('embed.html'))) !== undefined).toBe(true);
    await inner!.waitForFunction(() => document.body?.dataset.mapReady === 'true', null, { timeout: 60_000 });
    await inner!.evaluate(() => window.__conflictMap?.idle());
    const inside = await inner!.evaluate(() => ({
      origin: self.origin,
      events: window.__conflictMap?.map.queryRenderedFeatures().filter((f) => f.source === 'events').length ?? 0,
    }));
    expect(inside.origin).toBe('null');
    expect(inside.events).toBeGreaterThan(0);

    // The height message arrives (from origin "null") and the loader sizes the frame.
    await expect.poll(async () => (await received()).some((m) => m.data.type === 'conflict-map:height')).toBe(true);
    expect((await received()).find((m) => m.data.type === 'conflict-map:height')?.origin).toBe('null');
    await expect.poll(() => page.locator('#cm').evaluate((el) => Number((el as HTMLIFrameElement).style.height.replace('px', '')))).toBeGreaterThan(300);

    // The host asks for the state, narrows the range, and sees fewer events and a rangechange.
    await send({ type: 'conflict-map:getState' });
    await expect.poll(lastState).toHaveLength(5);
    await send({ type: 'conflict-map:setRange', start: '2011-07-31', end: '2011-07-31' });
    await expect.poll(async () => (await received()).find((m) => m.data.type === 'conflict-map:rangechange')?.data).toMatchObject({ start: '2011-07-31', end: '2011-07-31' });
    await send({ type: 'conflict-map:getState' });
    await expect.poll(lastState).toEqual(['jpost-2011-08-06-syrian-army-defector-e9']);
    await expect.poll(() => page.frameLocator('#cm').getByTestId('event-count').innerText()).toMatch(/^Showing 1 of 5 events/);

    await inner!.evaluate(() => window.__conflictMap?.idle());
    await page.screenshot({ path: 'tests/e2e/screenshots/embed-sandbox.png', fullPage: true });
    expect(w.errors).toEqual([]);
    expect(w.external).toEqual([]);
  }, 120_000);

  it('"Open the full map" opens the app in a tab outside the sandbox, with the same dates', async () => {
    const { page, context } = w;
    const opened = context.waitForEvent('page');
    await page.frameLocator('#cm').locator('#embed-full-map').click();
    const tab = await opened;
    await tab.waitForFunction(() => document.body?.dataset.mapReady === 'true', null, { timeout: 60_000 });
    expect(new URL(tab.url()).pathname).toMatch(/\/index\.html$/);
    expect(new URL(tab.url()).hash).toContain('start=2011-07-31');
    expect(await tab.evaluate(() => self.origin)).toBe(url.slice(0, -1));
    await tab.close();
    expect(w.errors).toEqual([]);
  }, 120_000);

  it('the embed code asks for this sandbox and offers the static image in <noscript>', async () => {
    const { page } = w;
    await page.goto(url);
    await page.waitForFunction(() => document.body?.dataset.mapReady === 'true', null, { timeout: 60_000 });
    await page.locator('#share summary').click();
    await expect.poll(() => page.getByTestId('embed-code').inputValue()).toContain(`<noscript><img src="${url}embed-fallback.png"`);
    const code = await page.getByTestId('embed-code').inputValue();
    expect(code).toContain(`sandbox="${EMBED_SANDBOX}"`);
    const png = await page.request.get(`${url}embed-fallback.png`);
    expect(png.headers()['content-type']).toBe('image/png');
    expect((await png.body()).subarray(1, 4).toString()).toBe('PNG');
  }, 120_000);
});
