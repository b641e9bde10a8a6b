// What the timeline is given for a large set: its events grouped by type, first and last day and whether
// they are country-wide totals, each group one stand-in feature with the group's summed toll and a weight
// (the number of events in it). The bars are the same as from the events one by one (a span's toll is
// spread over its days in proportion, so a sum spreads as its parts do); a bar's title then lists the
// group's toll as one part. Built from the index's columns in one pass, without a feature per event.
import type { EventFeature } from '../../shared/schema.ts';
import { isoDay, NO_DAY, type EventIndex } from './event-index.ts';

export interface TimelineGroups {
  features: EventFeature[];
  weights: Float64Array;
}

const SPAN = 2 ** 17;

export function timelineGroups(index: Pick<EventIndex, 'count' | 'dayStart' | 'dayEnd' | 'toll' | 'typeCode' | 'typeNames' | 'aggregate'>): TimelineGroups {
  const { count, dayStart, dayEnd, toll, typeCode, typeNames, aggregate } = index;
  let first = Number.POSITIVE_INFINITY;
  for (let i = 0; i < count; i++) if (dayStart[i] !== NO_DAY && dayStart[i]! < first) first = dayStart[i]!;
  const group = new Map<number, number>();
  const rep: number[] = [];
  const events: number[] = [];
  const deaths: number[] = [];
  for (let i = 0; i < count; i++) {
    const ds = dayStart[i]!;
    const day = ds === NO_DAY ? 0 : ds - first + 1;
    const key = ((typeCode[i]! * 2 + aggregate[i]!) * SPAN + day) * SPAN + (ds === NO_DAY ? 0 : dayEnd[i]! - ds);
    let g = group.get(key);
    if (g === undefined) {
      g = rep.push(i) - 1;
      group.set(key, g);
      events.push(0);
      deaths.push(0);
    }
    events[g]! += 1;
    if (toll[i]! > 0) deaths[g]! += toll[i]!;
  }
  const features = rep.map((i, g): EventFeature => {
    const ds = dayStart[i]!;
    return {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [0, 0] },
      properties: {
        event_type: typeNames[typeCode[i]!],
        date_start: ds === NO_DAY ? null : isoDay(ds),
        date_end: ds === NO_DAY ? null : isoDay(dayEnd[i]!),
        fatalities: deaths[g]! > 0 ? { low: null, best: deaths[g]!, high: null } : null,
        aggregate: aggregate[i] === 1,
      },
    } as EventFeature;
  });
  return { features, weights: Float64Array.from(events) };
}

/** Over this many events (or from a binary file) the timeline is given the groups, not the events one by one. */
export const GROUPED_TIMELINE_MIN = 50_000;

export const groupsTimeline = (index: Pick<EventIndex, 'count'>): boolean => index.count > GROUPED_TIMELINE_MIN || 'binary' in index;
