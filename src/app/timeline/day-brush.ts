// The brush on the timeline: snaps to whole days, is focusable and driven by the keyboard (a slider whose
// value is the range in words), and has touch-sized handles (24 px hit areas) with a visible grip.
import { brushX, type D3BrushEvent, type ScaleTime } from 'd3';
import { t } from '../i18n/current.ts';
import { addDays, dayToTime, daysBetween, nearestDay } from '../state/dates.ts';
import type { DateRange } from '../state/range.ts';
import { rangeAfterKey, rangeInWords, type DayBounds } from './brush-keys.ts';
import type { Plot } from './draw-chart.ts';
import type { Unit } from './resolution.ts';

/** The handles' hit area, wide enough for a finger. */
export const HANDLE_PX = 24;
const GRIP = { w: 6, h: 22 };

export interface DayBrushOptions {
  plot: Plot;
  bounds: DayBounds;
  /** The padded axis: one empty day either side of the data. */
  first: string;
  lastExclusive: string;
  helpId: string;
  /** A range chosen by hand (pointer or keyboard); `live` while the pointer is still down. */
  onPick: (range: DateRange | null, live: boolean) => void;
  /** The bars' bin: an arrow key moves the range one of them. */
  unit: Unit;
  /** The pointer started a brush or a key moved it. */
  onInteract: () => void;
}

export interface DayBrush {
  /** Shows a range without reporting it. */
  show(range: DateRange | null): void;
  node: SVGGElement;
}

export function drawDayBrush({ plot, bounds, first, lastExclusive, helpId, unit, onPick, onInteract }: DayBrushOptions): DayBrush {
  const { g, x, plotW, plotH } = plot;
  let current: DateRange | null = null;
  // Clipped to the days shown (the chart may be zoomed in the overview); null when none of it is shown.
  const pxOf = (r: DateRange): [number, number] | null => {
    const a = Math.max(0, x(dayToTime(r.start)));
    const b = Math.min(plotW, x(dayToTime(addDays(r.end, 1))));
    return b > a ? [a, b] : null;
  };
  const snap = (sel: [number, number]): DateRange => {
    let start = nearestDay(x.invert(sel[0]).getTime());
    let endEx = nearestDay(x.invert(sel[1]).getTime());
    if (start < first) start = first;
    if (endEx > lastExclusive) endEx = lastExclusive;
    if (endEx <= start) endEx = addDays(start, 1);
    return { start, end: addDays(endEx, -1) };
  };

  const brush = brushX<unknown>()
    .extent([
      [0, 0],
      [plotW, plotH],
    ])
    .handleSize(HANDLE_PX);
  const brushG = g
    .append('g')
    .attr('class', 'cm-timeline__brush')
    .attr('data-first-day', first)
    .attr('data-end-day', lastExclusive)
    .attr('tabindex', 0)
    .attr('role', 'slider')
    .attr('aria-label', t('timeline.range'))
    .attr('aria-describedby', helpId)
    .attr('aria-valuemin', 0)
    .attr('aria-valuemax', daysBetween(bounds.first, bounds.last));
  const grips = g.append('g').attr('class', 'cm-timeline__grips').attr('aria-hidden', 'true').attr('pointer-events', 'none');
  const placeGrips = (px: [number, number] | null): void => {
    grips
      .selectAll('rect')
      .data(px ?? [])
      .join('rect')
      .attr('x', (v) => v - GRIP.w / 2)
      .attr('y', (plotH - GRIP.h) / 2)
      .attr('width', GRIP.w)
      .attr('height', GRIP.h)
      .attr('rx', 2);
  };
  const describe = (r: DateRange | null): void => {
    brushG.attr('aria-valuenow', r ? daysBetween(bounds.first, r.start < bounds.first ? bounds.first : r.start) : 0);
    brushG.attr('aria-valuetext', rangeInWords(r));
    brushG.attr('data-start', r?.start ?? null).attr('data-end', r?.end ?? null);
  };

  brush.on('start brush end', (event: D3BrushEvent<unknown>) => {
    const sel = event.selection as [number, number] | null;
    placeGrips(sel);
    if (!event.sourceEvent) return;
    if (event.type === 'start') onInteract();
    const live = event.type !== 'end';
    if (!sel) {
      if (!live) {
        current = null;
        describe(null);
        onPick(null, false);
      }
      return;
    }
    current = snap(sel);
    describe(current);
    onPick(current, live);
    if (!live) brushG.call(brush.move, pxOf(current));
  });
  brushG.call(brush);

  const show = (r: DateRange | null): void => {
    current = r;
    describe(r);
    brushG.call(brush.move, r ? pxOf(r) : null);
  };

  brushG.on('keydown', (event: KeyboardEvent) => {
    const next = rangeAfterKey(current, { key: event.key, shift: event.shiftKey }, bounds, unit);
    if (next === undefined) return;
    event.preventDefault();
    onInteract();
    show(next);
    onPick(next, false);
  });

  const node = brushG.node();
  if (!node) throw new Error('brush group missing');
  return { show, node };
}
