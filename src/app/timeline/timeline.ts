// The D3 timeline under the map: events per day stacked by type, a "date unknown" lane, and a brush
// that snaps to whole days and reports the range it selects.
import { axisBottom, axisLeft, brushX, scaleLinear, scaleUtc, select, utcFormat, type D3BrushEvent } from 'd3';
import type { EventFeature } from '../../shared/schema.ts';
import { addDays, dayToTime, nearestDay } from '../state/dates.ts';
import { dataExtent, type DateRange } from '../state/range.ts';
import { colourOf } from '../ui/palette.ts';
import { binByDay } from './bins.ts';

export interface TimelineOptions {
  features: readonly EventFeature[];
  onRange: (range: DateRange | null) => void;
}

export interface Timeline {
  setRange(range: DateRange | null): void;
  destroy(): void;
}

const HEIGHT = 132;
const MARGIN = { top: 10, right: 92, bottom: 24, left: 30 };
const LANE_W = 70;
const fmtTick = utcFormat('%-d %b');
const fmtYear = utcFormat('%Y');

export function createTimeline(container: HTMLElement, { features, onRange }: TimelineOptions): Timeline {
  const extent = dataExtent(features);
  const bins = binByDay(features, extent);
  // One empty day either side, so the first and last days are easy to grab.
  const first = extent ? addDays(extent.start, -1) : null;
  const lastExclusive = extent ? addDays(extent.end, 2) : null;
  let range: DateRange | null = null;
  let userBrushing = false;
  let redrawBrush: (() => void) | null = null;

  const svg = select(container)
    .append('svg')
    .attr('class', 'cm-timeline__svg')
    .attr('height', HEIGHT)
    .attr('role', 'img')
    .attr('aria-label', extent ? `Events per day from ${extent.start} to ${extent.end}; drag across it to pick dates` : 'No dated events');

  function render(): void {
    const width = Math.max(240, container.clientWidth);
    const plotW = width - MARGIN.left - MARGIN.right;
    const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
    svg.attr('width', width).attr('viewBox', `0 0 ${width} ${HEIGHT}`).selectAll('*').remove();
    const g = svg.append('g').attr('transform', `translate(${MARGIN.left},${MARGIN.top})`);

    // The undated lane, right of the axis.
    const lane = svg
      .append('g')
      .attr('class', 'cm-timeline__undated')
      .attr('transform', `translate(${width - LANE_W},${MARGIN.top})`);
    lane.append('rect').attr('width', LANE_W - 6).attr('height', plotH).attr('class', 'cm-timeline__lane');
    lane.append('text').attr('x', (LANE_W - 6) / 2).attr('y', plotH / 2 - 8).attr('class', 'cm-timeline__lane-n').text(String(bins.undated));
    lane.append('text').attr('x', (LANE_W - 6) / 2).attr('y', plotH / 2 + 10).attr('class', 'cm-timeline__lane-label').text('date');
    lane.append('text').attr('x', (LANE_W - 6) / 2).attr('y', plotH / 2 + 23).attr('class', 'cm-timeline__lane-label').text('unknown');
    lane.append('title').text('Events whose date the reports do not give. They are hidden while a date range is selected.');

    if (!first || !lastExclusive) {
      g.append('text').attr('x', plotW / 2).attr('y', plotH / 2).attr('class', 'cm-timeline__empty').text('No dated events');
      redrawBrush = null;
      return;
    }
    const x = scaleUtc().domain([dayToTime(first), dayToTime(lastExclusive)]).range([0, plotW]);
    const y = scaleLinear().domain([0, Math.max(1, bins.max)]).nice().range([plotH, 0]);
    const dayW = (day: string): number => x(dayToTime(addDays(day, 1))) - x(dayToTime(day));

    g.append('g')
      .attr('class', 'cm-timeline__y')
      .call(axisLeft(y).ticks(Math.min(3, Math.max(1, bins.max))).tickFormat((v) => (Number.isInteger(v) ? String(v) : '')).tickSize(-plotW))
      .call((a) => a.select('.domain').remove());

    g.append('g')
      .attr('class', 'cm-timeline__bars')
      .selectAll('rect')
      .data(bins.segments)
      .join('rect')
      .attr('x', (s) => x(dayToTime(s.day)) + (dayW(s.day) > 4 ? 1 : 0))
      .attr('width', (s) => Math.max(1, dayW(s.day) - (dayW(s.day) > 4 ? 2 : 0)))
      .attr('y', (s) => y(s.y1))
      .attr('height', (s) => Math.max(0, y(s.y0) - y(s.y1)))
      .attr('fill', (s) => colourOf(s.type))
      .attr('fill-opacity', (s) => (s.spread ? 0.35 : 0.9))
      .append('title')
      .text((s) => `${s.day}: ${s.count} ${s.type}${s.spread ? ' (reported for a span of days)' : ''}`);

    // Wide days get a label each, centred on the day; narrow ones d3's ticks, at midnights only.
    const nDays = Math.round((dayToTime(lastExclusive) - dayToTime(first)) / 86_400_000);
    const wideDays = plotW / nDays >= 44;
    const tickTimes = wideDays
      ? Array.from({ length: nDays }, (_, i) => new Date(dayToTime(addDays(first, i))))
      : x.ticks(Math.max(2, Math.floor(plotW / 70))).filter((t) => t.getUTCHours() === 0);
    const xAxis = axisBottom(x)
      .tickValues(tickTimes)
      .tickFormat((d) => {
        const t = d instanceof Date ? d : new Date(Number(d));
        return t.getUTCMonth() === 0 && t.getUTCDate() === 1 && !wideDays ? fmtYear(t) : fmtTick(t);
      });
    const axisG = g.append('g').attr('class', 'cm-timeline__x').attr('transform', `translate(0,${plotH})`).call(xAxis);
    if (wideDays) axisG.selectAll('.tick text').attr('transform', `translate(${plotW / nDays / 2},0)`);

    const snap = (sel: [number, number]): { range: DateRange; px: [number, number] } => {
      let start = nearestDay(x.invert(sel[0]).getTime());
      let endEx = nearestDay(x.invert(sel[1]).getTime());
      if (start < first) start = first;
      if (endEx > lastExclusive) endEx = lastExclusive;
      if (endEx <= start) endEx = addDays(start, 1);
      return { range: { start, end: addDays(endEx, -1) }, px: [x(dayToTime(start)), x(dayToTime(endEx))] };
    };

    const brush = brushX<unknown>().extent([
      [0, 0],
      [plotW, plotH],
    ]);
    const brushG = g
      .append('g')
      .attr('class', 'cm-timeline__brush')
      .attr('data-first-day', first)
      .attr('data-end-day', lastExclusive);
    brush.on('start brush end', (event: D3BrushEvent<unknown>) => {
      if (!event.sourceEvent) return;
      const sel = event.selection as [number, number] | null;
      userBrushing = event.type !== 'end';
      if (!sel) {
        if (event.type === 'end') {
          range = null;
          onRange(null);
        }
        return;
      }
      const snapped = snap(sel);
      range = snapped.range;
      onRange(snapped.range);
      if (event.type === 'end') brushG.call(brush.move, snapped.px);
    });
    brushG.call(brush);
    redrawBrush = () => {
      const px: [number, number] | null = range
        ? [x(dayToTime(range.start)), x(dayToTime(addDays(range.end, 1)))]
        : null;
      brushG.call(brush.move, px);
    };
    redrawBrush();
    lane.classed('is-excluded', range !== null);
  }

  render();
  let lastWidth = container.clientWidth;
  const observer = new ResizeObserver(() => {
    if (container.clientWidth === lastWidth) return;
    lastWidth = container.clientWidth;
    render();
  });
  observer.observe(container);

  return {
    setRange(next) {
      svg.select('.cm-timeline__undated').classed('is-excluded', next !== null);
      if (userBrushing) return;
      if (next?.start === range?.start && next?.end === range?.end) return;
      range = next;
      redrawBrush?.();
    },
    destroy() {
      observer.disconnect();
      svg.remove();
    },
  };
}
