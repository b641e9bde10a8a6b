import { describe, expect, it } from 'vitest';
import type { EventFeature } from '../../src/shared/schema.ts';
import { sortEvents } from '../../src/app/ui/event-table.ts';

const ev = (id: string, day: string | null, place: string, killed: number | null): EventFeature =>
  ({ type: 'Feature', geometry: { type: 'Point', coordinates: [0, 0] }, properties: { id, date_start: day, place: { name: place }, event_type: 'Battles', fatalities: killed === null ? null : { low: killed, best: killed, high: killed } } }) as unknown as EventFeature;
const ids = (fs: EventFeature[]) => fs.map((f) => f.properties.id);
const rows = [ev('a', '2011-08-05', 'Hama', 300), ev('b', null, 'Deraa', null), ev('c', '2011-08-01', 'Homs', 18)];

describe('sortEvents', () => {
  it('sorts by date with undated events last', () => expect(ids(sortEvents(rows, { key: 'date', descending: false }))).toEqual(['c', 'a', 'b']));
  it('sorts by toll, largest first when descending, events with no toll last', () =>
    expect(ids(sortEvents(rows, { key: 'killed', descending: true }))).toEqual(['a', 'c', 'b']));
  it('sorts by place name', () => expect(ids(sortEvents(rows, { key: 'place', descending: false }))).toEqual(['b', 'a', 'c']));
  it('does not change its input', () => {
    sortEvents(rows, { key: 'killed', descending: true });
    expect(ids(rows)).toEqual(['a', 'b', 'c']);
  });
});
