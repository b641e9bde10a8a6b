// Builders for app unit tests: a valid event with just the fields a test cares about.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { EventFeature, EventProperties } from '../../src/shared/schema.ts';

export function event(props: Partial<EventProperties> = {}, coordinates: [number, number] = [36.75783, 35.13179]): EventFeature {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates },
    properties: {
      id: 'e1',
      event_type: 'Battles',
      sub_event_type: null,
      date_start: '2011-08-05',
      date_end: '2011-08-05',
      date_precision: 'day',
      place: { name: 'Hama', geonameid: 170017, admin1: 'SY.10', country: 'SY' },
      geo_precision: 'place',
      fatalities: null,
      actors: [],
      sources: [],
      confidence: 0.5,
      ...props,
    },
  };
}

export const FIXTURE_PATH = resolve(import.meta.dirname, '../fixtures/app/events.geojson');
export const fixture = (): unknown => JSON.parse(readFileSync(FIXTURE_PATH, 'utf8'));
