// Bad data in the browser: a file that is not JSON, a collection with broken events, events with missing
// properties or impossible dates. The app says what went wrong, in words, and still shows the valid part.
import type { Browser } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openPage, serveDist, waitForMapIdle, type Watched } from './harness.ts';

const good = (id: string, day: string, lon: number) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [lon, 34.5] },
  properties: {
    id, event_type: 'Protests', sub_event_type: 'Peaceful protest', date_start: day, date_end: day, date_precision: 'day',
    place: { name: `Town ${id}`, geonameid: null, admin1: null, country: 'SY' }, geo_precision: 'place',
    fatalities: null, actors: [], confidence: 0.5, sources: [{ article: 'a', quote: 'A protest.', start: 0, end: 10 }],
  },
});
const broken = [
  { type: 'Feature', geometry: { type: 'Point', coordinates: [36, 34] } },
  good('bad-date', '2011-02-30', 36.5),
  { ...good('off-globe', '2011-08-02', 500) },
  { type: 'Feature', geometry: null, properties: { id: 'no-geometry' } },
  'not a feature',
];

describe('bad data in the browser', () => {
  let server: PreviewServer;
  let url: string;
  let browser: Browser;
  let w: Watched;
  let body = '';

  beforeAll(async () => {
    ({ server, url } = await serveDist());
    browser = await launchChromium();
    w = await openPage(browser, { width: 1024, height: 900 });
    await w.context.route('**/data/events.geojson', (route) => route.fulfill({ contentType: 'application/json', body }));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((r) => (server ? server.httpServer.close(() => r()) : r()));
  });

  it('keeps the valid events of a partly broken file and says how many were dropped', async () => {
    const fixed = [good('ok1', '2011-08-01', 36.2), good('ok2', '2011-08-03', 37)];
    body = JSON.stringify({ type: 'FeatureCollection', schema_version: '1.0.0', features: [...fixed, ...broken] });
    await w.page.goto(url);
    await waitForMapIdle(w.page);
    await expect.poll(() => w.page.getByTestId('event-count').innerText()).toMatch(/\b2 events\b/);
    const status = await w.page.locator('#status').innerText();
    expect(status).toMatch(/5 of 7 events could not be read/);
    await w.page.screenshot({ path: 'tests/e2e/screenshots/bad-data-partial.png' });
  }, 120_000);

  it('says so in words when the file is not JSON at all, and the page still works', async () => {
    body = '{"type": "FeatureCollection", "features": [ this is not json';
    const errors = w.errors.length;
    await w.page.goto(url);
    await w.page.waitForSelector('#status:not([hidden])');
    expect(await w.page.locator('#status').innerText()).toMatch(/could not be loaded/);
    expect(w.errors.slice(errors).filter((e) => e.startsWith('pageerror'))).toEqual([]);
  }, 120_000);
});
