// The overview strip under the timeline: the whole span in small bars, with a brush that picks the days the
// chart above shows (overview and detail), so a single day can be picked inside ten years. Clearing the
// brush (a click outside it) shows the whole span again. Drawn only when the span is too long for day bars.
import { brushX, scaleLinear, scaleUtc, select, type D3BrushEvent } from 'd3';
import { t } from '../i18n/current.ts';
import { addDays, dayToTime, nearestDay } from '../state/dates.ts';
import type { ChartBins } from './measure.ts';
import { offsetBins } from './resolution.ts';

export const OVERVIEW_H = 34;
/** The fewest days the chart shows, so a zoomed chart is never a single bar. */
export const MIN_VIEW_DAYS = 3;

/** Days shown by the chart: [first, lastExclusive). */
export interface View {
  first: string;
  lastExclusive: string;
}

export interface OverviewOptions {
  /** Left and right margins, to line up with the chart's plot. */
  left: number;
  right: number;
  width: number;
  /** The whole padded span. */
  span: View;
  bins: ChartBins;
  /** A view picked in the strip; null for the whole span. */
  onView: (view: View | null) => void;
}

export interface Overview {
  element: SVGSVGElement;
  show(view: View | null): void;
}

/** A pixel selection as whole days inside the span, at least MIN_VIEW_DAYS long. */
export function snapView(t0: number, t1: number, span: View): View {
  let first = nearestDay(t0);
  let lastExclusive = nearestDay(t1);
  if (first < span.first) first = span.first;
  if (lastExclusive > span.lastExclusive) lastExclusive = span.lastExclusive;
  if (lastExclusive < addDays(first, MIN_VIEW_DAYS)) {
    lastExclusive = addDays(first, MIN_VIEW_DAYS);
    if (lastExclusive > span.lastExclusive) {
      lastExclusive = span.lastExclusive;
      first = addDays(lastExclusive, -MIN_VIEW_DAYS);
    }
  }
  return { first, lastExclusive };
}

export function drawOverview({ left, right, width, span, bins, onView }: OverviewOptions): Overview {
  const plotW = width - left - right;
  const h = OVERVIEW_H - 4;
  const svg = select(document.createElementNS('http://www.w3.org/2000/svg', 'svg'))
    .attr('class', 'cm-timeline__overview')
    .attr('width', width)
    .attr('height', OVERVIEW_H)
    .attr('viewBox', `0 0 ${width} ${OVERVIEW_H}`);
  const g = svg.append('g').attr('transform', `translate(${left},2)`);
  const x = scaleUtc<number, number>().domain([dayToTime(span.first), dayToTime(span.lastExclusive)]).range([0, plotW]);
  // One total per bin, located deaths or all events; no stacking at this size.
  const totals = new Map<string, number>();
  for (const b of bins.bars) if (!b.outline) totals.set(b.day, Math.max(totals.get(b.day) ?? 0, b.y1));
  const y = scaleLinear().domain([0, Math.max(1, ...totals.values())]).range([h, 0]);
  g.append('rect').attr('class', 'cm-timeline__overview-bg').attr('width', plotW).attr('height', h);
  g.append('g')
    .attr('class', 'cm-timeline__overview-bars')
    .attr('aria-hidden', 'true')
    .selectAll('rect')
    .data([...totals])
    .join('rect')
    .attr('x', ([day]) => x(dayToTime(day)))
    .attr('width', ([day]) => Math.max(1, x(dayToTime(offsetBins(day, bins.unit, 1))) - x(dayToTime(day))))
    .attr('y', ([, v]) => y(v))
    .attr('height', ([, v]) => h - y(v));

  const brush = brushX<unknown>().extent([
    [0, 0],
    [plotW, h],
  ]);
  const brushG = g.append('g').attr('class', 'cm-timeline__overview-brush').attr('data-testid', 'timeline-overview-brush');
  const pxOf = (v: View): [number, number] => [x(dayToTime(v.first)), x(dayToTime(v.lastExclusive))];
  brush.on('brush end', (event: D3BrushEvent<unknown>) => {
    if (!event.sourceEvent) return;
    const sel = event.selection as [number, number] | null;
    if (!sel) {
      if (event.type === 'end') onView(null);
      return;
    }
    const view = snapView(x.invert(sel[0]).getTime(), x.invert(sel[1]).getTime(), span);
    onView(view);
    if (event.type === 'end') brushG.call(brush.move, pxOf(view));
  });
  brushG.call(brush);
  svg.append('title').text(t('timeline.overview'));

  const node = svg.node();
  if (!node) throw new Error('overview svg missing');
  return {
    element: node,
    show(view) {
      brushG.call(brush.move, view ? pxOf(view) : null);
    },
  };
}
