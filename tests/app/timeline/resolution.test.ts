import { describe, expect, it } from 'vitest';
import { rangeAfterKey } from '../../../src/app/timeline/brush-keys.ts';
import { chartBins } from '../../../src/app/timeline/measure.ts';
import { binsPerSecond, playbackAt, startPlayback } from '../../../src/app/timeline/playback.ts';
import { binCount, binLast, binName, binStart, binsCovering, chooseUnit, offsetBins } from '../../../src/app/timeline/resolution.ts';
import { event } from '../helpers.ts';

const r = (start: string, end: string) => ({ start, end });
const key = (k: string, shift = false) => ({ key: k, shift });

describe('bins that adapt to the span', () => {
  it('picks the finest bin that keeps bars at least 3 px wide: days for a week, weeks for a year, months for 13 years, years for a century', () => {
    expect(chooseUnit('2011-08-01', '2011-08-03', 900)).toBe('day');
    expect(chooseUnit('2011-01-01', '2011-12-31', 900)).toBe('week');
    expect(chooseUnit('2011-01-01', '2011-12-31', 1100)).toBe('day'); // 365 bars of 3 px
    expect(chooseUnit('2011-01-01', '2024-12-31', 900)).toBe('month');
    // The timeline beside the side column at 1280 px (~750 px of plot): 168 months of ~4.5 px, not 14 years.
    expect(chooseUnit('2011-01-01', '2024-12-31', 750)).toBe('month');
    expect(chooseUnit('2011-01-01', '2024-12-31', 500)).toBe('year');
    expect(chooseUnit('2011-01-01', '2024-12-31', 300)).toBe('year');
    expect(chooseUnit('1900-01-01', '2024-12-31', 300)).toBe('year');
  });

  it('weeks start on Monday, months on the 1st, years on 1 January', () => {
    expect(binStart('2011-08-07', 'week')).toBe('2011-08-01'); // a Sunday
    expect(binStart('2011-08-07', 'month')).toBe('2011-08-01');
    expect(binStart('2011-08-07', 'year')).toBe('2011-01-01');
    expect(binLast('2012-02-10', 'month')).toBe('2012-02-29');
    expect(offsetBins('2011-12-15', 'month', 1)).toBe('2012-01-01');
    expect(binCount('2011-01-01', '2024-12-31', 'month')).toBe(168);
    expect(binsCovering('2011-07-30', '2011-08-02', 'week')).toEqual(['2011-07-25', '2011-08-01']);
    expect(binName('2011-08-01', 'month')).toBe('Aug 2011');
  });

  it('an event spread over days counts once in each bin it touches; a toll is shared by the days each bin holds', () => {
    const fs = [event({ id: 's', date_start: '2011-07-30', date_end: '2011-08-02', fatalities: { low: 8, best: 8, high: 8 } })];
    const ev = chartBins(fs, r('2011-07-30', '2011-08-02'), 'events', 'week');
    expect(ev.bars.map((b) => [b.day, b.value, b.spread])).toEqual([
      ['2011-07-25', 1, true],
      ['2011-08-01', 1, true],
    ]);
    expect(ev.axisLabel).toBe('Events per week');
    const d = chartBins(fs, r('2011-07-30', '2011-08-02'), 'deaths', 'week');
    expect(d.bars.map((b) => b.value)).toEqual([4, 4]);
  });

  it('country-wide totals stay outlines and undated events stay in their lane at coarser bins', () => {
    const fs = [
      event({ id: 'a', date_start: '2011-08-05', date_end: '2011-08-05', fatalities: { low: 18, best: 18, high: null }, aggregate: true }),
      event({ id: 'u', date_start: null, date_end: null, fatalities: { low: 3, best: 3, high: 3 } }),
    ];
    const d = chartBins(fs, r('2011-08-01', '2011-08-31'), 'deaths', 'month');
    expect(d.bars.map((b) => [b.day, b.value, b.outline])).toEqual([['2011-08-01', 18, true]]);
    expect(d.undated).toBe(3);
  });
});

describe('keys and playback step one bin at the chart resolution', () => {
  const B = { first: '2011-01-10', last: '2024-12-20' };
  it('with month bars, an arrow moves the range to the next whole month, Shift+arrow stretches it a month', () => {
    expect(rangeAfterKey(r('2015-03-10', '2015-03-10'), key('ArrowRight'), B, 'month')).toEqual(r('2015-04-01', '2015-04-30'));
    expect(rangeAfterKey(r('2015-03-01', '2015-03-31'), key('ArrowRight', true), B, 'month')).toEqual(r('2015-03-01', '2015-04-30'));
    expect(rangeAfterKey(r('2011-01-10', '2011-01-31'), key('ArrowLeft'), B, 'month')).toEqual(r('2011-01-10', '2011-01-31'));
    expect(rangeAfterKey(r('2024-12-01', '2024-12-20'), key('ArrowRight'), B, 'month')).toEqual(r('2024-12-01', '2024-12-20'));
  });

  it('with day bars, arrows still move a day', () => {
    expect(rangeAfterKey(r('2015-03-10', '2015-03-11'), key('ArrowRight'), B, 'day')).toEqual(r('2015-03-11', '2015-03-12'));
  });

  it('speed "whole span in 10 s" plays 14 years of months at 16.8 bars a second, ending on the last day', () => {
    const perSecond = binsPerSecond({ spanSeconds: 10 }, B, 'month');
    expect(perSecond).toBeCloseTo(16.8);
    const p = startPlayback(null, 'cumulative', perSecond, B, 'month');
    expect(playbackAt(p, 0).range).toEqual(r('2011-01-10', '2011-01-31'));
    expect(playbackAt(p, 1000 / perSecond).range).toEqual(r('2011-01-10', '2011-02-28'));
    const end = playbackAt(p, 10_000);
    expect(end).toEqual({ range: r('2011-01-10', '2024-12-20'), done: true });
  });

  it('sliding by months visits every month once, in order, the window one month wide', () => {
    const p = startPlayback(r('2011-03-05', '2011-03-05'), 'slide', 1, B, 'month');
    const seen = Array.from({ length: 6 }, (_, i) => playbackAt(p, i * 1000).range);
    expect(seen.map((x) => x.start)).toEqual(['2011-03-01', '2011-04-01', '2011-05-01', '2011-06-01', '2011-07-01', '2011-08-01']);
    expect(seen[1]).toEqual(r('2011-04-01', '2011-04-30'));
  });
});
