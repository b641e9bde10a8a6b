import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildPopupContent } from '../../src/app/overlays/popup-content.ts';
import { binByDay } from '../../src/app/timeline/bins.ts';
import { countText, hiddenNote, tollText } from '../../src/app/ui/count.ts';
import { validateCollection } from '../../src/shared/validate.ts';
import { event, fixture } from './helpers.ts';

const { document } = parseHTML('<!doctype html><html><body></body></html>');

describe('the app fixture', () => {
  it('is a valid event collection with the seed places', () => {
    const r = validateCollection(fixture());
    expect(r.errors).toEqual([]);
    expect(r.valid.map((f) => f.properties.place.geonameid)).toEqual(expect.arrayContaining([170017, 170905, 170654]));
  });
});

describe('count line', () => {
  it('says how many events are shown', () => {
    expect(countText(2, 5)).toBe('Showing 2 of 5 events');
    expect(countText(5, 5)).toBe('Showing all 5 events');
    expect(countText(0, 1)).toBe('Showing 0 of 1 event');
    expect(hiddenNote(0)).toBe('');
    expect(hiddenNote(1)).toContain('1 undated event is hidden');
  });
});

describe('popup', () => {
  it('shows date, place, toll and the source sentence as text, never as HTML', () => {
    const el = buildPopupContent(
      event({
        id: 'x',
        date_start: '2011-08-05',
        date_end: '2011-08-05',
        fatalities: { low: 18, best: null, high: null },
        sources: [
          { article: 'a', quote: 'Killed <img src=x onerror=alert(1)> at least 18.', start: 0, end: 10, outlet: '<b>Wire</b>', url: 'https://example.org/a' },
          { article: 'b', quote: 'Second.', start: 0, end: 7, outlet: 'Evil', url: 'javascript:alert(1)' },
        ],
      }).properties,
      document as unknown as Document,
    );
    const text = el.textContent ?? '';
    expect(text).toContain('5 Aug 2011');
    expect(text).toContain('Hama');
    expect(text).toContain('at least 18 killed');
    expect(text).toContain('Killed <img src=x onerror=alert(1)> at least 18.');
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('b')).toBeNull();
    const links = [...el.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['https://example.org/a']);
    expect(text).toContain('Evil');
  });
  it('says who acted and who it was done to, as text', () => {
    const el = buildPopupContent(event({ actors: ['Syrian army'], victims: ['<img src=x onerror=alert(1)>'] }).properties, document as unknown as Document);
    expect(el.querySelector('.cm-popup__sides')?.textContent).toBe('By Syrian army, against <img src=x onerror=alert(1)>');
    expect(el.querySelector('img')).toBeNull();
  });
  it('flags claims, aggregates and coarse places', () => {
    const el = buildPopupContent(
      event({ claim: true, aggregate: true, geo_precision: 'country', fatalities: null }).properties,
      document as unknown as Document,
    );
    const text = el.textContent ?? '';
    expect(text).toContain('Unverified claim');
    expect(text).toContain('Nationwide or regional total');
    expect(text).toContain('No death toll reported');
  });
  it('says how confident the build is, in a band and a figure, low ones marked', () => {
    const low = buildPopupContent(event({ confidence: 0.45 }).properties, document as unknown as Document);
    expect(low.querySelector('.cm-popup__confidence')?.textContent).toBe('Confidence: low (0.45)');
    expect(low.querySelector('.cm-popup__confidence.is-low')).not.toBeNull();
    const high = buildPopupContent(event({ confidence: 0.85 }).properties, document as unknown as Document);
    expect(high.querySelector('.cm-popup__confidence')?.textContent).toBe('Confidence: high (0.85)');
    expect(buildPopupContent(event({ confidence: 0.65 }).properties, document as unknown as Document).textContent).toContain('Confidence: medium (0.65)');
  });
});

describe('timeline bins', () => {
  it('stacks events per day by type and counts undated ones apart', () => {
    const bins = binByDay(
      [
        event({ id: 'a', event_type: 'Battles', date_start: '2011-08-02', date_end: '2011-08-02' }),
        event({ id: 'b', event_type: 'Protests', date_start: '2011-08-02', date_end: '2011-08-03' }),
        event({ id: 'c', date_start: null, date_end: null }),
      ],
      { start: '2011-08-01', end: '2011-08-03' },
    );
    expect(bins.days).toEqual(['2011-08-01', '2011-08-02', '2011-08-03']);
    expect(bins.undated).toBe(1);
    expect(bins.max).toBe(2);
    expect(bins.segments).toEqual([
      { day: '2011-08-02', type: 'Battles', spread: false, count: 1, y0: 0, y1: 1 },
      { day: '2011-08-02', type: 'Protests', spread: true, count: 1, y0: 1, y1: 2 },
      { day: '2011-08-03', type: 'Protests', spread: true, count: 1, y0: 0, y1: 1 },
    ]);
  });
});

describe('the toll in the count line', () => {
  const ev = (id: string, fatalities: { low: number | null; best: number | null; high: number | null } | null, aggregate = false) =>
    ({ type: 'Feature', geometry: { type: 'Point', coordinates: [0, 0] }, properties: { id, fatalities, ...(aggregate ? { aggregate } : {}) } }) as never;
  it('sums lower bounds to upper bounds: 300 and 18–24 give 318–324 killed', () =>
    expect(tollText([ev('a', { low: 300, best: 300, high: 300 }), ev('b', { low: 18, best: 24, high: 24 })])).toBe('318–324 killed'));
  it('never adds a country-wide total to the located events', () =>
    expect(tollText([ev('a', { low: 300, best: 300, high: 300 }), ev('b', { low: 18, best: 18, high: null }, true)])).toBe('300 killed'));
  it('an open-ended toll ("at least 18") makes the sum open-ended', () =>
    expect(tollText([ev('a', { low: 18, best: 18, high: null }), ev('b', { low: 2, best: 2, high: 2 })])).toBe('at least 20 killed'));
  it('says nothing when no event has a toll', () => expect(tollText([ev('a', null)])).toBe(''));
  it('when only country-wide totals give a toll, shows them as totals', () => {
    expect(tollText([ev('a', { low: 18, best: 18, high: null }, true), ev('b', null)])).toBe('at least 18 killed (country-wide totals)');
    expect(tollText([ev('a', { low: 5, best: 5, high: 5 }, true), ev('b', { low: 2, best: 3, high: 3 }, true)])).toBe('7–8 killed (country-wide totals)');
  });
  it('joins the toll to the count with a middle dot', () => expect(countText(12, 57, '342–360 killed')).toBe('Showing 12 of 57 events · 342–360 killed'));
});
