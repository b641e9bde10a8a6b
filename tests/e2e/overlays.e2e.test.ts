// Overlays end to end: for each overlay, MapLibre "query tests" at a known event's point (Hama), the
// totals checked against the same pure functions over the same data; the hash round-trip; the radio
// group by keyboard; brushing dates (the hash's start/end) changes hexagon and region totals; the panel
// of country-wide reports. A screenshot per overlay.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hexagonTotals, hexResolutionForZoom } from '../../src/app/overlays/hexagons.ts';
import { QUERY_LAYER } from '../../src/app/overlays/overlay-layers.ts';
import { regionTotals } from '../../src/app/overlays/regions.ts';
import { parseRegions } from '../../src/app/overlays/regions-load.ts';
import { NO_FILTERS } from '../../src/app/state/filters.ts';
import type { DateRange } from '../../src/app/state/range.ts';
import type { EventFeature } from '../../src/shared/schema.ts';
import { validateCollection } from '../../src/shared/validate.ts';
import { DIST, drawnMarkers, launchChromium, openPage, SCREENSHOTS, serveDist, waitForMapIdle, type Watched } from './harness.ts';

const features: EventFeature[] = validateCollection(JSON.parse(readFileSync(resolve(DIST, 'data/events.geojson'), 'utf8'))).valid;
const regions = parseRegions(JSON.parse(readFileSync(resolve(DIST, 'data/regions.geojson'), 'utf8')));
const hama = features.find((f) => f.properties.place.name === 'Hama' && f.properties.geo_precision === 'place')!;
const HAMA = hama.geometry.coordinates;

type Props = Record<string, unknown>;
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe('overlays', () => {
  let server: PreviewServer;
  let url: string;
  let browser: Browser;
  let w: Watched;

  beforeAll(async () => {
    ({ server, url } = await serveDist());
    browser = await launchChromium();
    w = await openPage(browser, { width: 1280, height: 1100 });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((r) => (server ? server.httpServer.close(() => r()) : r()));
  });

  /** The properties of the features of `layers` drawn at Hama's point, after the map has gone idle. */
  const queryAtHama = (layers: readonly string[]): Promise<Props[]> =>
    w.page.evaluate(
      async ({ layers, at }) => {
        const hook = window.__conflictMap!;
        await hook.idle();
        const point = hook.map.project(at as [number, number]);
        return hook.map.queryRenderedFeatures(point, { layers: [...layers] }).map((f) => ({ ...f.properties }));
      },
      { layers, at: HAMA },
    );
  /** The markers drawn at Hama's point (the GPU layer's, every size). */
  const markersAtHama = async (): Promise<Props[]> => (await drawnMarkers(w.page, HAMA as [number, number])) as Props[];
  const zoom = (): Promise<number> => w.page.evaluate(() => window.__conflictMap!.map.getZoom());
  const open = async (hash: string): Promise<void> => {
    await w.page.goto(`${url}#${hash}`);
    await waitForMapIdle(w.page);
  };
  const hexAtHama = async (range: DateRange | null): Promise<Props | undefined> => {
    const fc = hexagonTotals(features, range, NO_FILTERS, hexResolutionForZoom(await zoom()));
    const [lng, lat] = HAMA;
    const { latLngToCell } = await import('h3-js');
    const cell = latLngToCell(lat, lng, hexResolutionForZoom(await zoom()));
    return fc.features.find((f) => f.properties.h3 === cell)?.properties as Props | undefined;
  };
  const shot = (name: string): Promise<Buffer> => w.page.screenshot({ path: resolve(SCREENSHOTS, `overlay-${name}.png`) });

  it('circles (the default): Hama is a solid circle sized by its toll; no overlay legend or panel', async () => {
    await open('');
    const hits = await markersAtHama();
    expect(hits.find((p) => p.id === hama.properties.id)).toMatchObject({ prec: 'place', toll: 300 });
    expect(await w.page.getByTestId('overlay-circles').isChecked()).toBe(true);
    expect(await w.page.getByTestId('overlay-legend').isHidden()).toBe(true);
    expect(await w.page.getByTestId('country-badge').isHidden()).toBe(true);
    await shot('circles');
  }, 120_000);

  it('heatmap: the heat at Hama comes from the Hama report only, never the country-wide totals', async () => {
    await open('overlay=heatmap');
    await expect.poll(async () => (await queryAtHama([QUERY_LAYER.heatmap])).map((p) => p.id)).toEqual([hama.properties.id]);
    expect(await markersAtHama()).toEqual([]);
    expect(await w.page.getByTestId('overlay-heatmap').isChecked()).toBe(true);
    expect(await w.page.getByTestId('overlay-legend').innerText()).toMatch(/Deaths reported, density/i);
    const badge = await w.page.getByTestId('country-badge').innerText();
    expect(badge).toMatch(/Syria \(country-wide\): at least 18 killed/);
    await shot('heatmap');
  }, 120_000);

  it('hexagons: the hexagon under Hama holds its total, as the pure function computes it', async () => {
    await open('overlay=hexagons');
    const expected = await hexAtHama(null);
    expect(expected).toMatchObject({ deaths: 300 });
    await expect.poll(async () => JSON.stringify(await queryAtHama([QUERY_LAYER.hexagons]))).toBe(JSON.stringify([expected]));
    expect(await w.page.getByTestId('overlay-legend').innerText()).toMatch(/H3 resolution \d/);
    expect(await w.page.getByTestId('country-badge').innerText()).toMatch(/Syria \(country-wide\): at least 18 killed/);
    await shot('hexagons');
  }, 120_000);

  it('regions: Hama governorate holds the Hama toll; Damascus counts its report without a toll', async () => {
    await open('overlay=regions');
    const { regions: expected } = regionTotals(features, null, NO_FILTERS, regions);
    const hamaRegion = expected.features.find((f) => f.properties.id === 'SY.10')!.properties;
    expect(hamaRegion).toMatchObject({ name: 'Hama', deaths: 300, reports: 1 });
    await expect.poll(async () => JSON.stringify(await queryAtHama([QUERY_LAYER.regions]))).toBe(JSON.stringify([hamaRegion]));
    expect(await w.page.getByTestId('country-badge').innerText()).toMatch(/Syria \(country-wide\): at least 18 killed/);
    expect(await w.page.getByTestId('overlay-legend').innerText()).toMatch(/per province/i);
    const box = (await w.page.locator('#map').boundingBox())!;
    const at = await w.page.evaluate((ll) => window.__conflictMap!.map.project(ll as [number, number]), HAMA);
    await w.page.mouse.click(box.x + at.x, box.y + at.y);
    await expect.poll(() => w.page.getByTestId('overlay-pick').innerText()).toBe('Hama: 300 killed in 1 report');
    await shot('regions');
  }, 120_000);

  it('brushing the dates changes hexagon and region totals', async () => {
    await open('overlay=hexagons&start=2011-08-01&end=2011-08-01');
    await expect.poll(async () => (await queryAtHama([QUERY_LAYER.hexagons])).map((p) => p.deaths)).toEqual([300]);
    await w.page.evaluate(() => (location.hash = 'overlay=hexagons&start=2011-08-07&end=2011-08-10'));
    expect(await hexAtHama({ start: '2011-08-07', end: '2011-08-10' })).toBeUndefined();
    await expect.poll(async () => (await queryAtHama([QUERY_LAYER.hexagons])).length).toBe(0);

    await w.page.evaluate(() => (location.hash = 'overlay=regions'));
    const damascus = async (): Promise<unknown> =>
      w.page.evaluate(async () => {
        const hook = window.__conflictMap!;
        await hook.idle();
        return hook.map.querySourceFeatures('overlay-regions').find((f) => f.properties.id === 'SY.13')?.properties.reports;
      });
    await expect.poll(damascus).toBe(1);
    await w.page.evaluate(() => (location.hash = 'overlay=regions&start=2011-07-31&end=2011-08-06'));
    await expect.poll(damascus).toBe(0);
    await expect.poll(async () => (await queryAtHama([QUERY_LAYER.regions])).map((p) => p.deaths)).toEqual([300]);
    await w.page.evaluate(() => (location.hash = 'overlay=regions&start=2011-08-07&end=2011-08-10'));
    await expect.poll(async () => (await queryAtHama([QUERY_LAYER.regions])).map((p) => p.deaths)).toEqual([0]);
  }, 120_000);

  it('the radio group writes the hash (map= kept with its slashes), works from the keyboard and reads it back', async () => {
    const hash = (): Promise<string> => w.page.evaluate(() => location.hash);
    await open('map=6.5/35.1/36.7&start=2011-07-31&end=2011-08-06');
    await w.page.getByTestId('overlay-hexagons').check();
    await expect.poll(hash).toContain('overlay=hexagons');
    expect(await hash()).toContain('start=2011-07-31');
    // One store writes the whole hash: the view stays `map=zoom/lat/lon`, never re-encoded as %2F.
    expect(await hash()).toContain('map=6.5/35.1/36.7');
    expect(await hash()).not.toMatch(/%2F/i);
    await w.page.getByTestId('overlay-hexagons').focus();
    await w.page.keyboard.press('ArrowRight');
    await expect.poll(hash).toContain('overlay=regions');
    expect(await hash()).toContain('map=6.5/35.1/36.7');
    expect(await hash()).not.toMatch(/%2F/i);
    await w.page.getByTestId('overlay-circles').check();
    await expect.poll(hash).not.toContain('overlay=');
    expect(await hash()).toBe('#map=6.5/35.1/36.7&start=2011-07-31&end=2011-08-06');
    await w.page.evaluate(() => (location.hash = 'overlay=heatmap'));
    await expect.poll(() => w.page.getByTestId('overlay-heatmap').isChecked()).toBe(true);
    await w.page.reload();
    await waitForMapIdle(w.page);
    expect(await w.page.getByTestId('overlay-heatmap').isChecked()).toBe(true);
  }, 120_000);

  it('dark mode: the panel keeps dark-on-light or light-on-dark text', async () => {
    await w.page.emulateMedia({ colorScheme: 'dark' });
    await open('overlay=hexagons');
    const { fg, bg } = await w.page.getByTestId('country-badge').evaluate((el) => {
      const cs = getComputedStyle(el);
      return { fg: cs.color, bg: cs.backgroundColor };
    });
    expect(fg).not.toBe(bg);
    expect(fg).toBe('rgb(236, 235, 231)');
    await shot('hexagons-dark');
    await w.page.emulateMedia({ colorScheme: 'light' });
  }, 120_000);

  it('the switch, the legends and the panel have no serious accessibility violation (axe-core)', async () => {
    for (const overlay of ['heatmap', 'regions']) {
      await open(`overlay=${overlay}`);
      await w.page.getByTestId('country-badge').waitFor();
      await w.page.evaluate(AXE);
      const found = await w.page.evaluate(async () => {
        type Result = { violations: Array<{ id: string; impact?: string; nodes: unknown[] }> };
        const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<Result> } }).axe;
        const include = ['#overlay-control', '#overlay-legend', '[data-testid="country-badge"]'].map((s) => [s]);
        const r = await axe.run({ include }, { resultTypes: ['violations'] });
        return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
      });
      expect(found, overlay).toEqual([]);
    }
  }, 120_000);

  it('an unknown overlay falls back to circles without an error', async () => {
    const errors = w.errors.length;
    await open('overlay=%3Cimg%20src%3Dx%3E');
    expect(await w.page.getByTestId('overlay-circles').isChecked()).toBe(true);
    expect((await markersAtHama()).some((p) => p.id === hama.properties.id)).toBe(true);
    expect(w.errors.slice(errors)).toEqual([]);
    expect(w.errors).toEqual([]);
    expect(w.external).toEqual([]);
  }, 120_000);
});
