// The embed: embed.html on its own, with the host API on the page; and inside an iframe on a page from
// another origin (a second localhost port) that drives it over postMessage and sees the height arrive.
import { createServer, type Server } from 'node:http';
import type { Browser } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WAIT, freePort, launchChromium, openPage, serveDist, waitForMapIdle, type Watched } from './harness.ts';

const hostPage = (src: string, loader: string): string => `<!doctype html><html><head><meta charset="utf-8"><title>Host</title></head>
<body><h1>A news story</h1><p>Text above the map.</p>
<iframe id="cm" data-conflict-map src="${src}" style="width:100%;border:0;height:200px" title="Conflict Map"></iframe>
<script src="${loader}" async></script>
<script>
  window.received = [];
  window.addEventListener('message', (e) => {
    if (!e.data || typeof e.data.type !== 'string' || !e.data.type.startsWith('conflict-map:')) return;
    window.received.push({ origin: e.origin, data: e.data });
  });
  window.send = (msg) => document.getElementById('cm').contentWindow.postMessage(msg, '*');
</script></body></html>`;

describe('embed', () => {
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
    const embedSrc = `${url}embed.html?origins=${encodeURIComponent(hostUrl.slice(0, -1))}&title=${encodeURIComponent('<b>Syria, August 2011</b>')}`;
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

  it('embed.html has the map, the timeline and the host API on the page', async () => {
    const { page } = w;
    await page.goto(`${url}embed.html?title=${encodeURIComponent('<img src=x onerror=alert(1)>')}#start=2011-08-05&end=2011-08-05`);
    await waitForMapIdle(page);
    expect(await page.locator('#embed-title').innerText()).toBe('<img src=x onerror=alert(1)>');
    expect(await page.locator('.cm-header').count()).toBe(0);
    const api = await page.evaluate(() => ({ range: window.conflictMap!.getRange(), visible: window.conflictMap!.visibleEventIds().length }));
    expect(api.range).toEqual({ start: '2011-08-05', end: '2011-08-05' });
    await page.evaluate(() => window.conflictMap!.setRange(null, null));
    await expect.poll(() => page.getByTestId('event-count').innerText()).toMatch(/^Showing all/);
    // The link follows the hash, whose date-only writes are throttled (100 ms): it updates just after the count.
    await expect.poll(() => page.locator('#embed-full-map').getAttribute('href')).toBe('./index.html');
    await page.evaluate(() => window.__conflictMap?.idle());
    await page.screenshot({ path: 'tests/e2e/screenshots/embed.png' });
  }, 120_000);

  it('the full app gives the embed code for its current state', async () => {
    const { page } = w;
    await page.goto(`${url}#start=2011-08-05&end=2011-08-05`);
    await waitForMapIdle(page);
    await page.locator('#share summary').click();
    const code = await page.getByTestId('embed-code').inputValue();
    expect(code).toContain(`<iframe data-conflict-map src="${url}embed.html#start=2011-08-05&amp;end=2011-08-05"`);
    expect(code).toContain(`<script src="${url}embed-loader.js" async></script>`);
  }, 120_000);

  it('an iframe on another origin is driven over postMessage and reports its height and range', async () => {
    const { page } = w;
    await page.goto(hostUrl);
    const frame = page.frameLocator('#cm');
    await frame.getByTestId('event-count').waitFor();
    await expect.poll(() => page.evaluate(() => (window as unknown as { received: Array<{ data: { type: string } }> }).received.some((m) => m.data.type === 'conflict-map:height'))).toBe(true);
    await page.evaluate(() => (window as unknown as { send: (m: unknown) => void }).send({ type: 'conflict-map:setRange', start: '2011-08-05', end: '2011-08-05' }));
    await expect.poll(() => frame.getByTestId('event-count').innerText()).toMatch(/^Showing \d+ of \d+ events/);
    // The rangechange message crosses to the host page (another process) after the frame has drawn its
    // count: wait for it to arrive.
    const rangechange = async (): Promise<{ origin: string; data: Record<string, unknown> } | undefined> =>
      (await page.evaluate(() => (window as unknown as { received: Array<{ origin: string; data: Record<string, unknown> }> }).received)).find(
        (m) => m.data.type === 'conflict-map:rangechange',
      );
    await expect.poll(async () => (await rangechange())?.data).toMatchObject({ start: '2011-08-05', end: '2011-08-05' });
    expect((await rangechange())?.origin).toBe(url.slice(0, -1));
    // The loader script sized the iframe from the height messages.
    await expect.poll(() => page.locator('#cm').evaluate((el) => Number((el as HTMLIFrameElement).style.height.replace('px', '')))).toBeGreaterThan(300);
    const inner = page.frames().find((f) => f.url().includes('embed.html'));
    expect(inner, 'the embed frame').toBeDefined();
    await inner!.waitForFunction(() => document.body?.dataset.mapReady === 'true', null, { timeout: WAIT });
    await inner!.evaluate(() => window.__conflictMap?.idle());
    await page.screenshot({ path: 'tests/e2e/screenshots/embed-host.png', fullPage: true });
    expect(w.errors).toEqual([]);
  }, 120_000);
});
