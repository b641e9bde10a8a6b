import { describe, expect, it } from 'vitest';
import { axisLabel, chartBins, formatDeaths } from '../../../src/app/timeline/measure.ts';
import { event } from '../helpers.ts';

const EXTENT = { start: '2011-07-31', end: '2011-08-06' };
const features = [
  event({ id: 'h', event_type: 'Violence against civilians', date_start: '2011-07-31', date_end: '2011-08-06', fatalities: { low: 300, best: 300, high: 300 } }),
  event({ id: 'n', event_type: 'Protests', date_start: '2011-08-05', date_end: '2011-08-05', fatalities: { low: 18, best: 18, high: null }, aggregate: true }),
  event({ id: 'u', date_start: null, date_end: null }),
];

describe('what the timeline measures', () => {
  it('labels the y axis with what the bars count', () => {
    expect(chartBins(features, EXTENT, 'events').axisLabel).toBe('Events per day');
    expect(chartBins(features, EXTENT, 'deaths').axisLabel).toBe('Reported deaths per day');
    expect([axisLabel('events', 'day'), axisLabel('deaths', 'day')]).toEqual(['Events per day', 'Reported deaths per day']);
  });

  it('events mode counts events: the span event counts once on each of its days', () => {
    const b = chartBins(features, EXTENT, 'events');
    expect(b.max).toBe(2);
    expect(b.undated).toBe(1);
    expect(b.bars.filter((x) => x.day === '2011-08-05').map((x) => x.value)).toEqual([1, 1]);
  });

  it('deaths mode: the located bars add up to the located tolls; the country-wide total is an outline', () => {
    const b = chartBins(features, EXTENT, 'deaths');
    const located = b.bars.filter((x) => !x.outline).reduce((n, x) => n + x.value, 0);
    expect(located).toBeCloseTo(300, 9);
    const outline = b.bars.filter((x) => x.outline);
    expect(outline.map((x) => [x.day, x.value, x.y0])).toEqual([['2011-08-05', 18, 0]]);
    expect(outline[0]?.title).toContain('not added');
    expect(b.note).toMatch(/never added/);
  });

  it("a span's share says what it is a share of", () => {
    const bar = chartBins(features, EXTENT, 'deaths').bars.find((x) => x.day === '2011-08-01');
    expect(bar?.title).toBe('2011-08-01: 42.9 reported deaths, Violence against civilians (share of 300 over 7 days)');
  });

  it('formats deaths as whole numbers, and shares to one decimal', () => {
    expect(formatDeaths(1200)).toBe('1,200');
    expect(formatDeaths(300 / 7)).toBe('42.9');
    expect(formatDeaths(2.04)).toBe('2');
  });
});
