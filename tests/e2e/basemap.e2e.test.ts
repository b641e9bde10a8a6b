// The basemap has no seams: where world-atlas joins land across the antimeridian (Chukotka, Fiji) a flat map
// drew a band of land right round the world (over the Norwegian Sea at 65°–69°N). Open sea is drawn in the
// ocean's colour, and land next to it in the land's, read from the pixels of a screenshot.
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOTS, launchChromium, openPage, serveDist, waitForMapIdle, type Watched } from './harness.ts';

let server: PreviewServer;
let url: string;
let browser: Browser;
let w: Watched;

beforeAll(async () => {
  ({ server, url } = await serveDist());
  browser = await launchChromium();
  w = await openPage(browser, { width: 1280, height: 900 });
  await w.page.goto(url);
  await waitForMapIdle(w.page);
});
afterAll(async () => {
  await w?.context.close();
  await browser?.close();
  await server?.close();
});

type LngLat = [number, number];

/** The map at a view, a screenshot of it, and the colour (#rrggbb) of the pixel over each place. */
async function coloursAt(page: Page, center: LngLat, zoom: number, places: LngLat[], shot: string): Promise<string[]> {
  await page.evaluate(([c, z]) => window.__conflictMap!.map.jumpTo({ center: c as LngLat, zoom: z as number }), [center, zoom] as const);
  await page.evaluate(() => window.__conflictMap!.idle());
  const box = (await page.locator('.cm-map').boundingBox())!;
  const bytes = await page.screenshot({ path: resolve(SCREENSHOTS, shot) });
  return page.evaluate(
    async ({ b64, places, box }) => {
      const bin = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bmp = await createImageBitmap(new Blob([bin], { type: 'image/png' }));
      const ctx = new OffscreenCanvas(bmp.width, bmp.height).getContext('2d')!;
      ctx.drawImage(bmp, 0, 0);
      return places.map((p) => {
        const at = window.__conflictMap!.map.project(p as LngLat);
        // A place outside the map says so, rather than reading the page around it.
        if (at.x < 0 || at.y < 0 || at.x >= box.width || at.y >= box.height) return `outside the map: ${p}`;
        const [r = 0, g = 0, b = 0] = ctx.getImageData(Math.round(box.x + at.x), Math.round(box.y + at.y), 1, 1).data;
        return `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
      });
    },
    { b64: bytes.toString('base64'), places, box },
  );
}

const paint = (page: Page, layer: string, prop: string): Promise<string> =>
  page.evaluate(([l, p]) => {
    const c = window.__conflictMap!.map.getPaintProperty(l!, p! as never) as string;
    const ctx = new OffscreenCanvas(1, 1).getContext('2d')!;
    ctx.fillStyle = c;
    return ctx.fillStyle; // normalised to #rrggbb
  }, [layer, prop]);

describe('the basemap', () => {
  it('draws the Norwegian and Barents Seas as sea, not a band of land joined across the antimeridian', async () => {
    const { page } = w;
    const ocean = await paint(page, 'ocean', 'background-color');
    const land = await paint(page, 'land', 'fill-color');
    const sea: LngLat[] = [[2, 67], [-5, 66], [-15, 68.5], [30, 73]];
    const onLand: LngLat[] = [[28, 67.5], [50, 64], [10, 61]];
    const got = await coloursAt(page, [20, 66], 3, [...sea, ...onLand], 'basemap-norwegian-sea.png');
    expect(got).toEqual([...sea.map(() => ocean), ...onLand.map(() => land)]);
    // Nor does the land layer hold anything under the sea points.
    const hits = await page.evaluate((pts) => pts.map((p) => window.__conflictMap!.map.queryRenderedFeatures(window.__conflictMap!.map.project(p as LngLat), { layers: ['land'] }).length), sea);
    expect(hits).toEqual(sea.map(() => 0));
    expect(w.errors).toEqual([]);
  });

  it('draws open sea in the ocean colour on the equator, and land beside the antimeridian as land', async () => {
    const { page } = w;
    const ocean = await paint(page, 'ocean', 'background-color');
    const land = await paint(page, 'land', 'fill-color');
    const sea: LngLat[] = [[-25, 1], [-120, 5], [-100, -30], [-30, 40], [80, -20], [-40, 55]];
    expect(await coloursAt(page, [0, 10], 1.3, sea, 'basemap-world.png')).toEqual(sea.map(() => ocean));
    // Chukotka west of 180° and Alaska are land; the Bering and Chukchi Seas are sea.
    const round: LngLat[] = [[-175, 66.5], [-150, 65], [-172, 60], [-165, 71]];
    expect(await coloursAt(page, [-165, 64], 3, round, 'basemap-bering.png')).toEqual([land, land, ocean, ocean]);
  });
});
