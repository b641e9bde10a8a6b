// The strict Content-Security-Policy is served (header and meta), the app runs under it, and a violation
// is caught: an inline script injected into the page is refused and reported.
import type { Browser } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openPage, serveDist, waitForMapIdle, type Watched } from './harness.ts';

describe('Content-Security-Policy', () => {
  let server: PreviewServer;
  let url: string;
  let browser: Browser;
  let w: Watched;

  beforeAll(async () => {
    ({ server, url } = await serveDist());
    browser = await launchChromium();
    w = await openPage(browser, { width: 1024, height: 800 });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((r) => (server ? server.httpServer.close(() => r()) : r()));
  });

  it('is strict in the header and the built page, and the app runs under it without violations', async () => {
    const res = await w.page.goto(url);
    const header = res?.headers()['content-security-policy'] ?? '';
    const meta = await w.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    for (const policy of [header, meta ?? '']) {
      expect(policy).toContain("default-src 'self'");
      expect(policy).toContain("worker-src 'self' blob:");
      expect(policy).not.toContain('unsafe-eval');
      expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    }
    await waitForMapIdle(w.page);
    expect(w.errors).toEqual([]);
  }, 120_000);

  it('refuses and reports an injected inline script', async () => {
    const violations = await w.page.evaluate(async () => {
      const seen: string[] = [];
      // The report is an event queued after the refusal, late on a loaded machine: wait for it (at most
      // 20 s), not for a fixed 100 ms. An inline script that is allowed runs at once, on append.
      const reported = new Promise<void>((resolve) =>
        document.addEventListener('securitypolicyviolation', (e) => {
          seen.push(e.violatedDirective);
          resolve();
        }),
      );
      const s = document.createElement('script');
      s.textContent = 'window.__ran = true';
      document.body.append(s);
      await Promise.race([reported, new Promise((r) => setTimeout(r, 20_000))]);
      return { seen, ran: (window as unknown as { __ran?: boolean }).__ran === true };
    });
    expect(violations.ran).toBe(false);
    expect(violations.seen.join()).toMatch(/script-src/);
    w.errors.length = 0; // the refusal was logged on purpose
  }, 120_000);
});
