// The D3 timeline under the map: events or reported deaths per day stacked by type, a "date unknown" lane,
// a brush that snaps to whole days (pointer or keyboard) and playback, all reporting the range they select.
import { select } from 'd3';
import type { EventFeature } from '../../shared/schema.ts';
import { addDays } from '../state/dates.ts';
import { dataExtent, type DateRange } from '../state/range.ts';
import type { DayBounds } from './brush-keys.ts';
import { createControls } from './controls.ts';
import { drawDayBrush, type DayBrush } from './day-brush.ts';
import { drawChart } from './draw-chart.ts';
import { chartBins, type ChartBins, type Measure } from './measure.ts';
import { createPlayer } from './player.ts';
import './timeline.css';

export interface TimelineOptions {
  features: readonly EventFeature[];
  onRange: (range: DateRange | null) => void;
}

export interface Timeline {
  setRange(range: DateRange | null): void;
  destroy(): void;
}

const HELP =
  'Drag across the chart to pick dates. On the range: left and right arrows move it a day, Shift with an arrow moves its end, ' +
  'Page Up and Page Down move it a week, Home and End go to the first and last day, Escape clears it.';
let uid = 0;

export function createTimeline(container: HTMLElement, { features, onRange }: TimelineOptions): Timeline {
  const extent = dataExtent(features);
  const bounds: DayBounds | null = extent ? { first: extent.start, last: extent.end } : null;
  // One empty day either side, so the first and last days are easy to grab.
  const first = extent ? addDays(extent.start, -1) : null;
  const lastExclusive = extent ? addDays(extent.end, 2) : null;
  const helpId = `cm-timeline-help-${++uid}`;
  const binsFor = new Map<Measure, ChartBins>();
  let measure: Measure = 'events';
  let range: DateRange | null = null;
  let userBrushing = false;
  let brush: DayBrush | null = null;

  /** A range picked here (brush, keys, playback): reported to the store, which calls setRange back. */
  const pick = (next: DateRange | null): void => {
    range = next;
    onRange(next);
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
        getRange: () => range,
        onRange: (r) => {
          pick(r);
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
  help.textContent = HELP;
  const note = document.createElement('p');
  note.className = 'cm-timeline__note';
  note.dataset.testid = 'timeline-note';
  container.append(help, note);

  function render(): void {
    const bins = binsFor.get(measure) ?? chartBins(features, extent, measure);
    binsFor.set(measure, bins);
    const hadFocus = brush !== null && document.activeElement === brush.node;
    const plot = drawChart(svg, bins, Math.max(240, container.clientWidth), first, lastExclusive);
    svg.attr('aria-label', extent ? `${bins.axisLabel}, ${extent.start} to ${extent.end}` : 'No dated events');
    note.textContent = bins.note;
    svg.select('.cm-timeline__undated').classed('is-excluded', range !== null);
    if (!bounds || !first || !lastExclusive) {
      brush = null;
      return;
    }
    brush = drawDayBrush({
      plot,
      bounds,
      first,
      lastExclusive,
      helpId,
      onInteract: () => player?.pause(),
      onPick: (r, live) => {
        userBrushing = live;
        pick(r);
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

  return {
    setRange(next) {
      svg.select('.cm-timeline__undated').classed('is-excluded', next !== null);
      player?.noteRange(next);
      if (userBrushing) return;
      if (next?.start === range?.start && next?.end === range?.end) return;
      range = next;
      brush?.show(next);
    },
    destroy() {
      player?.destroy();
      observer.disconnect();
      controls.element.remove();
      svg.remove();
      help.remove();
      note.remove();
    },
  };
}
