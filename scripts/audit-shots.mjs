// The shots of scripts/audit-screens.mjs, one or more a point of issue 15: [name, point, url, options].
// Options: phone, dark, wait ('map' | 'embed' | 'none'), act(page, frame) → figures noted, target (selector), fullPage.

const box = (page, sel) => page.evaluate((s) => {
  const r = document.querySelector(s)?.getBoundingClientRect();
  return r ? { top: Math.round(r.top), bottom: Math.round(r.bottom), height: Math.round(r.height) } : null;
}, sel);
const popupWhole = (frame) => frame.evaluate(async () => {
  await new Promise((r) => setTimeout(r, 1200));
  const p = document.querySelector('.maplibregl-popup')?.getBoundingClientRect();
  const m = document.querySelector('.cm-map')?.getBoundingClientRect();
  return p && m ? { popupInsideMap: p.left >= m.left - 1 && p.right <= m.right + 1 && p.top >= m.top - 1 && p.bottom <= m.bottom + 1 } : { popup: false };
});
const dragDrift = async (page) => {
  await page.locator('.cm-timeline__brush .overlay').scrollIntoViewIfNeeded();
  const b = await page.locator('.cm-timeline__brush .overlay').boundingBox();
  const y = b.y + b.height / 2;
  const top = () => page.evaluate(() => document.querySelector('#timeline').getBoundingClientRect().top);
  const before = await top();
  let drift = 0;
  await page.mouse.move(b.x + b.width * 0.15, y);
  await page.mouse.down();
  for (let i = 1; i <= 5; i++) {
    await page.mouse.move(b.x + b.width * (0.15 + i * 0.1), y, { steps: 2 });
    drift = Math.max(drift, Math.abs((await top()) - before));
  }
  return { driftPx: drift };
};
const savePng = async (page, out) => {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
  await d.saveAs(out);
  return { file: out, suggested: d.suggestedFilename() };
};

export function SHOTS({ APP, HOST, HAMA }) {
  const OUT = process.argv[2] ?? '.audit';
  const range = 'start=2011-07-31&end=2011-08-06';
  const shots = [];
  for (const [lang, tag] of [['', 'en'], ['&lang=ar', 'ar']]) {
    // 1. The embed code under npm start (dev server) and from the built site, on a page of another origin.
    shots.push([`w1-embed-dev-${tag}`, 'W1 / D1 embed under npm start (dev server), other origin', `${HOST}?dev=1&hash=${encodeURIComponent(range + lang)}`, { wait: 'embed', act: async (page, f) => { await page.evaluate(() => window.scrollTo(0, 500)); return { origin: await f.evaluate(() => self.origin), count: await f.locator('#event-count').innerText(), frameHeight: (await box(page, '#cm')).height }; } }]);
    shots.push([`d1-embed-built-${tag}-phone-dark`, 'D1 embed from the built site, other origin', `${HOST}?hash=${encodeURIComponent(range + lang)}`, { wait: 'embed', phone: true, dark: true, act: async (page, f) => { await page.evaluate(() => window.scrollTo(0, 500)); return { origin: await f.evaluate(() => self.origin), frameHeight: (await box(page, '#cm')).height }; } }]);
    // 2. Popups: select() at the map's edge, event= in the hash, a table row with the map out of view, Escape.
    shots.push([`w2-select-edge-${tag}`, 'W2 / D2 select() pans the event into view with the popup whole', `${APP}#map=7/33.5/40${lang}`, { act: async (page) => { await page.evaluate((id) => window.conflictMap.select(id), HAMA); return popupWhole(page); }, target: '.cm-map-wrap' }]);
    shots.push([`w2-hash-event-${tag}-phone`, 'W2 / D2 event= in the hash opens the popup in view (phone sheet)', `${APP}#event=${HAMA}&map=7/33.5/40${lang}`, { phone: true, act: (page) => popupWhole(page) }]);
    shots.push([`w2-row-click-${tag}`, 'W2 a table row clicked with the map scrolled out of view brings the map into view', `${APP}#${range}${lang}`, { act: async (page) => {
      await page.locator('[data-testid="event-table"]').scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollBy(0, 300));
      await page.locator('.cm-table__open').first().click();
      const fit = await popupWhole(page);
      return { ...fit, map: await box(page, '.cm-map'), viewport: 900 };
    } }]);
    shots.push([`w2-escape-${tag}`, 'W2 Escape closes the popup (opened from the table by keyboard)', `${APP}#${range}${lang}`, { act: async (page) => {
      await page.locator('.cm-table__open').first().focus();
      await page.keyboard.press('Enter');
      await page.waitForSelector('.maplibregl-popup[data-in-view="true"]');
      const before = { popups: await page.locator('.maplibregl-popup').count(), focus: await page.evaluate(() => document.activeElement?.className) };
      await page.keyboard.press('Escape');
      const t0 = Date.now();
      while (Date.now() - t0 < 5000 && (await page.locator('.maplibregl-popup').count()) > 0) await page.waitForTimeout(100);
      return { before, popupsAfter: await page.locator('.maplibregl-popup').count(), ms: Date.now() - t0, hash: await page.evaluate(() => location.hash), focus: await page.evaluate(() => document.activeElement?.textContent?.slice(0, 30)) };
    } }]);
    // 3. The host page keeps its focus and scroll when it selects an event in the embed.
    shots.push([`w3-host-select-${tag}`, 'W3 / D3 host select() keeps the host focus and scroll', `${HOST}?hash=${encodeURIComponent('map=6/46.5/9.5' + lang)}`, { wait: 'embed', act: async (page, f) => {
      await page.locator('#q').focus();
      await page.evaluate(() => window.scrollTo(0, 607));
      await page.waitForTimeout(300);
      await page.evaluate((id) => window.send({ type: 'conflict-map:select', id }), HAMA);
      const fit = await popupWhole(f);
      return { ...fit, scrollY: await page.evaluate(() => window.scrollY), focus: await page.evaluate(() => document.activeElement?.id) };
    } }]);
    // 4. The PNG export: 2×, title, legend, dates, source, credit, from the filtered events.
    for (const [overlay, dark] of [['circles', false], ['heatmap', true]])
      shots.push([`w4-png-${overlay}-${tag}${dark ? '-dark' : ''}`, 'W4 / D4 PNG export (the page; the PNG is beside it)', `${APP}#${range}&overlay=${overlay}&types=Violence%20against%20civilians,Protests${lang}`, { dark, act: (page) => savePng(page, `${OUT}/w4-png-${overlay}-${tag}${dark ? '-dark' : ''}.export.png`) }]);
    // 5. Country-wide rings: labels, deaths in the count line when every event is country-wide, confidence.
    shots.push([`w5-country-labels-${tag}`, 'W5 / D5 country-wide labels: one label, not cut', `${APP}#map=6/34.8/37.8${lang}`, { target: '.cm-map-wrap', act: (page) => page.evaluate(() => window.__conflictMap.map.queryRenderedFeatures({ layers: ['events-labels-area'] }).map((f) => (document.documentElement.lang === 'ar' ? f.properties.label_ar : undefined) ?? f.properties.label)) }]);
    shots.push([`w5-country-only-count-${tag}`, 'W5 count line with only country-wide events shows deaths', `${APP}?data=data/audit-country.geojson#${lang.slice(1)}`, { act: async (page) => ({ count: await page.getByTestId('event-count').innerText() }) }]);
    shots.push([`w5-confidence-${tag}-dark`, 'W5 / D6 confidence in the popup and the low-confidence filter', `${APP}#event=${HAMA}&confident=1${lang}`, { dark: true, act: async (page) => ({ confidence: await page.locator('.cm-popup__confidence').innerText().catch(() => null), filterChecked: await page.getByTestId('filter-confident').isChecked() }) }]);
    // 6. Layout: timeline above the fold, filters before the table on a phone, chart does not jump mid-drag.
    shots.push([`w6-desktop-fold-${tag}`, 'W6 / D7 desktop 1440×900: timeline above the fold; mid-drag', `${APP}#${lang.slice(1)}`, { act: async (page) => ({ timeline: await box(page, '#timeline'), ...(await dragDrift(page)) }) }]);
    shots.push([`w6-phone-order-${tag}`, 'W6 / D7 phone: filters reachable before the table', `${APP}#${lang.slice(1)}`, { phone: true, fullPage: true, act: async (page) => ({ panels: await box(page, '#panels'), table: await box(page, '.cm-table-wrap') }) }]);
    shots.push([`w6-embed-legend-open-${tag}`, 'W6 / D8 embed sized to its content, legend folded then opened', `${HOST}?hash=${encodeURIComponent(range + lang)}`, { wait: 'embed', act: async (page, f) => {
      const closed = (await box(page, '#cm')).height;
      await f.locator('#embed-legend summary').click();
      await page.waitForTimeout(500);
      await page.evaluate(() => window.scrollTo(0, 480));
      return { frameHeightClosed: closed, frameHeightOpen: (await box(page, '#cm')).height, count: await f.locator('#event-count').innerText(), start: await f.locator('#date-start').inputValue() };
    } }]);
  }
  // 7. Arabic: the whole interface, desktop and phone, light and dark.
  shots.push(['w7-arabic-desktop-dark', 'W7 / D9 Arabic interface, dark', `${APP}#lang=ar&event=${HAMA}`, { dark: true }]);
  shots.push(['w7-arabic-phone', 'W7 / D9 Arabic interface, phone', `${APP}#lang=ar`, { phone: true, fullPage: true }]);
  // 8. The basemap where the detailed and simplified layers meet.
  shots.push(['w8-basemap-norwegian-sea', 'W8 / D10 basemap: no band over the Norwegian Sea', `${APP}#map=3.6/66/8`, { target: '.cm-map-wrap' }]);
  shots.push(['w8-basemap-lat1', 'W8 / D10 basemap: no lines near latitude 1°', `${APP}#map=4.5/1/32`, { target: '.cm-map-wrap', dark: true }]);
  // 9. Smaller: dark toggle, copy feedback, date inputs, Explosions colour, npm start watching (see the e2e test).
  shots.push(['w9-dark-toggle', 'W9 dark mode toggle (system light, toggled dark)', `${APP}#${range}`, { act: async (page) => { await page.getByTestId('scheme-toggle').click(); return { pressed: await page.getByTestId('scheme-toggle').getAttribute('aria-pressed') }; } }]);
  for (const [lang, tag] of [['', 'en'], ['&lang=ar', 'ar']]) {
    shots.push([`w9-copy-${tag}`, 'W9 "Copy the code" says it copied', `${APP}#${range}${lang}`, { target: '#share', act: async (page) => {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.locator('#share summary').click();
      await page.getByTestId('embed-copy').click();
      await page.waitForTimeout(300);
      return { said: await page.getByTestId('embed-copy-status').innerText() };
    } }]);
    shots.push([`w9-dates-${tag}`, 'W9 date inputs read like "5 Aug 2011"', `${APP}#${range}${lang}`, { target: '.cm-timeline', act: async (page) => ({ start: await page.getByTestId('date-start').inputValue(), end: await page.getByTestId('date-end').inputValue() }) }]);
    shots.push([`w9-explosions-legend-${tag}`, 'W9 Explosions/Remote violence not near-black', `${APP}?data=data/demo.geojson#map=6/35/38${lang}`, { act: (page) => page.evaluate(() => [...document.querySelectorAll('.cm-legend__types li')].map((li) => `${li.textContent}: ${getComputedStyle(li.querySelector('.cm-swatch')).backgroundColor}`)) }]);
  }
  return shots;
}
