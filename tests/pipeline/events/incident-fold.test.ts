import { describe, expect, it } from 'vitest';
import type { EventFeature, EventProperties } from '../../../src/shared/schema.ts';
import { foldIncidents, type MentionOf } from '../../../src/pipeline/events/incident-fold.ts';

const event = (id: string, sentence: number, over: Partial<EventProperties> = {}): EventFeature => ({
  type: 'Feature', geometry: { type: 'Point', coordinates: [68, 33.4] },
  properties: {
    id, event_type: 'Battles', sub_event_type: 'Armed clash', date_start: '2020-05-04', date_end: '2020-05-04', date_precision: 'day',
    place: { name: 'Ghazni', geonameid: null, admin1: 'AF.08', country: 'AF' }, geo_precision: 'admin1', fatalities: null, actors: [],
    sources: [{ article: 'a', quote: 'q', start: sentence, end: sentence + 10 }], confidence: 0.7, ...over,
  },
});

describe('foldIncidents', () => {
  it('clauses of one sentence that tell the same act become one event at the most specific place, with the toll', () => {
    const clash = event('e1', 0);
    const killing = event('e2', 0, { event_type: 'Violence against civilians', sub_event_type: 'Attack', place: { name: 'Qarabagh', geonameid: 1, admin1: 'AF.08', country: 'AF' }, geo_precision: 'place', fatalities: { low: 13, best: 13, high: 13 } });
    const meta = new Map<EventFeature, MentionOf>([[clash, { inferred: false, word: 'clashed', clause: 0 }], [killing, { inferred: false, word: 'killing', clause: 40 }]]);
    const out = foldIncidents([clash, killing], (e) => meta.get(e)!);
    expect(out).toHaveLength(1);
    expect(out[0]!.properties).toMatchObject({ event_type: 'Battles', geo_precision: 'place', place: { name: 'Qarabagh' }, fatalities: { best: 13 } });
  });
  it('the places one clause lists stay apart, as do acts of different kinds', () => {
    const a = event('e1', 0, { geo_precision: 'place', place: { name: 'Irbin', geonameid: 1, admin1: 'SY.08', country: 'SY' } });
    const b = event('e2', 0, { geo_precision: 'place', place: { name: 'Hamouriya', geonameid: 2, admin1: 'SY.08', country: 'SY' } });
    const same = (): MentionOf => ({ inferred: false, word: 'killings', clause: 0 });
    expect(foldIncidents([a, b], same)).toHaveLength(2);
    const arrest = event('e3', 0, { event_type: 'Strategic developments', sub_event_type: 'Arrests' });
    const defection = event('e4', 0, { event_type: 'Strategic developments', sub_event_type: 'Other' });
    expect(foldIncidents([arrest, defection], (e) => ({ inferred: false, word: 'x', clause: e === arrest ? 0 : 50 }))).toHaveLength(2);
  });
  it('a bare killing in the next sentence with no place of its own is the toll of the act told before', () => {
    const riot = event('e1', 0, { event_type: 'Riots', sub_event_type: 'Mob violence' });
    const killed = event('e2', 120, { event_type: 'Violence against civilians', sub_event_type: 'Attack', geo_precision: 'country', fatalities: { low: 1, best: 1, high: 1 } });
    const out = foldIncidents([riot, killed], (e) => ({ inferred: e === killed, word: e === killed ? 'was killed' : 'clashed', clause: e.properties.sources[0]!.start }));
    expect(out).toHaveLength(1);
    expect(out[0]!.properties).toMatchObject({ event_type: 'Riots', fatalities: { best: 1 } });
    expect(out[0]!.properties.sources).toHaveLength(2);
  });
  it('a bare killing typed by its victims ("Thirteen soldiers were killed" read as a battle) is still the toll of the act told before', () => {
    const strike = event('e1', 0, { event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike' });
    const killed = event('e2', 120, { geo_precision: 'country', date_start: null, date_end: null, fatalities: { low: 13, best: 13, high: 13 } });
    const out = foldIncidents([strike, killed], (e) => ({ inferred: e === killed, word: e === killed ? 'killed' : 'airstrikes', clause: e.properties.sources[0]!.start }));
    expect(out).toHaveLength(1);
    expect(out[0]!.properties).toMatchObject({ event_type: 'Explosions/Remote violence', fatalities: { best: 13 } });
  });
  it('a bare killing told over days that include the act\'s day ("killed across two days of clashes") is its toll; on other days it is not', () => {
    const clash = event('e1', 0, { date_start: '2020-05-09', date_end: '2020-05-09' });
    const killed = (start: string, end: string) => event('e2', 120, { event_type: 'Violence against civilians', sub_event_type: 'Attack', geo_precision: 'country', date_start: start, date_end: end, fatalities: { low: 2, best: 2, high: 2 } });
    const meta = (k: EventFeature) => (e: EventFeature): MentionOf => ({ inferred: e === k, word: e === k ? 'were killed' : 'clashed', clause: e.properties.sources[0]!.start });
    const over = killed('2020-05-08', '2020-05-09');
    expect(foldIncidents([clash, over], meta(over))).toHaveLength(1);
    const before = killed('2020-05-01', '2020-05-02');
    expect(foldIncidents([event('e1', 0, { date_start: '2020-05-09', date_end: '2020-05-09' }), before], meta(before))).toHaveLength(2);
  });
  it('"The toll is currently 16 dead" after an act told with 16 killed is its count again, not a second act', () => {
    const attack = event('e1', 0, { event_type: 'Explosions/Remote violence', sub_event_type: 'Grenade', fatalities: { low: 16, best: 16, high: null } });
    const count = event('e2', 300, { event_type: 'Violence against civilians', sub_event_type: 'Attack', geo_precision: 'country', fatalities: { low: 16, best: 16, high: 16 } });
    const out = foldIncidents([attack, count], (e) => ({ inferred: e === count, word: e === count ? 'toll' : 'grenade', clause: e.properties.sources[0]!.start }));
    expect(out).toHaveLength(1);
    const other = event('e3', 300, { event_type: 'Violence against civilians', sub_event_type: 'Attack', geo_precision: 'country', fatalities: { low: 5, best: 5, high: 5 } });
    expect(foldIncidents([attack, other], (e) => ({ inferred: e === other, word: e === other ? 'were killed' : 'grenade', clause: e.properties.sources[0]!.start }))).toHaveLength(2);
  });
  it('an act with no first day takes the day of the bare toll told after it, up to its last day', () => {
    const act = event('e1', 0, { event_type: 'Explosions/Remote violence', sub_event_type: 'Grenade', date_start: null, date_end: '2020-08-02', date_precision: 'unknown' });
    const toll = event('e2', 300, { event_type: 'Violence against civilians', sub_event_type: 'Attack', geo_precision: 'country', date_start: '2020-08-01', date_end: '2020-08-02', fatalities: { low: 16, best: 16, high: 16 } });
    const out = foldIncidents([act, toll], (e) => ({ inferred: e === toll, word: e === toll ? 'dead' : 'grenade', clause: e.properties.sources[0]!.start }));
    expect(out).toHaveLength(1);
    expect(out[0]!.properties).toMatchObject({ date_start: '2020-08-01', fatalities: { best: 16 } });
  });
  it('a crowd\'s violence told in the sentence after its protest ("The group set barricades on fire") makes it one violent demonstration', () => {
    const quote = (q: string) => ({ sources: [{ article: 'a', quote: q, start: 120, end: 120 + q.length }] });
    const protest = event('e1', 0, { event_type: 'Protests', sub_event_type: 'Peaceful protest', geo_precision: 'place' });
    const fire = event('e2', 120, { event_type: 'Strategic developments', sub_event_type: 'Looting/property destruction', geo_precision: 'place', ...quote('The group set barricades on fire.') });
    const meta = (e: EventFeature): MentionOf => ({ inferred: false, word: e === protest ? 'demonstrated' : 'set', clause: e.properties.sources[0]!.start, sentence: e === protest ? 0 : 1 });
    const out = foldIncidents([protest, fire], meta);
    expect(out).toHaveLength(1);
    expect(out[0]!.properties).toMatchObject({ event_type: 'Riots', sub_event_type: 'Violent demonstration' });
    // Riots told of as background ("… injured during riots in Tripoli") are no violence of this crowd.
    const p2 = event('e1', 0, { event_type: 'Protests', sub_event_type: 'Peaceful protest', geo_precision: 'place' });
    const riots = event('e3', 120, { event_type: 'Riots', sub_event_type: 'Violent demonstration', geo_precision: 'place', ...quote('Protesters also lit candles for a man hurt during riots in Tripoli.') });
    expect(foldIncidents([p2, riots], (e) => ({ inferred: false, word: e === p2 ? 'gathered' : 'riots', clause: e.properties.sources[0]!.start, sentence: e === p2 ? 0 : 1 }))).toHaveLength(2);
  });
  it('a killing named at a place of its own stays an event of its own', () => {
    const riot = event('e1', 0, { event_type: 'Riots', sub_event_type: 'Mob violence' });
    const killed = event('e2', 120, { event_type: 'Violence against civilians', sub_event_type: 'Attack', fatalities: { low: 1, best: 1, high: 1 } });
    expect(foldIncidents([riot, killed], (e) => ({ inferred: false, word: 'was killed', clause: e.properties.sources[0]!.start }))).toHaveLength(2);
  });
  it('a count of the wounded alone is a detail of the act told before, not an act of its own', () => {
    const blast = event('e1', 0, { event_type: 'Explosions/Remote violence', sub_event_type: 'Suicide bomb', fatalities: { low: 12, best: 12, high: 12 } });
    const hurt = event('e2', 200, { event_type: 'Violence against civilians', sub_event_type: 'Attack', geo_precision: 'country', injured: { low: 20, best: 20, high: 20 } });
    const out = foldIncidents([blast, hurt], (e) => ({ inferred: e === hurt, word: e === hurt ? 'injured' : 'blast', clause: e.properties.sources[0]!.start }));
    expect(out).toHaveLength(1);
    expect(out[0]!.properties).toMatchObject({ event_type: 'Explosions/Remote violence', fatalities: { best: 12 }, injured: { best: 20 } });
  });
});

