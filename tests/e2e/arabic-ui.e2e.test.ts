// The whole interface in Arabic (`lang=ar`): the page's own text, the count line, the legend and the table
// from one catalogue (src/app/i18n/), numbers and days written by Intl, the page laid out right to left
// with the map and the chart kept left to right; back to English with the toggle.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EVENT_TYPES, TYPE_COLOURS } from '../../src/app/ui/palette.ts';
import { pngPixels } from './png-pixels.ts';
import { SCREENSHOTS, launchChromium, openPage, serveDist, waitForMapIdle, type Watched } from './harness.ts';

let server: PreviewServer;
let url: string;
let browser: Browser;
let w: Watched | undefined;

beforeAll(async () => {
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
});

const LATIN = /[A-Za-z]/;

/**
 * Names that stay as they are written in an Arabic interface: formats and data sets, the credited sources,
 * keyboard keys, and an OS name. Anything else Latin must come from the events' own text.
 */
const PROPER_NAMES = new Set(['geojson', 'csv', 'png', 'acled', 'geonames', 'natural', 'earth', 'cc', 'by', 'dejavu', 'sans', 'h3', 'admin-1', 'ctrl', 'shift', 'page', 'up', 'down', 'home', 'end', 'escape', 'mac', 'npm', 'run', 'data']);

/**
 * The Latin words a reader sees (text, and the names and hints of controls: aria-label, title,
 * placeholder) that are neither proper names above nor words of the events' own text (places, actors,
 * outlets, quotes, article titles, URLs; never the summary, types and sub-types, which are written in Arabic).
 */
async function latinWordsLeft(page: Page): Promise<string[]> {
  return page.evaluate((proper) => {
    const fromData = new Set<string>();
    const words = (s: string): string[] => s.match(/[A-Za-z][A-Za-z0-9'’-]*/g) ?? [];
    for (const f of window.__conflictMap?.events ?? []) {
      const p = f.properties;
      const texts = [p.place.name, ...p.actors, ...(p.victims ?? []), ...Object.values(p.admin ?? {}).map(String)];
      for (const s of p.sources) texts.push(s.quote, s.outlet ?? '', s.title ?? '', s.url ?? '', s.article);
      for (const t of texts) for (const w of words(t)) fromData.add(w.toLowerCase());
    }
    const left = new Set<string>();
    const check = (text: string | null, where: string): void => {
      for (const w of words(text ?? '')) if (!proper.includes(w.toLowerCase()) && !fromData.has(w.toLowerCase())) left.add(`${w} (${where})`);
    };
    const shown = (el: Element): boolean => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest('script, style, textarea, code, [hidden]') || !shown(el)) continue;
      check(n.textContent, el.tagName.toLowerCase());
    }
    for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder]')) {
      if (el.closest('[hidden]')) continue;
      for (const a of ['aria-label', 'title', 'placeholder']) check(el.getAttribute(a), `${el.tagName.toLowerCase()} ${a}`);
    }
    return [...left].sort();
  }, [...PROPER_NAMES]);
}
const texts = (page: Page, selector: string): Promise<string[]> => page.locator(selector).allInnerTexts();

describe('the interface in Arabic', () => {
  it('leaves no English word in Arabic: page, filters, timeline, exports, share box, popup and overlay, only names from the data, codes and numbers', async () => {
    w = await openPage(browser, { width: 1440, height: 900 });
    const { page } = w;
    await page.goto(`${url}#lang=ar`);
    await waitForMapIdle(page);
    await page.locator('#share summary').click();
    expect(await latinWordsLeft(page)).toEqual([]);
    // A popup (its type, sub-type, date, toll, confidence, flags and sources), opened from the table.
    await page.locator('.cm-table__open').first().click();
    await page.waitForSelector('.maplibregl-popup[data-in-view="true"]');
    expect(await page.locator('.cm-popup__confidence').innerText()).toMatch(/^الثقة: /);
    expect(await latinWordsLeft(page)).toEqual([]);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'arabic-popup-interface.png') });
    // The PNG in Arabic: its words (the image's text chunks say them too) in Arabic, set right to left.
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
    await png.saveAs(resolve(SCREENSHOTS, 'arabic-export.png'));
    const chunks = readFileSync(resolve(SCREENSHOTS, 'arabic-export.png')).toString('utf8');
    expect(chunks).toContain('العنف المُبلَّغ عنه حسب المكان واليوم');
    expect(chunks).toContain('صُنعت بخريطة النزاع');
    // Its legend is set right to left: the first type of the catalogue's order at the right, the next to its left.
    const types = await page.evaluate(() => [...new Set((window.__conflictMap?.events ?? []).map((f) => f.properties.event_type))]);
    const order = EVENT_TYPES.filter((type) => types.includes(type));
    const blank = await page.context().newPage();
    const bytes = readFileSync(resolve(SCREENSHOTS, 'arabic-export.png'));
    const legend = await pngPixels(blank, bytes, order.map((type) => TYPE_COLOURS[type]), { top: 2 * (78 + 600), bottom: 10_000 });
    await blank.close();
    expect(order.length).toBeGreaterThan(1);
    const [first, second] = legend.colours;
    expect(first!.count).toBeGreaterThan(700);
    expect(first!.minX, 'the first type starts at the right').toBeGreaterThan(legend.width / 2);
    expect(first!.minX, 'the second type is left of the first').toBeGreaterThan(second!.maxX);
        // The deaths measure of the timeline, and the hexagon overlay's legend.
    await page.getByTestId('timeline-measure-deaths').check();
    await page.getByTestId('overlay-hexagons').check();
    await expect.poll(() => page.getByTestId('overlay-legend').isVisible()).toBe(true);
    expect(await latinWordsLeft(page)).toEqual([]);
    // The provinces overlay's credit in the map's attribution, in Arabic; every country label on the map in Arabic (N. Cyprus too).
    await page.getByTestId('overlay-regions').check();
    await expect.poll(() => page.locator('.maplibregl-ctrl-attrib-inner').innerText()).toContain('المحافظات: Natural Earth admin-1');
    expect(await page.locator('.maplibregl-ctrl-attrib-inner').innerText()).not.toContain('Provinces');
    expect(await latinWordsLeft(page)).toEqual([]);
    const labels = await page.evaluate(() => {
      const map = window.__conflictMap!.map;
      map.jumpTo({ center: [34, 35], zoom: 5 });
      return map.querySourceFeatures('country-labels').map((f) => [String(f.properties.name), f.properties.name_ar ?? null]);
    });
    expect(labels.length).toBeGreaterThan(5);
    expect(labels.filter(([, ar]) => !ar)).toEqual([]);
    expect(Object.fromEntries(labels)['N. Cyprus']).toBe('شمال قبرص');
    await page.getByTestId('overlay-circles').check();
    // Days typed or shown in Arabic are read back: "٦ أغسطس ٢٠١١" is 2011-08-06.
    await page.getByTestId('date-start').fill('٦ أغسطس ٢٠١١');
    await page.getByTestId('date-start').press('Tab');
    await expect.poll(() => page.getByTestId('date-start').getAttribute('data-day')).toBe('2011-08-06');
    expect(await page.getByTestId('date-start').inputValue()).toBe('٦ أغسطس ٢٠١١');
    expect(w.errors).toEqual([]);
  });

  it('leaves no English word in the embed in Arabic, its legend unfolded', async () => {
    w = await openPage(browser, { width: 800, height: 700 });
    const { page } = w;
    await page.goto(`${url}embed.html#lang=ar`);
    await waitForMapIdle(page);
    await page.locator('#embed-legend summary').click();
    expect(await page.evaluate(() => document.body.dir)).toBe('rtl');
    expect(await latinWordsLeft(page)).toEqual([]);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'arabic-embed.png') });
    expect(w.errors).toEqual([]);
  });

  it('writes the page, count, legend and table in Arabic only, right to left, the map and chart left to right', async () => {
    w = await openPage(browser, { width: 1440, height: 900 });
    const { page } = w;
    await page.goto(`${url}#lang=ar`);
    await waitForMapIdle(page);
    expect(await page.evaluate(() => [document.documentElement.lang, document.body.dir])).toEqual(['ar', 'rtl']);
    expect(await page.locator('.cm-map').getAttribute('dir')).toBe('ltr');
    expect(await page.locator('.cm-timeline__chart').getAttribute('dir')).toBe('ltr');
    // The chart's note is words: right to left inside the chart's box (it was left to right, its full stop on the right).
    const noteDirection = (): Promise<string> => page.getByTestId('timeline-note').evaluate((el) => getComputedStyle(el).direction);
    expect(await noteDirection()).toBe('rtl');
    expect(await page.locator('h1').innerText()).toBe('العنف المُبلَّغ عنه حسب المكان واليوم');
    // No Latin letters (so no "سوريا (country-wide)") in what the catalogue writes.
    const written = [
      await page.getByTestId('event-count').innerText(),
      ...(await texts(page, '.cm-legend__title, .cm-legend li')),
      ...(await texts(page, '[data-testid="event-table"] thead th, [data-testid="event-table"] caption')),
      ...(await texts(page, '[data-testid="event-table"] tbody td, [data-testid="event-table"] tbody th')),
      await page.locator('.cm-dek').innerText(),
      await page.getByTestId('date-clear').innerText(),
    ];
    expect(written.filter((s) => LATIN.test(s))).toEqual([]);
    expect(await page.getByTestId('event-count').innerText()).toMatch(/^عرض كل الأحداث: ٥، القتلى: [\u0660-\u0669]/);
    expect(await texts(page, '[data-testid="event-table"] tbody th')).toContain('سوريا (على مستوى البلاد)');
    // Days by Intl in Arabic: "٥ أغسطس ٢٠١١".
    expect((await texts(page, '[data-testid="event-table"] tbody td')).some((s) => /^[\u0660-\u0669]+ [\u0600-\u06FF]+ [\u0660-\u0669]{4}/.test(s))).toBe(true);
    // Right to left: the side column is on the map's left, the header's toggles at its left end.
    const box = async (sel: string): Promise<{ x: number; width: number }> => (await page.locator(sel).first().boundingBox())!;
    const panels = await box('[data-testid="panels"]');
    const map = await box('.cm-map');
    expect(panels.x + panels.width).toBeLessThanOrEqual(map.x);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'arabic-interface.png') });

    // Back to English with the toggle: the same elements in English, left to right.
    await page.getByTestId('lang-toggle').click();
    await expect.poll(() => page.evaluate(() => document.body.dir)).toBe('ltr');
    expect(await page.locator('h1').innerText()).toBe('Reported violence, by place and day');
    expect(await page.getByTestId('event-count').innerText()).toMatch(/^Showing all 5 events · /);
    expect(await noteDirection()).toBe('ltr');
    expect(await texts(page, '[data-testid="event-table"] thead th')).toEqual(['Date ▲', 'Place', 'Type', 'Killed']);
    expect(await page.locator('.cm-legend__title').first().textContent()).toBe('Type of event');
    expect(w.errors).toEqual([]);
  });

  it('switches every text part at once when the hash of an open page asks for Arabic (a link, the address bar), and back', async () => {
    w = await openPage(browser, { width: 1440, height: 900 });
    const { page } = w;
    await page.goto(url);
    await waitForMapIdle(page);
    expect(await page.getByTestId('event-count').innerText()).toMatch(/^Showing all 5 events/);
    // The page's parts read in the same task in which the page turns right to left: no part is left in
    // English until some later change of the dates or filters.
    const parts = (): Promise<Record<string, string>> =>
      page.evaluate(
        () =>
          new Promise<Record<string, string>>((done) => {
            const read = (): Record<string, string> => ({
              dir: document.body.dir,
              count: document.querySelector('[data-testid="event-count"]')!.textContent!,
              legend: document.querySelector('.cm-legend__title')!.textContent!,
              head: [...document.querySelectorAll('[data-testid="event-table"] thead th')].map((th) => th.textContent).join(' | '),
              caption: document.querySelector('[data-testid="event-table"] caption')?.textContent ?? '',
              firstDay: document.querySelector('[data-testid="event-table"] tbody td')?.textContent ?? '',
              filters: document.getElementById('filters')?.textContent ?? '',
            });
            const before = document.body.dir;
            new MutationObserver((_, o) => {
              if (document.body.dir === before) return;
              o.disconnect();
              done(read());
            }).observe(document.body, { attributes: true, attributeFilter: ['dir'] });
            location.hash = before === 'rtl' ? '' : 'lang=ar';
            setTimeout(() => done(read()), 10_000);
          }),
      );
    const ar = await parts();
    expect(ar.dir).toBe('rtl');
    expect(ar.count).toMatch(/^عرض كل الأحداث: ٥، القتلى: [\u0660-\u0669]/);
    for (const k of ['legend', 'head', 'caption', 'firstDay'] as const) expect(ar[k], k).not.toMatch(LATIN);
    expect(ar.filters).not.toMatch(/Show types|Precise places|Actor|Outlet/);
    // Nothing else is redrawn later in another language: the same texts once the map is idle.
    await waitForMapIdle(page);
    expect(await page.getByTestId('event-count').textContent()).toBe(ar.count);
    expect(await page.locator('.cm-legend__title').first().textContent()).toBe(ar.legend);
    expect(await latinWordsLeft(page)).toEqual([]);

    const en = await parts();
    expect(en.dir).toBe('ltr');
    expect(en.count).toMatch(/^Showing all 5 events · /);
    expect(en.legend).toBe('Type of event');
    expect(en.head).toBe('Date ▲ | Place | Type | Killed');
    expect(w.errors).toEqual([]);
  });
});
