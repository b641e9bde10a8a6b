import { describe, expect, it } from 'vitest';
import type { EventFeature, EventProperties } from '../../../src/shared/schema.ts';
import { foldElaborations } from '../../../src/pipeline/events/elaboration-fold.ts';
import { foldIncidents, type MentionOf } from '../../../src/pipeline/events/incident-fold.ts';

const BAMENDA = { name: 'Bamenda', geonameid: 2234359, admin1: 'CM.07', country: 'CM' };
const event = (id: string, start: number, over: Partial<EventProperties> = {}): EventFeature => ({
  type: 'Feature', geometry: { type: 'Point', coordinates: [10.15, 5.96] },
  properties: {
    id, event_type: 'Violence against civilians', sub_event_type: 'Attack', date_start: '2023-07-17', date_end: '2023-07-17', date_precision: 'day',
    place: BAMENDA, geo_precision: 'place', fatalities: null, actors: [],
    sources: [{ article: 'a', quote: 'q', start, end: start + 10 }], confidence: 0.7, ...over,
  },
});

describe('foldElaborations', () => {
  const lede = event('e1', 0, { fatalities: { low: 10, best: 10, high: 10 } });
  const sunday = { date_start: '2023-07-16', date_end: '2023-07-16' };
  it('an act told by its report day takes the day a following sentence states for it, and the two are one incident', () => {
    const detail = event('e2', 200, sunday);
    const meta = new Map<EventFeature, MentionOf>([[lede, { inferred: false, word: 'killed', clause: 0, stated: false, sentence: 0 }], [detail, { inferred: true, word: 'opened fire', clause: 200, stated: true, sentence: 1 }]]);
    const out = foldElaborations([lede, detail], (e) => meta.get(e)!);
    expect(out).toHaveLength(1);
    expect(out[0]!.properties).toMatchObject({ date_start: '2023-07-16', fatalities: { best: 10 }, place: { name: 'Bamenda' } });
    expect(out[0]!.properties.sources).toHaveLength(2);
  });
  const mention = (stated: boolean, sentence: number): MentionOf => ({ inferred: false, word: 'attacked', clause: sentence * 100, stated, sentence });
  it('an act whose own day is stated is not re-dated', () => {
    const dated = [event('e1', 0), event('e2', 100, sunday)];
    expect(foldElaborations(dated, (e) => mention(true, e.properties.id === 'e1' ? 0 : 1))).toHaveLength(2);
  });
  it('a mention with a toll of its own, or told as another act, or far away in the text stays apart', () => {
    const own = [event('e1', 0), event('e2', 100, { ...sunday, fatalities: { low: 3, best: 3, high: 3 } })];
    expect(foldElaborations(own, (e) => mention(e.properties.id === 'e2', e.properties.id === 'e1' ? 0 : 1))).toHaveLength(2);
    const another = [event('e1', 0), event('e2', 100, { ...sunday, sources: [{ article: 'a', quote: 'Gunmen also attacked a bar on Sunday.', start: 100, end: 130 }] })];
    expect(foldElaborations(another, (e) => mention(e.properties.id === 'e2', e.properties.id === 'e1' ? 0 : 1))).toHaveLength(2);
    const far = [event('e1', 0), event('e2', 900, sunday)];
    expect(foldElaborations(far, (e) => mention(e.properties.id === 'e2', e.properties.id === 'e1' ? 0 : 5))).toHaveLength(2);
  });
});

describe('foldIncidents: a toll told after a list of places', () => {
  const at = (name: string, id: number): Partial<EventProperties> => ({ place: { name, geonameid: id, admin1: 'LK.36', country: 'LK' }, event_type: 'Explosions/Remote violence', sub_event_type: 'Suicide bomb' });
  it('is the country-wide total of that day, not the toll of the last place listed', () => {
    const total = event('e0', 0, { ...at('Sri Lanka', 0), place: { name: 'Sri Lanka', geonameid: null, admin1: null, country: 'LK' }, geo_precision: 'country', fatalities: { low: 200, best: 200, high: null } });
    const a = event('e1', 100, at('Negombo', 1)), b = event('e2', 100, at('Batticaloa', 2));
    const toll = event('e3', 200, { fatalities: { low: 207, best: 207, high: 207 } });
    const meta = new Map<EventFeature, MentionOf>([[total, { inferred: false, word: 'killed', clause: 0 }], [a, { inferred: false, word: 'blasts', clause: 100 }], [b, { inferred: false, word: 'blasts', clause: 100 }], [toll, { inferred: true, word: 'death toll', clause: 200 }]]);
    const out = foldIncidents([total, a, b, toll], (e) => meta.get(e)!);
    expect(out.map((e) => e.properties.fatalities?.high ?? null)).toEqual([207, null, null]);
    expect(out[0]!.properties.fatalities).toMatchObject({ low: 200, high: 207 });
  });
});
