// Injection end to end: 55 payloads in every field that comes from outside (article text, titles, outlets,
// URLs through the real build; GeoJSON properties directly; the URL hash) reach every surface that shows
// text. No script runs, no dialog opens, the text shows literally and links are only http(s).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventCollection, EventFeature } from '../../src/shared/schema.ts';
import { runBuild } from '../../src/pipeline/build.ts';
import { launchChromium, openPage, serveDist, waitForMapIdle, type Watched } from './harness.ts';

const PAYLOADS: string[] = JSON.parse(readFileSync('tests/fixtures/hostile/payloads.json', 'utf8'));
const TYPES = ['Battles', 'Violence against civilians', 'Protests', 'Riots', 'Explosions/Remote violence', 'Strategic developments'] as const;

/** One feature per payload, the payload in every string property, spread over Syria and two weeks. */
function hostileFeature(p: string, i: number): EventFeature {
  const day = `2011-08-${String(1 + (i % 14)).padStart(2, '0')}`;
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [36 + (i % 8) * 0.4, 32.8 + Math.floor(i / 8) * 0.35] },
    properties: {
      id: `h${i}-${p}`, event_type: TYPES[i % TYPES.length]!, sub_event_type: p, date_start: day, date_end: day, date_precision: 'day',
      place: { name: p, geonameid: null, admin1: p, country: 'SY' }, geo_precision: 'place',
      fatalities: { low: i, best: i, high: i + 1 }, actors: [p, `${p} forces`], summary: p, confidence: 0.5,
      sources: [{ article: p, quote: `Quote ${p} end`, start: 0, end: 10, outlet: p, url: i % 2 ? p : `https://example.org/?q=${encodeURIComponent(p)}`, published: day, title: p, figures: [{ text: p, start: 0, end: 3 }] }],
    },
  };
}

async function hostileData(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'cm-inject-'));
  PAYLOADS.forEach((p, i) =>
    writeFileSync(join(dir, `a${i}.md`), `---\ntitle: ${JSON.stringify(p)}\noutlet: ${JSON.stringify(p)}\nurl: ${JSON.stringify(p)}\npublished: 2011-08-06\n---\n${p} Troops killed at least ${i + 2} people in Hama on Friday. ${p}\n`));
  await runBuild([dir], join(dir, 'built.geojson'));
  const built: EventCollection = JSON.parse(readFileSync(join(dir, 'built.geojson'), 'utf8'));
  return JSON.stringify({ ...built, features: [...built.features, ...PAYLOADS.map(hostileFeature)] });
}

describe('injection payloads on every surface', () => {
  let server: PreviewServer;
  let url: string;
  let browser: Browser;
  let w: Watched;
  const fired: string[] = [];

  beforeAll(async () => {
    const data = await hostileData();
    ({ server, url } = await serveDist());
    browser = await launchChromium();
    w = await openPage(browser, { width: 1280, height: 1000 });
    await w.context.exposeFunction('__pwnedReport', (tag: string) => fired.push(tag));
    await w.context.addInitScript(() => {
      const report = (tag: string) => (window as unknown as { __pwnedReport: (t: string) => void }).__pwnedReport(tag);
      Object.assign(window, { __pwned: (tag: string) => report(String(tag)), alert: () => report('alert'), confirm: () => report('confirm'), prompt: () => report('prompt') });
    });
    w.page.on('dialog', (d) => {
      fired.push(`dialog:${d.message()}`);
      void d.dismiss();
    });
    await w.context.route('**/data/events.geojson', (route) => route.fulfill({ contentType: 'application/json', body: data }));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((r) => (server ? server.httpServer.close(() => r()) : r()));
  });

  it('shows every payload as text in popups and the event list, runs nothing, links only http(s)', async () => {
    const { page } = w;
    await page.goto(url);
    await waitForMapIdle(page);
    // The table of events (keyboard access) shows every event's text.
    const bodyText = (): Promise<string> => page.evaluate(() => document.body.innerText);
    await expect.poll(bodyText).toContain(PAYLOADS[0]);
    await page.screenshot({ path: 'tests/e2e/screenshots/injection.png', fullPage: true });
    // Open popups for a spread of events through the app's own selection path (the table's row buttons).
    const items = page.getByTestId('event-table').locator('.cm-table__open');
    const n = Math.min(await items.count(), 25);
    for (let i = 0; i < n; i++) {
      await items.nth(i).click({ force: true }).catch(() => undefined);
      await page.waitForTimeout(60);
    }
    const hrefs = await page.evaluate(() => Array.from(document.querySelectorAll('a[href]'), (a) => (a as HTMLAnchorElement).href));
    for (const h of hrefs) expect(h).toMatch(/^(https?:|#|blob:)/);
    const injected = await page.evaluate(() => document.querySelectorAll('script:not([type="module"]):not([src]), iframe, object, embed, svg script, [onerror], [onload], [onclick]').length);
    expect(injected).toBe(0);
    await page.evaluate(() => window.__conflictMap!.idle());
    await page.screenshot({ path: 'tests/e2e/screenshots/injection.png' });
    expect(fired).toEqual([]);
  }, 120_000);

  it('shows payloads as text in every overlay, the country panel, the filters and in Arabic mode', async () => {
    const { page } = w;
    for (const overlay of ['heatmap', 'hexagons', 'regions']) {
      await page.goto(`${url}#overlay=${overlay}`);
      await waitForMapIdle(page);
    }
    await page.goto(`${url}#lang=ar&overlay=regions`);
    await waitForMapIdle(page);
    const options = await page.getByTestId('filter-outlet').locator('option').allTextContents();
    expect(options).toEqual(expect.arrayContaining(PAYLOADS.slice(0, 10)));
    await page.getByTestId('filter-outlet').selectOption(PAYLOADS[0]!);
    await page.getByTestId('filter-actor').fill(PAYLOADS[1]!);
    // Both filters applied (and the page drawn with them) before looking for what they might have injected.
    await expect
      .poll(() => page.evaluate(() => (({ outlet, actor }) => ({ outlet, actor }))(window.__conflictMap!.state.get().filters)))
      .toEqual({ outlet: PAYLOADS[0], actor: PAYLOADS[1] });
    await page.evaluate(() => window.__conflictMap!.idle());
    const injected = await page.evaluate(() => document.querySelectorAll('script:not([type="module"]):not([src]), iframe, object, embed, svg script, [onerror], [onload], [onclick]').length);
    expect(injected).toBe(0);
    expect(fired).toEqual([]);
    expect(w.errors).toEqual([]);
  }, 180_000);

  it('keeps payloads literal in the downloads', async () => {
    const { page } = w;
    await page.goto(url);
    await waitForMapIdle(page);
    for (const kind of ['geojson', 'csv']) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`export-${kind}`).click()]);
      const text = readFileSync((await download.path())!, 'utf8');
      if (kind === 'geojson') {
        const names = (JSON.parse(text) as EventCollection).features.map((f) => f.properties.place.name);
        expect(names).toEqual(expect.arrayContaining(PAYLOADS));
      } else {
        // Formula-like cells are neutralised with a leading apostrophe; nothing else changes.
        for (const p of PAYLOADS.filter((x) => !/^[=+\-@\t\r]/.test(x) && !/["\n\r]/.test(x))) expect(text).toContain(p);
        expect(text).not.toMatch(/(^|,)=cmd/m);
      }
    }
    expect(fired).toEqual([]);
  }, 120_000);

  it('shows payloads in the embed\'s title, source and byline as text', async () => {
    const { page } = w;
    const p = PAYLOADS.find((x) => x.includes('<script')) ?? PAYLOADS[0]!;
    const q = new URLSearchParams({ title: p, source: p, byline: p });
    await page.goto(`${url}embed.html?${q}`);
    await waitForMapIdle(page);
    expect(await page.evaluate(() => document.body.innerText)).toContain(p);
    const injected = await page.evaluate(() => document.querySelectorAll('script:not([type="module"]):not([src]), iframe, object, embed, svg script, [onerror], [onload], [onclick]').length);
    expect(injected).toBe(0);
    expect(fired).toEqual([]);
  }, 120_000);

  it('ignores payloads in the URL hash without errors', async () => {
    const { page } = w;
    for (const p of PAYLOADS.slice(0, 20)) {
      const enc = encodeURIComponent(p);
      await page.goto(`${url}#start=${enc}&end=${enc}&types=${enc}&overlay=${enc}&event=${enc}&map=${enc}&lang=${enc}&actor=${enc}&outlet=${enc}&min=${enc}&precise=${enc}`);
      await waitForMapIdle(page);
    }
    expect(fired).toEqual([]);
    expect(w.errors).toEqual([]);
    expect(w.external).toEqual([]);
  }, 180_000);
});
