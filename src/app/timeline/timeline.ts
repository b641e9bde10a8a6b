// The D3 timeline under the map: events or reported deaths per bin (day, week, month or year, the finest that
// stays readable for the days shown) stacked by type, a "date unknown" lane, an overview strip that zooms the
// chart when the span is long, a brush that snaps to whole days (pointer, or a bin per key) and playback, all
// reporting the range they select.
import { select } from 'd3';
import { formatDayIn, onLanguage, t } from '../i18n/current.ts';
import type { EventFeature } from '../../shared/schema.ts';
import { addDays, formatDay } from '../state/dates.ts';
import { dataExtent, type DateRange } from '../state/range.ts';
import type { DayBounds } from './brush-keys.ts';
import { createControls } from './controls.ts';
import { drawDayBrush, type DayBrush } from './day-brush.ts';
import { drawChart, leftMargin, MARGIN_RIGHT } from './draw-chart.ts';
import { chartBins, type ChartBins, type Measure } from './measure.ts';
import { drawOverview, type View } from './overview.ts';
import { holdHeightWhileDragging } from './hold-height.ts';
import { createPlayer } from './player.ts';
import { chooseUnit, type Unit } from './resolution.ts';
import './timeline.css';

export interface TimelineOptions {
  features: readonly EventFeature[];
  /** How many events each feature stands for (groups of a large set's events, ../map/timeline-groups.ts); 1 each without. */
  weights?: ArrayLike<number>;
  onRange: (range: DateRange | null) => void;
}

export interface Timeline {
  setRange(range: DateRange | null): void;
  destroy(): void;
}

let uid = 0;

export function createTimeline(container: HTMLElement, { features, weights, onRange }: TimelineOptions): Timeline {
  const extent = dataExtent(features);
  const bounds: DayBounds | null = extent ? { first: extent.start, last: extent.end } : null;
  // One empty day either side, so the first and last days are easy to grab.
  const first = extent ? addDays(extent.start, -1) : null;
  const lastExclusive = extent ? addDays(extent.end, 2) : null;
  const helpId = `cm-timeline-help-${++uid}`;
  const binsFor = new Map<string, ChartBins>();
  const binsOf = (m: Measure, u: Unit): ChartBins => {
    const key = `${m}:${u}`;
    const b = binsFor.get(key) ?? chartBins(features, extent, m, u, weights);
    binsFor.set(key, b);
    return b;
  };
  let measure: Measure = 'events';
  /** The days the chart shows; null for the whole span. */
  let view: View | null = null;
  let unit: Unit = 'day';
  let range: DateRange | null = null;
  let userBrushing = false;
  let brush: DayBrush | null = null;
  const letGo = holdHeightWhileDragging(container);

  /** A range picked here (brush, keys, playback): reported to the store, which calls setRange back. */
  const pick = (next: DateRange | null): void => {
    range = next;
    onRange(next);
  };
  /** A range outside the zoomed chart (keys, playback, hash) pans the chart to it. */
  const follow = (r: DateRange | null): void => {
    if (!view || !r || !first || !lastExclusive) return;
    if (r.start >= view.first && r.end < view.lastExclusive) return;
    const width = Math.round((Date.parse(view.lastExclusive) - Date.parse(view.first)) / 86_400_000);
    const need = Math.round((Date.parse(r.end) - Date.parse(r.start)) / 86_400_000) + 1;
    const w = Math.max(width, need);
    let f = r.start < view.first ? r.start : addDays(r.end, 1 - w);
    if (f < first) f = first;
    let l = addDays(f, w);
    if (l > lastExclusive) {
      l = lastExclusive;
      f = addDays(l, -w) < first ? first : addDays(l, -w);
    }
    view = { first: f, lastExclusive: l };
    render();
  };

  const controls = createControls({
    onMeasure: (m) => {
      measure = m;
      render();
    },
    onPlay: () => player?.toggle(),
    onSpeed: (n) => player?.setSpeed(n),
    onMode: (m) => player?.setMode(m),
  });
  const player = bounds
    ? createPlayer({
        bounds,
        getUnit: () => unit,
        getRange: () => range,
        onRange: (r) => {
          pick(r);
          follow(r);
          brush?.show(r);
        },
        onPlaying: (p) => controls.setPlaying(p),
      })
    : null;
  controls.setDisabled(player === null);
  container.append(controls.element);

  const svg = select(container).append('svg').attr('class', 'cm-timeline__svg').attr('role', 'group');
  const help = document.createElement('p');
  help.id = helpId;
  help.className = 'cm-visually-hidden';
  const note = document.createElement('p');
  note.className = 'cm-timeline__note';
  note.dataset.testid = 'timeline-note';
  // Words, not the chart: they read in their own language's direction inside the chart's left-to-right box.
  note.dir = 'auto';
  container.append(help, note);

  let overviewEl: SVGSVGElement | null = null;
  function render(): void {
    const width = Math.max(240, container.clientWidth);
    const approxW = width - leftMargin(100) - MARGIN_RIGHT;
    const shownFirst = view?.first ?? first;
    const shownEnd = view?.lastExclusive ?? lastExclusive;
    unit = shownFirst && shownEnd ? chooseUnit(shownFirst, addDays(shownEnd, -1), approxW) : 'day';
    const bins = binsOf(measure, unit);
    const hadFocus = brush !== null && document.activeElement === brush.node;
    const plot = drawChart(svg, bins, width, shownFirst, shownEnd);
    overviewEl?.remove();
    overviewEl = null;
    // The overview strip, when the whole span is too long for day bars.
    if (first && lastExclusive && chooseUnit(first, addDays(lastExclusive, -1), approxW) !== 'day') {
      const span = { first, lastExclusive };
      const ov = drawOverview({
        left: plot.left,
        right: MARGIN_RIGHT,
        width,
        span,
        bins: binsOf('events', chooseUnit(first, addDays(lastExclusive, -1), approxW)),
        onView: (v) => {
          view = v;
          render();
        },
      });
      ov.show(view);
      overviewEl = ov.element;
      svg.node()?.after(overviewEl);
    }
    container.dataset.unit = unit;
    help.textContent = t('timeline.help');
    const day = (d: string): string => formatDayIn(d, formatDay);
    svg.attr('aria-label', extent ? t('timeline.aria', { axis: bins.axisLabel, start: day(extent.start), end: day(extent.end) }) : t('timeline.noDates'));
    note.textContent = bins.note;
    svg.select('.cm-timeline__undated').classed('is-excluded', range !== null);
    if (!bounds || !first || !lastExclusive) {
      brush = null;
      return;
    }
    brush = drawDayBrush({
      plot,
      bounds,
      first: shownFirst ?? first,
      lastExclusive: shownEnd ?? lastExclusive,
      helpId,
      unit,
      onInteract: () => player?.pause(),
      onPick: (r, live) => {
        userBrushing = live;
        pick(r);
        if (!live) follow(r);
      },
    });
    brush.show(range);
    if (hadFocus) brush.node.focus();
  }

  render();
  let lastWidth = container.clientWidth;
  const observer = new ResizeObserver(() => {
    if (container.clientWidth === lastWidth) return;
    lastWidth = container.clientWidth;
    render();
  });
  observer.observe(container);
  // The chart's words and dates in the interface's language.
  const stopLanguage = onLanguage(() => {
    binsFor.clear();
    render();
  });

  return {
    setRange(next) {
      svg.select('.cm-timeline__undated').classed('is-excluded', next !== null);
      player?.noteRange(next);
      if (userBrushing) return;
      if (next?.start === range?.start && next?.end === range?.end) return;
      range = next;
      follow(next);
      brush?.show(next);
    },
    destroy() {
      letGo();
      player?.destroy();
      observer.disconnect();
      stopLanguage();
      controls.destroy();
      controls.element.remove();
      svg.remove();
      overviewEl?.remove();
      help.remove();
      note.remove();
    },
  };
}
