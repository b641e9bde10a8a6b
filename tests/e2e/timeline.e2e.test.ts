// The timeline in Chromium: events or deaths per day, the brush from the keyboard, playback. Each changes
// the range the same way the mouse does: through the store, into the URL hash and the count line.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { EventFeature } from '../../src/shared/schema.ts';
import { validateCollection } from '../../src/shared/validate.ts';
import { filterByRange, dataExtent, type DateRange } from '../../src/app/state/range.ts';
import { tollOf } from '../../src/app/timeline/toll-bins.ts';
import { countText, tollText } from '../../src/app/ui/count.ts';
import { formatDay } from '../../src/app/state/dates.ts';
import { loadGazetteer } from '../../src/pipeline/gazetteer/load.ts';
import { generateDemo } from '../../src/pipeline/demo/generate.ts';
import { demoGazetteer } from '../../src/pipeline/demo/places.ts';
import { serveWithData } from './gpu-serve.ts';
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
    expect(await page.getByTestId('date-start').inputValue()).toBe(formatDay(wider.start));
    expect(await page.getByTestId('date-end').inputValue()).toBe(formatDay(wider.end));
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

// A 2011–2024 set: the demo generator's events with their days stretched over fourteen years.
describe('timeline over thirteen years: coarser bins, overview zoom, playback by the span', () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };
  let w: Watched | undefined;
  let long: EventFeature[];
  const dir = mkdtempSync(join(tmpdir(), 'cm-timeline-long-'));

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const collection = generateDemo(demoGazetteer(await loadGazetteer()), { events: 3000, seed: 7 });
    const base = Date.UTC(2011, 2, 15);
    const stretch = (day: string): string => new Date(Date.UTC(2011, 0, 1) + Math.round((Date.parse(`${day}T00:00:00Z`) - base) / 86_400_000) * 5 * 86_400_000).toISOString().slice(0, 10);
    for (const f of collection.features) {
      const p = f.properties;
      if (!p.date_start || !p.date_end) continue;
      const len = Math.round((Date.parse(p.date_end) - Date.parse(p.date_start)) / 86_400_000);
      p.date_start = stretch(p.date_start);
      p.date_end = dayAfter(p.date_start, len);
    }
    writeFileSync(join(dir, 'long.geojson'), JSON.stringify(collection));
    long = validateCollection(collection).valid;
    server = await serveWithData(resolve(DIST), '/long-data/', dir);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  afterEach(async () => {
    const watched = w;
    w = undefined;
    await watched?.context.close();
    expect(watched?.errors ?? [], 'page errors / console errors').toEqual([]);
  });

  it('draws months over 13 years, zooms to days in the overview, picks a single day, and plays the span in about 10 s', async () => {
    const span = dataExtent(long)!;
    expect(span.start < '2011-02-01' && span.end > '2024-01-01').toBe(true);
    w = await openPage(browser, { width: 1280, height: 1240 });
    const { page } = w;
    await page.goto(`${server.url}?data=long-data/long.geojson`);
    await waitForMapIdle(page);
    const svg = page.locator('.cm-timeline__svg');
    expect(await svg.getAttribute('data-unit')).toBe('month');
    expect(await page.locator('.cm-timeline__y-label').textContent()).toBe('Events per month');
    const monthBars = await bars(page);
    expect(new Set(monthBars.map((b) => b.day)).size).toBeLessThanOrEqual(170);
    expect(monthBars.every((b) => b.day!.endsWith('-01'))).toBe(true);
    // Every dated event is in the bars at least once; undated ones in their lane.
    const undated = long.filter((f) => !f.properties.date_start).length;
    expect(await page.locator('.cm-timeline__lane-n').textContent()).toBe(undated.toLocaleString('en-US'));
    await shot(page, 'timeline-13-years.png');

    // Keyboard at month resolution: the first day, then the next whole month.
    const brush = page.locator('.cm-timeline__brush');
    await brush.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => hashRange(page)).toEqual({ start: span.start, end: span.start });
    await page.keyboard.press('ArrowRight');
    const next = new Date(Date.UTC(Number(span.start.slice(0, 4)), Number(span.start.slice(5, 7)), 1));
    const nextEnd = new Date(Date.UTC(next.getUTCFullYear(), next.getUTCMonth() + 1, 0));
    await expect.poll(() => hashRange(page)).toEqual({ start: next.toISOString().slice(0, 10), end: nextEnd.toISOString().slice(0, 10) });
    await page.keyboard.press('Escape');
    await expect.poll(() => hashRange(page)).toBeNull();

    // The overview: a short drag in the middle zooms the chart to a few days, drawn per day.
    const ov = await page.getByTestId('timeline-overview-brush').boundingBox();
    expect(ov).not.toBeNull();
    // Styled: SVG's default fill would draw the strip as a black block.
    const fills = await page.evaluate(() => ['.cm-timeline__overview-bg', '.cm-timeline__overview-bars rect'].map((s) => getComputedStyle(document.querySelector(s)!).fill));
    expect(fills).not.toContain('rgb(0, 0, 0)');
    // A drag of one whole pixel, as a mouse moves (half a pixel may round to none, which is a click).
    const x0 = Math.round(ov!.x + ov!.width * 0.6);
    await page.mouse.move(x0, ov!.y + ov!.height / 2);
    await page.mouse.down();
    await page.mouse.move(x0 + 1, ov!.y + ov!.height / 2, { steps: 2 });
    await page.mouse.up();
    await expect.poll(() => svg.getAttribute('data-unit')).toBe('day');
    const shownFirst = (await brush.getAttribute('data-first-day'))!;
    const shownEnd = (await brush.getAttribute('data-end-day'))!;
    // A pixel of the overview is several days (the span over its width); the drag is snapped to whole days,
    // three at least.
    const daysPerPx = (Date.parse(span.end) - Date.parse(span.start)) / 86_400_000 / ov!.width;
    const shownDays = Math.round((Date.parse(shownEnd) - Date.parse(shownFirst)) / 86_400_000);
    expect(shownDays).toBeGreaterThanOrEqual(3);
    expect(shownDays).toBeLessThanOrEqual(Math.ceil(daysPerPx) + 2);
    expect(await page.locator('.cm-timeline__y-label').textContent()).toBe('Events per day');
    await shot(page, 'timeline-zoomed-days.png');

    // One day picked with the mouse inside the days shown: the second.
    const box = (await page.locator('.cm-timeline__brush .overlay').boundingBox())!;
    const dayW = box.width / shownDays;
    await page.mouse.move(box.x + dayW * 1.1, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + dayW * 1.9, box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    const middle = dayAfter(shownFirst, 1);
    await expect.poll(() => hashRange(page)).toEqual({ start: middle, end: middle });
    expect(await brush.getAttribute('aria-valuetext')).toMatch(/\(1 day\)$/);

    // A click outside the overview's box shows the whole span again. Measured again: the screenshot above
    // scrolled the page, and boxes are relative to the viewport.
    const ovNow = (await page.locator('.cm-timeline__overview-brush .overlay').boundingBox())!;
    await page.mouse.click(ovNow.x + 3, ovNow.y + ovNow.height / 2);
    await expect.poll(() => svg.getAttribute('data-unit')).toBe('month');

    // Playback, the whole span in 10 s, cumulative from the start: month by month to the last day.
    await page.getByTestId('timeline-play-mode').selectOption('cumulative');
    await page.getByTestId('timeline-speed').selectOption('span-10');
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { ends: string[] }).ends = seen;
      // The store's range at each step (the URL follows a burst of ranges once it ends: src/app/state/hash.ts).
      window.__conflictMap!.state.subscribe((s) => seen.push(s.end ?? ''));
    });
    await page.getByTestId('date-clear').click();
    const t0 = Date.now();
    await page.getByTestId('timeline-play').click();
    await expect.poll(() => hashRange(page), { timeout: 40_000, interval: 200 }).toEqual({ start: span.start, end: span.end });
    const took = (Date.now() - t0) / 1000;
    const ends = (await page.evaluate(() => (window as unknown as { ends: string[] }).ends)).filter((e) => e);
    // Playback keeps to the clock: a frame shows the month the clock has reached, so on a loaded machine
    // drawing with SwiftShader (a frame every 150–200 ms against 16 months a second) a frame may pass
    // several months (7 seen). It still goes by months, never by a few big jumps: at most a year a frame.
    const distinct = [...new Set(ends)];
    const monthOf = (day: string): number => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7));
    const jumps = distinct.slice(1).map((e, i) => monthOf(e) - monthOf(distinct[i]!));
    console.log(`13-year playback, whole span in 10 s: took ${took.toFixed(1)} s, ${distinct.length} distinct ends, largest step ${Math.max(...jumps)} months`);
    expect(took).toBeGreaterThan(8);
    expect(took).toBeLessThan(30);
    expect([...ends].sort()).toEqual(ends); // the end never moves back
    expect(distinct.every((e) => e === span.end || dayAfter(e).endsWith('-01'))).toBe(true); // whole months
    // Month by month, at most a year a frame: over 13 years at least 13 steps, however slow the frames are.
    expect(distinct.length).toBeGreaterThanOrEqual(13);
    expect(Math.max(...jumps)).toBeLessThanOrEqual(12);
  }, 90_000);

  it('a three-day data set is drawn per day, a label under each day, with no overview strip', async () => {
    const days = ['2015-06-09', '2015-06-10', '2015-06-11'];
    // Ninety of the events, moved onto three days; one of every ten spread over two of them.
    const three = long
      .filter((f) => f.properties.date_start)
      .slice(0, 90)
      .map((f, i) => ({ ...f, properties: { ...f.properties, date_start: days[i % 3]!, date_end: i % 10 === 0 ? days[Math.min(2, (i % 3) + 1)]! : days[i % 3]! } }));
    const undated = long.filter((f) => !f.properties.date_start).slice(0, 3);
    writeFileSync(join(dir, 'three.geojson'), JSON.stringify({ type: 'FeatureCollection', features: [...three, ...undated] }));
    w = await openPage(browser, { width: 1280, height: 1240 });
    const { page } = w;
    await page.goto(`${server.url}?data=long-data/three.geojson`);
    await waitForMapIdle(page);
    expect(await page.locator('.cm-timeline__svg').getAttribute('data-unit')).toBe('day');
    expect(await page.locator('.cm-timeline__overview').count()).toBe(0);
    expect(new Set((await bars(page)).map((b) => b.day))).toEqual(new Set(days));
    await shot(page, 'timeline-3-days.png');
  });
});
