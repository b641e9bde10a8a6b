// The README's screenshots, from the built app: desktop, phone, dark and Arabic. Written to
// docs/screenshots/ (committed); small viewports keep the files small.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, launchChromium, openPage, serveDist, waitForMapIdle } from './harness.ts';

const OUT = resolve(ROOT, 'docs/screenshots');
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 375, height: 667 };

let server: PreviewServer;
let url: string;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  ({ server, url } = await serveDist());
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function shoot(name: string, viewport: { width: number; height: number }, hash: string, options: { dark?: boolean; phone?: boolean } = {}): Promise<void> {
  const w = await openPage(browser, viewport, options.phone ?? false);
  try {
    await w.page.emulateMedia({ colorScheme: options.dark ? 'dark' : 'light' });
    await w.page.goto(`${url}#${hash}`);
    await waitForMapIdle(w.page);
    await w.page.evaluate(() => document.fonts.ready);
    // On a wide screen, the map and the timeline under it; on a phone, the page's top.
    if (!options.phone) await w.page.evaluate(() => window.scrollTo(0, (document.querySelector<HTMLElement>('.cm-map-wrap')?.offsetTop ?? 0) - 12));
    await w.page.screenshot({ path: resolve(OUT, `${name}.png`) });
    expect(w.errors).toEqual([]);
    expect(w.external).toEqual([]);
  } finally {
    await w.context.close();
  }
}

describe('README screenshots', () => {
  it('desktop', () => shoot('desktop', DESKTOP, 'map=5.6/34.6/37.6'));
  it('phone', () => shoot('phone', PHONE, 'map=5.2/34.6/37.2', { phone: true }));
  it('dark', () => shoot('dark', DESKTOP, 'map=5.6/34.6/37.6', { dark: true }));
  it('arabic', () => shoot('arabic', DESKTOP, 'map=5.6/34.6/37.6&lang=ar'));
});
