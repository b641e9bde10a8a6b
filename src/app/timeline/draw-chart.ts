// Draws the timeline's axes, bars (one per bin: day, week, month or year) and "date unknown" lane into an SVG,
// for either measure, over the days shown (the whole span or the part picked in the overview). Returns the
// x scale and the plot group, for the brush to go on top.
import { axisBottom, axisLeft, scaleLinear, scaleUtc, utcFormat, type ScaleTime, type Selection } from 'd3';
import { formatDateParts, formatNumber, language, t } from '../i18n/current.ts';
import { addDays, dayToTime } from '../state/dates.ts';
import { offsetBins } from './resolution.ts';
import { colourOf } from '../ui/palette.ts';
import type { ChartBins } from './measure.ts';

export const HEIGHT = 144;
const MARGIN = { top: 22, right: 92, bottom: 24 };
export const MARGIN_RIGHT = MARGIN.right;
export const LANE_W = 70;
// The axis in the interface's language: d3's English formats, or Intl's in Arabic ("٥ أغسطس", "٢٠١١").
const english = { tick: utcFormat('%-d %b'), year: utcFormat('%Y'), month: utcFormat('%b') };
const fmtTick = (d: Date): string => (language() === 'en' ? english.tick(d) : formatDateParts(d, { day: 'numeric', month: 'short' }));
const fmtYear = (d: Date): string => (language() === 'en' ? english.year(d) : formatDateParts(d, { year: 'numeric' }));
const fmtMonth = (d: Date): string => (language() === 'en' ? english.month(d) : formatDateParts(d, { month: 'short' }));
const fmtCount = (n: number): string => formatNumber(n);

export interface Plot {
  g: Selection<SVGGElement, unknown, null, undefined>;
  x: ScaleTime<number, number>;
  plotW: number;
  plotH: number;
  left: number;
}

type Svg = Selection<SVGSVGElement, unknown, null, undefined>;
let clipUid = 0;

/** The left margin fits the widest y tick label ("1,000" needs more room than "3"). */
export function leftMargin(maxTick: number): number {
  return Math.max(30, 12 + 7 * fmtCount(Math.round(maxTick)).length);
}

function drawLane(svg: Svg, bins: ChartBins, width: number, plotH: number): void {
  const lane = svg.append('g').attr('class', 'cm-timeline__undated').attr('transform', `translate(${width - LANE_W},${MARGIN.top})`);
  const mid = (LANE_W - 6) / 2;
  lane.append('rect').attr('width', LANE_W - 6).attr('height', plotH).attr('class', 'cm-timeline__lane');
  lane.append('text').attr('x', mid).attr('y', plotH / 2 - 8).attr('class', 'cm-timeline__lane-n').text(fmtCount(Math.round(bins.undated)));
  lane.append('text').attr('x', mid).attr('y', plotH / 2 + 10).attr('class', 'cm-timeline__lane-label').text(t('timeline.dateUnknown1'));
  lane.append('text').attr('x', mid).attr('y', plotH / 2 + 23).attr('class', 'cm-timeline__lane-label').text(t('timeline.dateUnknown2'));
  lane.append('title').text(bins.undatedTitle);
}

/** Clears the SVG and draws the chart over [first, lastExclusive); null x when there is nothing dated. */
export function drawChart(svg: Svg, bins: ChartBins, width: number, first: string | null, lastExclusive: string | null): Plot {
  const endOf = (day: string): string => offsetBins(day, bins.unit, 1);
  // Only the bars in the days shown, and the y axis fitted to them.
  const shown = first && lastExclusive ? bins.bars.filter((b) => b.day < lastExclusive && endOf(b.day) > first) : [];
  const max = shown.reduce((m, b) => Math.max(m, b.y1), 0);
  const y = scaleLinear().domain([0, Math.max(1, max)]).nice();
  const ticks = bins.measure === 'events' ? Math.min(3, Math.max(1, max)) : 3;
  const left = leftMargin(y.domain()[1] ?? 1);
  const plotW = width - left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  y.range([plotH, 0]);
  svg.attr('width', width).attr('viewBox', `0 0 ${width} ${HEIGHT}`).selectAll('*').remove();
  svg.attr('data-measure', bins.measure).attr('data-max', String(Math.round(max * 100) / 100)).attr('data-unit', bins.unit);
  const g = svg.append('g').attr('transform', `translate(${left},${MARGIN.top})`);
  drawLane(svg, bins, width, plotH);
  // The y axis says what the bars count.
  g.append('text').attr('class', 'cm-timeline__y-label').attr('x', -left + 2).attr('y', -9).text(bins.axisLabel);

  const x = scaleUtc<number, number>();
  if (!first || !lastExclusive) {
    g.append('text').attr('x', plotW / 2).attr('y', plotH / 2).attr('class', 'cm-timeline__empty').text(t('timeline.noDates'));
    return { g, x, plotW, plotH, left };
  }
  x.domain([dayToTime(first), dayToTime(lastExclusive)]).range([0, plotW]);
  const dayW = (day: string): number => x(dayToTime(endOf(day))) - x(dayToTime(day));
  const clipId = `cm-timeline-clip-${++clipUid}`;
  svg.append('defs').append('clipPath').attr('id', clipId).append('rect').attr('width', plotW).attr('height', plotH + 1);

  g.append('g')
    .attr('class', 'cm-timeline__y')
    .attr('aria-hidden', 'true')
    .call(axisLeft(y).ticks(ticks).tickFormat((v) => (Number.isInteger(v) ? fmtCount(Number(v)) : '')).tickSize(-plotW))
    .call((a) => a.select('.domain').remove());

  const gap = (day: string): number => (dayW(day) > 4 ? 1 : 0);
  g.append('g')
    .attr('class', 'cm-timeline__bars')
    .attr('aria-hidden', 'true')
    .attr('clip-path', `url(#${clipId})`)
    .selectAll('rect')
    .data(shown)
    .join('rect')
    .attr('class', (b) => (b.outline ? 'cm-timeline__bar is-outline' : 'cm-timeline__bar'))
    .attr('data-day', (b) => b.day)
    .attr('data-days', (b) => String(Math.round((dayToTime(endOf(b.day)) - dayToTime(b.day)) / 86_400_000)))
    .attr('data-value', (b) => String(Math.round(b.value * 100) / 100))
    // Country-wide outlines sit inside their day, narrower, so the located bars still show through.
    .attr('x', (b) => x(dayToTime(b.day)) + gap(b.day) + (b.outline ? dayW(b.day) * 0.2 : 0))
    .attr('width', (b) => Math.max(1, (dayW(b.day) - 2 * gap(b.day)) * (b.outline ? 0.6 : 1)))
    .attr('y', (b) => y(b.y1))
    .attr('height', (b) => Math.max(0, y(b.y0) - y(b.y1)))
    .attr('fill', (b) => (b.outline ? 'none' : colourOf(b.type)))
    .attr('stroke', (b) => (b.outline ? colourOf(b.type) : null))
    .attr('fill-opacity', (b) => (b.spread ? 0.35 : 0.9))
    .append('title')
    .text((b) => b.title);

  // Wide days get a label each, centred on the day; narrow ones d3's ticks, at midnights only.
  const nDays = Math.round((dayToTime(lastExclusive) - dayToTime(first)) / 86_400_000);
  const wideDays = bins.unit === 'day' && plotW / nDays >= 44;
  const tickTimes = wideDays
    ? Array.from({ length: nDays }, (_, i) => new Date(dayToTime(addDays(first, i))))
    : x.ticks(Math.max(2, Math.floor(plotW / 70))).filter((t) => t.getUTCHours() === 0);
  const xAxis = axisBottom(x)
    .tickValues(tickTimes)
    .tickFormat((d) => {
      const t = d instanceof Date ? d : new Date(Number(d));
      if (wideDays || t.getUTCDate() !== 1) return fmtTick(t);
      return t.getUTCMonth() === 0 ? fmtYear(t) : fmtMonth(t);
    });
  const axisG = g.append('g').attr('class', 'cm-timeline__x').attr('aria-hidden', 'true').attr('transform', `translate(0,${plotH})`).call(xAxis);
  if (wideDays) axisG.selectAll('.tick text').attr('transform', `translate(${plotW / nDays / 2},0)`);
  return { g, x, plotW, plotH, left };
}
