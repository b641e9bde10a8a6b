// The timeline in Chromium: events or deaths per day, the brush from the keyboard, playback. Each changes
// the range the same way the mouse does: through the store, into the URL hash and the count line.
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { EventFeature } from '../../src/shared/schema.ts';
import { validateCollection } from '../../src/shared/validate.ts';
import { filterByRange, dataExtent, type DateRange } from '../../src/app/state/range.ts';
import { tollOf } from '../../src/app/timeline/toll-bins.ts';
import { countText, tollText } from '../../src/app/ui/count.ts';
import { DIST, SCREENSHOTS, launchChromium, openPage, serveDist, waitForMapIdle, type Watched } from './harness.ts';

const features: EventFeature[] = validateCollection(JSON.parse(readFileSync(resolve(DIST, 'data/events.geojson'), 'utf8'))).valid;
const extent = dataExtent(features)!;
const countFor = (range: DateRange | null): string =>
  countText(filterByRange(features, range).length, features.length, tollText(filterByRange(features, range)));
const dayAfter = (day: string, n = 1): string => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** The range in the URL hash, or null. */
const hashRange = (page: Page): Promise<DateRange | null> =>
  page.evaluate(() => {
    const p = new URLSearchParams(location.hash.slice(1));
    const start = p.get('start');
    const end = p.get('end');
    return start && end ? { start, end } : null;
  });
const countLine = (page: Page): Promise<string> => page.getByTestId('event-count').innerText();
const bars = (page: Page) =>
  page.locator('.cm-timeline__bar').evaluateAll((rs) =>
    rs.map((r) => ({ day: r.getAttribute('data-day'), value: Number(r.getAttribute('data-value')), outline: r.classList.contains('is-outline'), h: Number(r.getAttribute('height')) })),
  );
const shot = (page: Page, name: string) => page.locator('.cm-timeline').screenshot({ path: resolve(SCREENSHOTS, name) });

describe('timeline: measure, keyboard brush, playback', () => {
  let server: PreviewServer;
  let url: string;
  let browser: Browser;
  let w: Watched | undefined;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    ({ server, url } = await serveDist());
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

  it('switches between events and reported deaths per day, with an honest axis label', async () => {
    w = await openPage(browser, { width: 1280, height: 1240 });
    const { page } = w;
    await page.goto(url);
    await waitForMapIdle(page);
    const svg = page.locator('.cm-timeline__svg');
    expect(await svg.getAttribute('data-measure')).toBe('events');
    expect(await page.locator('.cm-timeline__y-label').textContent()).toBe('Events per day');
    const eventBars = await bars(page);
    expect(eventBars.every((b) => Number.isInteger(b.value))).toBe(true);
    await shot(page, 'timeline-events.png');

    await page.getByTestId('timeline-measure-deaths').check();
    await expect.poll(() => svg.getAttribute('data-measure')).toBe('deaths');
    expect(await page.locator('.cm-timeline__y-label').textContent()).toBe('Reported deaths per day');
    expect(await svg.getAttribute('aria-label')).toMatch(/^Reported deaths per day/);
    expect(await page.getByTestId('timeline-note').innerText()).toMatch(/never added/);
    const deathBars = await bars(page);
    expect(deathBars).not.toEqual(eventBars);
    // The located bars add up to the located tolls, each counted once; country-wide totals are outlines.
    const located = features.filter((f) => f.properties.date_start && !f.properties.aggregate).reduce((n, f) => n + tollOf(f), 0);
    const drawn = deathBars.filter((b) => !b.outline).reduce((n, b) => n + b.value, 0);
    expect(Math.abs(drawn - located)).toBeLessThan(0.1);
    const aggregates = features.filter((f) => f.properties.aggregate && f.properties.date_start && tollOf(f) > 0);
    expect(deathBars.filter((b) => b.outline).length).toBe(aggregates.length);
    await shot(page, 'timeline-deaths.png');

    await page.getByTestId('timeline-measure-events').check();
    await expect.poll(() => svg.getAttribute('data-measure')).toBe('events');
    expect(await bars(page)).toEqual(eventBars);
  });

  it('moves and resizes the range from the keyboard, and the hash and the count follow', async () => {
    w = await openPage(browser, { width: 1280, height: 1240 });
    const { page } = w;
    await page.goto(url);
    await waitForMapIdle(page);
    const brush = page.locator('.cm-timeline__brush');
    expect(await brush.getAttribute('role')).toBe('slider');
    await brush.focus();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('cm-timeline__brush'))).toBe(true);

    await page.keyboard.press('ArrowRight'); // nothing selected: the first day
    const day1 = { start: extent.start, end: extent.start };
    await expect.poll(() => hashRange(page)).toEqual(day1);
    await page.keyboard.press('ArrowRight');
    const day2 = { start: dayAfter(extent.start), end: dayAfter(extent.start) };
    await expect.poll(() => hashRange(page)).toEqual(day2);
    expect(await countLine(page)).toBe(countFor(day2));

    await page.keyboard.press('Shift+ArrowRight');
    const wider = { start: day2.start, end: dayAfter(day2.end) };
    await expect.poll(() => hashRange(page)).toEqual(wider);
    expect(await countLine(page)).toBe(countFor(wider));
    expect(await brush.getAttribute('aria-valuetext')).toMatch(/ to .*\(2 days\)$/);
    expect(await page.getByTestId('date-start').inputValue()).toBe(wider.start);
    expect(await page.getByTestId('date-end').inputValue()).toBe(wider.end);
    await shot(page, 'timeline-keyboard.png');

    await page.keyboard.press('End');
    await expect.poll(() => hashRange(page)).toEqual({ start: dayAfter(extent.end, -1), end: extent.end });
    await page.keyboard.press('Escape');
    await expect.poll(() => hashRange(page)).toBeNull();
    expect(await countLine(page)).toBe(countFor(null));
    expect(await brush.getAttribute('aria-valuetext')).toBe('All dates: no range selected');
  });

  it('plays the range forward, updating the hash and the count, and pauses', async () => {
    w = await openPage(browser, { width: 1280, height: 1240 });
    const { page } = w;
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${url}#start=${extent.start}&end=${extent.start}`);
    await waitForMapIdle(page);
    const play = page.getByTestId('timeline-play');
    // Never starts by itself (reduced motion or not).
    await page.waitForTimeout(600);
    expect(await play.getAttribute('data-playing')).toBe('false');
    expect(await hashRange(page)).toEqual({ start: extent.start, end: extent.start });

    // A day a second: from the first day, playback reaches the last (6 days on) after 6 s and stops, and a
    // click after that would start it again instead of pausing it. So the checks below that need no hurry
    // come after the pause, and the pause comes as soon as the range has moved (the page watches for that
    // itself, each frame): on a loaded machine, 2 days a second (3 s) left too little room for the round trips.
    await page.getByTestId('timeline-speed').selectOption('bars-1');
    await play.click();
    expect(await play.getAttribute('data-playing')).toBe('true');
    // Sliding window: one day wide, moving forward.
    await page.waitForFunction((first) => {
      const p = new URLSearchParams(location.hash.slice(1));
      return p.get('start') !== first || p.get('end') !== first;
    }, extent.start);
    await play.click();
    expect(await play.getAttribute('data-playing')).toBe('false');
    const moved = (await hashRange(page))!;
    expect(moved.start).toBe(moved.end);
    expect(moved.start > extent.start).toBe(true);
    expect(await countLine(page)).toBe(countFor(moved));
    await shot(page, 'timeline-paused.png');
    await page.waitForTimeout(1200);
    expect(await hashRange(page)).toEqual(moved);

    // Cumulative, the whole span in 10 s: the start stays, the end reaches the last day and playback stops.
    await page.getByTestId('timeline-play-mode').selectOption('cumulative');
    await page.getByTestId('timeline-speed').selectOption('span-10');
    await play.click();
    await expect.poll(() => hashRange(page), { timeout: 20_000 }).toEqual({ start: extent.start, end: extent.end });
    await expect.poll(() => play.getAttribute('data-playing')).toBe('false');
    expect(await countLine(page)).toBe(countFor(extent));
    await shot(page, 'timeline-played.png');

    // At the end, play starts over from the first day. At a day a second that range is in the hash for
    // about a second only, too short to be sure to catch by polling from here on a loaded machine: the
    // page records every range the hash takes (the hash is written before other listeners hear of it).
    await page.getByTestId('timeline-speed').selectOption('bars-1');
    await page.evaluate(() => {
      const seen: Array<{ start: string | null; end: string | null }> = [];
      (window as unknown as { hashRanges: typeof seen }).hashRanges = seen;
      window.__conflictMap!.state.subscribe(() => {
        const p = new URLSearchParams(location.hash.slice(1));
        seen.push({ start: p.get('start'), end: p.get('end') });
      });
    });
    await play.click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { hashRanges: unknown[] }).hashRanges)).toContainEqual({ start: extent.start, end: extent.start });
    // The date inputs take over from playback.
    await page.getByTestId('date-clear').click();
    await expect.poll(() => play.getAttribute('data-playing')).toBe('false');
    await page.waitForTimeout(1100);
    expect(await hashRange(page)).toBeNull();
  });

  it('has touch-sized brush handles on a phone and fits the screen', async () => {
    w = await openPage(browser, { width: 375, height: 760 }, true);
    const { page } = w;
    await page.goto(`${url}#start=${dayAfter(extent.start)}&end=${dayAfter(extent.start, 2)}`);
    await waitForMapIdle(page);
    await page.locator('.cm-timeline').scrollIntoViewIfNeeded();
    for (const side of ['w', 'e']) {
      const box = await page.locator(`.cm-timeline__brush .handle--${side}`).boundingBox();
      expect(box?.width ?? 0).toBeGreaterThanOrEqual(24);
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(24);
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByTestId('timeline-measure-deaths').check();
    await shot(page, 'timeline-phone.png');
  });
});

