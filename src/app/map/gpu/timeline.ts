// A light timeline for the GPU path: events per day from the prefix sums (no pass over the events), drawn
// as one path, with a brush that snaps to whole days. Same look and role as ../../timeline/.
import { area, axisBottom, brushX, scaleLinear, scaleUtc, select, type D3BrushEvent } from 'd3';
import { epochDayToIso, isoToEpochDay } from '../../../pipeline/binary/layout.ts';
import type { DateRange } from '../../state/range.ts';

export interface GpuTimeline {
  setRange(range: DateRange | null): void;
}

const HEIGHT = 110;
const M = { top: 8, right: 16, bottom: 22, left: 16 };

export function createGpuTimeline(
  container: HTMLElement,
  perDay: Float64Array,
  dayOrigin: number,
  onRange: (range: DateRange | null) => void,
): GpuTimeline {
  const width = Math.max(240, container.clientWidth);
  const t0 = dayOrigin * 86_400_000;
  const t1 = (dayOrigin + perDay.length) * 86_400_000;
  const x = scaleUtc().domain([t0, t1]).range([M.left, width - M.right]);
  let max = 1;
  for (const v of perDay) if (v > max) max = v;
  const y = scaleLinear().domain([0, max]).range([HEIGHT - M.bottom, M.top]);
  const svg = select(container)
    .append('svg')
    .attr('class', 'cm-timeline__svg')
    .attr('width', width)
    .attr('height', HEIGHT)
    .attr('role', 'img')
    .attr('aria-label', 'Events per day; drag across it to pick dates');
  const days = Array.from(perDay, (v, d) => [t0 + d * 86_400_000, v] as const);
  svg
    .append('path')
    .attr('fill', '#8a8f98')
    .attr('d', area<readonly [number, number]>().x((d) => x(d[0])).y0(y(0)).y1((d) => y(d[1]))(days) ?? '');
  svg.append('g').attr('transform', `translate(0,${HEIGHT - M.bottom})`).call(axisBottom(x).ticks(Math.max(2, width / 110)));
  const dayAt = (px: number): number => Math.round(x.invert(px).getTime() / 86_400_000);
  let quiet = false;
  let userBrushing = false;
  const brush = brushX<unknown>()
    .extent([[M.left, M.top], [width - M.right, HEIGHT - M.bottom]])
    .on('start', (e: D3BrushEvent<unknown>) => {
      if (e.sourceEvent) userBrushing = true;
    })
    .on('brush end', (e: D3BrushEvent<unknown>) => {
      if (e.type === 'end') userBrushing = false;
      if (quiet || !e.sourceEvent) return;
      const sel = e.selection as [number, number] | null;
      if (!sel) return onRange(null);
      const a = dayAt(sel[0]);
      const b = Math.max(a, dayAt(sel[1]) - 1);
      onRange({ start: epochDayToIso(a), end: epochDayToIso(b) });
    });
  const g = svg.append('g').attr('class', 'cm-timeline__brush').call(brush);
  g.attr('data-first-day', epochDayToIso(dayOrigin)).attr('data-end-day', epochDayToIso(dayOrigin + perDay.length));
  return {
    setRange(range) {
      if (userBrushing) return; // the brush already shows what the hand is drawing
      quiet = true;
      if (range === null) g.call(brush.move, null);
      else g.call(brush.move, [x((isoToEpochDay(range.start)) * 86_400_000), x((isoToEpochDay(range.end) + 1) * 86_400_000)]);
      quiet = false;
    },
  };
}
