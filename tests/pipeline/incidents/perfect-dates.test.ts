import { describe, expect, it } from 'vitest';
import type { EventFeature } from '../../../src/shared/schema.ts';
import { analyse } from '../../../src/pipeline/nlp/analyse.ts';
import { fillPerfectDates, tellsPresentPerfect } from '../../../src/pipeline/incidents/perfect-dates.ts';

const tokens = (s: string) => analyse(s).tokens;
const open = (text: string, over: Partial<EventFeature['properties']> = {}): EventFeature => ({
  type: 'Feature', geometry: { type: 'Point', coordinates: [0, 0] },
  properties: { id: 'e', event_type: 'Battles', sub_event_type: 'Armed clash', date_start: null, date_end: '2014-05-27', date_precision: 'unknown', place: { name: 'X', geonameid: 1, admin1: null, country: 'UA' }, geo_precision: 'place', fatalities: null, actors: [], sources: [{ article: 'a', quote: text, start: 0, end: text.length }], confidence: 0.5, ...over },
} as EventFeature);

describe('present perfect dates', () => {
  it('"has claimed 40 lives", "have been killed", "have reportedly killed" are told in the present perfect', () => {
    expect(tellsPresentPerfect(tokens('A battle at the airport has claimed 40 lives, authorities said.'))).toBe(true);
    expect(tellsPresentPerfect(tokens('At least 12 people have been killed.'))).toBe(true);
    expect(tellsPresentPerfect(tokens('Security forces have reportedly killed 23 militants.'))).toBe(true);
  });
  it('the simple past and "have" as a verb are not', () => {
    expect(tellsPresentPerfect(tokens('Troops killed 12 people.'))).toBe(false);
    expect(tellsPresentPerfect(tokens('The rebels have weapons.'))).toBe(false);
  });
  it('an open-ended incident told in the present perfect spans the report day and the day before', () => {
    const text = 'A battle at the airport has claimed 40 lives, authorities said Tuesday.';
    const [e] = fillPerfectDates([open(text)], analyse(text));
    expect(e!.properties).toMatchObject({ date_start: '2014-05-26', date_end: '2014-05-27', date_precision: 'day' });
  });
  it('a dated incident, a claim and a past-tense report keep their dates', () => {
    const text = 'A battle at the airport has claimed 40 lives.';
    expect(fillPerfectDates([open(text, { date_start: '2014-05-20' })], analyse(text))[0]!.properties.date_start).toBe('2014-05-20');
    expect(fillPerfectDates([open(text, { claim: true })], analyse(text))[0]!.properties.date_start).toBeNull();
    const past = 'Troops killed 12 people.';
    expect(fillPerfectDates([open(past)], analyse(past))[0]!.properties.date_start).toBeNull();
  });
});
