// Country- and province-wide markers (issue 15): several reports placed only in one country (or province)
// show its name once, not once per report ("Myanmar (country-wide)" three times); and when every event shown
// is a country-wide total, the count line still gives their deaths, as totals.
import { rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventFeature } from '../../src/shared/schema.ts';
import { validateCollection } from '../../src/shared/validate.ts';
import { DIST, launchChromium, openPage, SCREENSHOTS, serveDist, waitForMapIdle } from './harness.ts';

const FILE = 'data/markers-test.geojson';

function ev(id: string, over: Partial<EventFeature['properties']>, at: [number, number]): EventFeature {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: at },
    properties: {
      id,
      event_type: 'Battles',
      sub_event_type: null,
      date_start: '2021-03-01',
      date_end: '2021-03-01',
      date_precision: 'day',
      place: { name: 'Myanmar', geonameid: null, admin1: null, country: 'MM' },
      geo_precision: 'country',
      fatalities: null,
      injured: null,
      actors: [],
      summary: `Event ${id}`,
      sources: [{ article: `a-${id}`, quote: 'A sentence.', start: 0, end: 11, outlet: 'Test Wire' }],
      confidence: 0.8,
      ...over,
    },
  };
}

const MM: [number, number] = [96.0, 21.0];
const events: EventFeature[] = [
  ev('c1', { fatalities: { low: 18, best: 18, high: null }, aggregate: true }, MM),
  ev('c2', { event_type: 'Protests', date_start: '2021-03-02', date_end: '2021-03-02', fatalities: { low: 5, best: 5, high: 5 }, aggregate: true }, MM),
  ev('c3', { event_type: 'Violence against civilians', date_start: '2021-03-03', date_end: '2021-03-03' }, MM),
  ev('p1', { geo_precision: 'admin1', place: { name: 'Sagaing Region', geonameid: null, admin1: 'MM.10', country: 'MM' } }, [95.0, 24.0]),
  ev('p2', { geo_precision: 'admin1', event_type: 'Riots', place: { name: 'Sagaing Region', geonameid: null, admin1: 'MM.10', country: 'MM' } }, [95.0, 24.0]),
];

describe('country- and province-wide markers', () => {
  let server: PreviewServer;
  let url: string;
  let browser: Browser;

  beforeAll(async () => {
    const collection = { type: 'FeatureCollection', schema_version: '1.0.0', features: events };
    expect(validateCollection(collection).errors).toEqual([]);
    writeFileSync(resolve(DIST, FILE), JSON.stringify(collection));
    ({ server, url } = await serveDist());
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((r) => (server ? server.httpServer.close(() => r()) : r()));
    rmSync(resolve(DIST, FILE), { force: true });
  });

  it('names each country and province once, however many reports it holds; the count gives the totals', async () => {
    const w = await openPage(browser, { width: 1000, height: 800 });
    const { page } = w;
    await page.goto(`${url}?data=${FILE}`);
    await waitForMapIdle(page);
    const labels = await page.evaluate(() =>
      window.__conflictMap!.map.queryRenderedFeatures({ layers: ['events-labels-area', 'events-labels'] }).map((f) => String(f.properties.label)),
    );
    expect(labels.filter((l) => l === 'Myanmar (country-wide)')).toHaveLength(1);
    expect(labels.filter((l) => l === 'Sagaing Region')).toHaveLength(1);
    // Only country-wide totals give a toll: they are the line's figure, said to be totals.
    expect(await page.getByTestId('event-count').innerText()).toBe('Showing all 5 events · at least 23 killed (country-wide totals)');
    await page.screenshot({ path: resolve(SCREENSHOTS, 'markers-country-wide.png') });
    expect(w.errors).toEqual([]);
    await w.context.close();
  }, 120_000);
});
