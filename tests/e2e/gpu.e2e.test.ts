// End to end, GPU path: 20,000 synthetic events (synthetic ACLED CSV → import → binary) loaded with
// ?data=…bin. The count line must follow a brush drawn with the mouse (checked against a pass over the
// file's columns), and a click must pick the right event, honouring the range, and open its popup.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { latLngToCell } from 'h3-js';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { matchesFilter, ALL_TYPES } from '../../src/app/map/gpu/filter.ts';
import { countText } from '../../src/app/ui/count.ts';
import { readGeoJsonFeatures } from '../../src/pipeline/binary/geojson-lines.ts';
import { drawnToll, isoToEpochDay, type BinaryEvents } from '../../src/pipeline/binary/layout.ts';
import { readBinary, writeBinary } from '../../src/pipeline/binary/write.ts';
import { importFile } from '../../src/pipeline/import/stream.ts';
import { writeSyntheticAcled } from '../../src/pipeline/import/synthetic.ts';
import { DIST, SCREENSHOTS, launchChromium, openPage, type Watched } from './harness.ts';
import { serveWithData } from './gpu-serve.ts';

const N = 20_000;
const dir = mkdtempSync(join(tmpdir(), 'cm-gpu-e2e-'));
const BIN = join(dir, 'events.bin');

describe('GPU path in Chromium (?data=…bin)', () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };
  let ev: BinaryEvents;
  let toll: Float32Array;
  let w: Watched | undefined;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await writeSyntheticAcled(join(dir, 'acled.csv'), N, 11);
    await importFile({ format: 'acled', input: join(dir, 'acled.csv'), output: join(dir, 'events.geojson') });
    await writeBinary(readGeoJsonFeatures(join(dir, 'events.geojson')), BIN);
    ev = await readBinary(BIN);
    toll = Float32Array.from({ length: ev.header.count }, (_, i) => drawnToll(ev, i));
    server = await serveWithData(resolve(DIST), '/gpu-data/', dir);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  afterEach(async () => {
    const watched = w;
    w = undefined;
    await watched?.context.close();
    expect(watched?.errors ?? [], 'page errors / console errors').toEqual([]);
    expect(watched?.external ?? [], 'requests to other hosts').toEqual([]);
  });

  /** The candidate farthest from every other event of `among` (so that it alone is under the pointer). */
  const isolated = (candidates: number[], among: number[]): number => {
    let best = -1;
    let bestD = -1;
    for (const i of candidates.slice(0, 200)) {
      let d = Infinity;
      for (const j of among) if (j !== i) d = Math.min(d, Math.hypot(ev.lon[i]! - ev.lon[j]!, ev.lat[i]! - ev.lat[j]!));
      if (d > bestD) [best, bestD] = [i, d];
    }
    expect(bestD, 'an isolated event to pick').toBeGreaterThan(0.02);
    return best;
  };

  it('brushes, counts and picks 20,000 events', async () => {
    w = await openPage(browser, { width: 1280, height: 1100 });
    const { page } = w;
    await page.goto(`${server.url}?data=gpu-data/events.bin`);
    await page.waitForFunction(() => document.body?.dataset.mapReady === 'true' && window.__conflictGpu !== undefined, null, { timeout: 60_000 });
    await page.evaluate(() => window.__conflictGpu?.idle());
    const countLine = (): Promise<string> => page.getByTestId('event-count').innerText();
    expect(await countLine()).toBe(countText(N, N));

    // Brush about a month and a half with the mouse.
    const overlay = page.locator('.cm-timeline__brush .overlay');
    const box = await overlay.boundingBox();
    if (!box) throw new Error('no brush overlay');
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width * 0.4, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.415, y, { steps: 5 });
    await page.mouse.up();
    const state = await page.evaluate(() => window.__conflictGpu?.state.get());
    expect(state?.start).toMatch(/^\d{4}-\d\d-\d\d$/);
    const range = { start: isoToEpochDay(state!.start!) - ev.header.dayOrigin, end: isoToEpochDay(state!.end!) - ev.header.dayOrigin };
    const filter = { range, typeMask: ALL_TYPES, minToll: 0 };
    const cols = { dayStart: ev.dayStart, dayEnd: ev.dayEnd, type: ev.type, toll };
    const inRange: number[] = [];
    for (let i = 0; i < ev.header.count; i++) if (matchesFilter(cols, i, filter)) inRange.push(i);
    expect(inRange.length).toBeGreaterThan(50);
    expect(inRange.length).toBeLessThan(N / 10);
    expect(await countLine()).toBe(countText(inRange.length, N));
    await page.evaluate(() => window.__conflictGpu?.idle());
    await page.screenshot({ path: join(SCREENSHOTS, 'gpu-brushed.png') });

    // A shown event, alone under the pointer at the closest zoom: a click picks it and opens its popup.
    const target = isolated(inRange, inRange);
    const at = { lng: ev.lon[target]!, lat: ev.lat[target]! };
    // Per-H3-cell totals for the range (prefix sums in the page) against a pass here.
    const cell = latLngToCell(at.lat, at.lng, 4);
    const sameCell = inRange.filter((i) => latLngToCell(ev.lat[i]!, ev.lon[i]!, 4) === cell);
    const cellTotals = await page.evaluate((c) => window.__conflictGpu!.cellTotals(c.lng, c.lat), at);
    expect(cellTotals).toEqual({ cell, totals: { events: sameCell.length, fatalities: sameCell.reduce((s, i) => s + Math.max(0, toll[i]!), 0) } });
    await page.evaluate((c) => window.__conflictGpu?.map.jumpTo({ center: c, zoom: 10 }), at);
    await page.evaluate(() => window.__conflictGpu?.idle());
    const mapBox = await page.locator('#map').boundingBox();
    if (!mapBox) throw new Error('no map');
    const px = await page.evaluate((c) => window.__conflictGpu!.map.project(c), at);
    expect(await page.evaluate((p) => window.__conflictGpu!.pickAt(p.x, p.y), px)).toBe(target);
    await page.mouse.click(mapBox.x + px.x, mapBox.y + px.y);
    const feature = await page.evaluate((row) => window.__conflictGpu!.feature(row), target);
    expect(feature?.geometry.coordinates[0]).toBeCloseTo(at.lng, 4);
    await page.waitForFunction((id) => window.__conflictGpu?.state.get().selected === id, feature!.properties.id);
    await page.locator('.maplibregl-popup').waitFor();
    expect(await page.locator('.maplibregl-popup').innerText()).toContain(feature!.properties.place.name);
    await page.screenshot({ path: join(SCREENSHOTS, 'gpu-popup.png') });

    // An event outside the range is not picked where it lies (unless a shown one is drawn there too).
    const everyone = Array.from({ length: ev.header.count }, (_, i) => i);
    const outside = everyone.filter((i) => !matchesFilter(cols, i, filter) && ev.dayStart[i] !== 0xffff).slice(0, 200);
    const hidden = isolated(outside, everyone);
    const hiddenAt = { lng: ev.lon[hidden]!, lat: ev.lat[hidden]! };
    await page.evaluate((c) => window.__conflictGpu?.map.jumpTo({ center: c, zoom: 10 }), hiddenAt);
    const hp = await page.evaluate((c) => window.__conflictGpu!.map.project(c), hiddenAt);
    expect(await page.evaluate((p) => window.__conflictGpu!.pickAt(p.x, p.y), hp)).not.toBe(hidden);
    await page.evaluate(() => window.__conflictGpu?.state.set({ start: null, end: null }));
    expect(await page.evaluate((p) => window.__conflictGpu!.pickAt(p.x, p.y), hp)).toBe(hidden);
  });
});
