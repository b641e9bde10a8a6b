// Mixed scripts in the Arabic interface: a place with no Arabic name keeps its English name, isolated inside
// the Arabic words ("⁨Syria⁩ (على مستوى البلاد)"), and reads right to left with its brackets the right way
// round on the map, in the table and in the popup; the heatmap's ramp runs from "Fewer" at the right.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { EventFeature } from '../../src/shared/schema.ts';
import { DIST, SCREENSHOTS, launchChromium, openPage, serveDist, waitForMapIdle, type Watched } from './harness.ts';

let server: PreviewServer;
let url: string;
let browser: Browser;
let w: Watched | undefined;
const NO_ARABIC = resolve(DIST, 'data/no-arabic-names.geojson');
let countryWide: EventFeature;

beforeAll(async () => {
  // The project's events with their Arabic names taken away (as data from another gazetteer would come).
  const fc = JSON.parse(readFileSync(resolve(DIST, 'data/events.geojson'), 'utf8')) as { features: EventFeature[] };
  for (const f of fc.features) delete f.properties.place.name_ar;
  writeFileSync(NO_ARABIC, JSON.stringify(fc));
  countryWide = fc.features.find((f) => f.properties.geo_precision === 'country' && f.properties.date_start !== null)!;
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
  rmSync(NO_ARABIC, { force: true });
});

const ISOLATED = '\u2068Syria\u2069 (على مستوى البلاد)';

/** Where, left to right on the screen, the name and the Arabic words of an element's text are drawn. */
function layoutOf(page: Page, selector: string): Promise<{ text: string; name: number; words: number; direction: string }> {
  return page.evaluate((selector) => {
    const el = document.querySelector(selector)!;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const node = walker.nextNode() as Text;
    const x = (needle: string): number => {
      const r = document.createRange();
      const at = node.data.indexOf(needle);
      r.setStart(node, at);
      r.setEnd(node, at + needle.length);
      return r.getBoundingClientRect().left;
    };
    return { text: el.textContent ?? '', name: x('Syria'), words: x('على مستوى البلاد'), direction: getComputedStyle(el).direction };
  }, selector);
}

describe('mixed scripts in Arabic', () => {
  it('a country-wide place with no Arabic name: the Arabic words around the isolated name, right to left, on the map, in the table and in the popup', async () => {
    w = await openPage(browser, { width: 1440, height: 900 });
    const { page } = w;
    await page.goto(`${url}?data=data/no-arabic-names.geojson#lang=ar&event=${countryWide.properties.id}&map=6/35/38`);
    await waitForMapIdle(page);
    // The map's label: what MapLibre lays out (bidi-js, as tests/app/lang-labels.test.ts checks).
    const labels = await page.evaluate(() => window.__conflictMap!.map.queryRenderedFeatures({ layers: ['events-labels-area'] }).map((f) => String(f.properties.label_ar ?? '')));
    expect(labels).toContain(ISOLATED);
    // MapLibre draws each glyph on an OffscreenCanvas, which Chromium sets right to left under <html dir="rtl">:
    // every bracket on the map came out mirrored ("Syria )country-wide("). The page keeps dir on the body.
    const glyphs = await page.evaluate(() => {
      const draw = (c: OffscreenCanvas | HTMLCanvasElement): string => {
        const ctx = c.getContext('2d') as CanvasRenderingContext2D;
        ctx.font = '40px sans-serif';
        ctx.fillText('(', 10, 40);
        return Array.from(ctx.getImageData(0, 0, 50, 50).data.filter((_, i) => i % 4 === 3)).join(',');
      };
      const element = document.createElement('canvas');
      element.width = element.height = 50;
      return { rootDir: document.documentElement.dir, same: draw(new OffscreenCanvas(50, 50)) === draw(element) };
    });
    expect(glyphs).toEqual({ rootDir: '', same: true });
    // The table and the popup: the same words, the name at the right where an Arabic reader starts.
    const row = `[data-testid="event-table"] tbody tr[data-id="${countryWide.properties.id}"] th`;
    await expect.poll(() => page.locator(row).count()).toBe(1);
    for (const selector of [row, '.cm-popup-wrap .cm-popup__place']) {
      const l = await layoutOf(page, selector);
      expect(l.text, selector).toBe(ISOLATED);
      expect(l.direction, selector).toBe('rtl');
      expect(l.name, `${selector}: the name right of the words`).toBeGreaterThan(l.words);
    }
    await page.locator('.cm-map-wrap').screenshot({ path: resolve(SCREENSHOTS, 'arabic-no-arabic-name.png') });
    expect(w.errors).toEqual([]);
  });

  it('the heatmap legend in Arabic reads from the right: "Fewer" at the right, pale there, dark red at the left by "More deaths"', async () => {
    w = await openPage(browser, { width: 1440, height: 900 });
    const { page } = w;
    await page.goto(`${url}#lang=ar&overlay=heatmap`);
    await waitForMapIdle(page);
    const row = page.locator('.cm-overlay-ramp-row');
    await expect.poll(() => row.isVisible()).toBe(true);
    const [fewer, ramp, more] = await Promise.all(['span:nth-child(1)', '.cm-overlay-ramp', 'span:nth-child(3)'].map(async (s) => (await row.locator(s).boundingBox())!));
    expect(await row.locator('span:nth-child(1)').innerText()).toBe('أقل');
    expect(fewer!.x).toBeGreaterThan(ramp!.x + ramp!.width - 1);
    expect(more!.x + more!.width).toBeLessThan(ramp!.x + 1);
    const png = await row.locator('.cm-overlay-ramp').screenshot();
    const ends = await page.evaluate(async (b64) => {
      const bmp = await createImageBitmap(new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' }));
      const ctx = new OffscreenCanvas(bmp.width, bmp.height).getContext('2d')!;
      ctx.drawImage(bmp, 0, 0);
      const y = Math.floor(bmp.height / 2);
      const px = (x: number): number[] => Array.from(ctx.getImageData(x, y, 1, 1).data.slice(0, 3));
      return { left: px(4), right: px(bmp.width - 5) };
    }, png.toString('base64'));
    const light = (rgb: number[]): number => rgb.reduce((a, b) => a + b, 0);
    expect(light(ends.right), 'pale at the right, by "Fewer"').toBeGreaterThan(light(ends.left) + 300);
    expect(ends.left[0]! - ends.left[2]!, 'dark red at the left, by "More deaths"').toBeGreaterThan(80);
    await row.screenshot({ path: resolve(SCREENSHOTS, 'arabic-heat-legend.png') });
    expect(w.errors).toEqual([]);
  });
});
