// Events per bin (day, week, month or year), stacked by type. An event reported for a span of days ("since
// Sunday") counts once in every bin it may have happened in, marked `spread` so the chart can draw it lighter.
import type { EventFeature } from '../../shared/schema.ts';
import { EVENT_TYPES } from '../ui/palette.ts';
import { eventSpan, type DateRange } from '../state/range.ts';
import { binsCovering, type Unit } from './resolution.ts';

export interface Segment {
  /** The first day of the bin. */
  day: string;
  type: string;
  spread: boolean;
  count: number;
  /** Stack bounds, in events. */
  y0: number;
  y1: number;
}

export interface Bins {
  days: string[];
  segments: Segment[];
  /** The tallest stack. */
  max: number;
  undated: number;
}

const typeOrder = (t: string): number => {
  const i = (EVENT_TYPES as readonly string[]).indexOf(t);
  return i < 0 ? EVENT_TYPES.length : i;
};

/** `weights[i]`: how many events `features[i]` stands for (a group of a large set's events); 1 each without. */
export function binByDay(features: readonly EventFeature[], extent: DateRange | null, unit: Unit = 'day', weights?: ArrayLike<number>): Bins {
  const days = extent ? binsCovering(extent.start, extent.end, unit) : [];
  const counts = new Map<string, Map<string, number>>();
  let undated = 0;
  for (let i = 0; i < features.length; i++) {
    const f = features[i]!;
    const w = weights ? weights[i]! : 1;
    const span = eventSpan(f);
    if (!span) {
      undated += w;
      continue;
    }
    const spread = span.start !== span.end;
    const key = `${f.properties.event_type}\u0000${spread ? 1 : 0}`;
    for (const day of binsCovering(span.start, span.end, unit)) {
      let byKey = counts.get(day);
      if (!byKey) counts.set(day, (byKey = new Map()));
      byKey.set(key, (byKey.get(key) ?? 0) + w);
    }
  }
  const segments: Segment[] = [];
  let max = 0;
  for (const day of days) {
    const byKey = counts.get(day);
    if (!byKey) continue;
    const parts = [...byKey].map(([key, count]) => {
      const [type = '', spread] = key.split('\u0000');
      return { type, spread: spread === '1', count };
    });
    parts.sort((a, b) => typeOrder(a.type) - typeOrder(b.type) || Number(a.spread) - Number(b.spread));
    let y = 0;
    for (const part of parts) {
      segments.push({ day, ...part, y0: y, y1: y + part.count });
      y += part.count;
    }
    max = Math.max(max, y);
  }
  return { days, segments, max, undated };
}
