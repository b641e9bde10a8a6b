import { describe, expect, it } from 'vitest';
import type { EventFeature } from '../../../src/shared/schema.ts';
import { analyse } from '../../../src/pipeline/nlp/analyse.ts';
import { EVENT_TYPES, subTypeFor, TYPE_FEATURE_NAMES, typeFeatures } from '../../../src/pipeline/incidents/type-features.ts';
import { retype } from '../../../src/pipeline/incidents/select.ts';

const TEXT = 'Gunmen stormed a village and killed 12 villagers.';
const e = (event_type: EventFeature['properties']['event_type'], sub_event_type: string | null = 'Armed clash'): EventFeature => ({
  type: 'Feature', geometry: { type: 'Point', coordinates: [0, 0] },
  properties: { id: 'e', event_type, sub_event_type, date_start: null, date_end: null, date_precision: 'unknown', place: { name: 'X', geonameid: 1, admin1: null, country: 'NG' }, geo_precision: 'place', fatalities: { low: 12, best: 12, high: 12 }, actors: ['Gunmen'], victims: ['villagers'], sources: [{ article: 'a', quote: TEXT, start: 0, end: TEXT.length }], confidence: 0.5 },
} as EventFeature);
const at = (name: string) => TYPE_FEATURE_NAMES.indexOf(name as (typeof TYPE_FEATURE_NAMES)[number]);

describe('type features', () => {
  const a = analyse(TEXT);
  it('read who acted and on whom as kinds of words: gunmen are armed, villagers civilians', () => {
    const x = typeFeatures(e('Battles'), a);
    expect(x).toHaveLength(TYPE_FEATURE_NAMES.length);
    expect(x[at('kind:armed')]).toBe(1);
    expect(x[at('kind:civilian')]).toBe(1);
    expect(x[at('kind:kill')]).toBe(1);
    expect(x[at('kind:protest')]).toBe(0);
    expect(x[at('rule:Battles')]).toBe(1);
  });
  it('a type the model chose over the trigger takes a sub-type of its own', () => {
    expect(subTypeFor('Violence against civilians', e('Battles'), a)).toBe('Attack');
    expect(subTypeFor('Battles', e('Battles', 'Armed clash'), a)).toBe('Armed clash');
  });
  it('retype gives each incident the most likely type; without a type model the types stay', () => {
    const w = TYPE_FEATURE_NAMES.map(() => 0);
    const civ = TYPE_FEATURE_NAMES.map((n) => (n === 'kind:civilian' ? 5 : 0));
    const model = { features: [], weights: [], threshold: 0, types: { features: [...TYPE_FEATURE_NAMES], weights: EVENT_TYPES.map((t) => (t === 'Violence against civilians' ? civ : w)) } };
    const [out] = retype([e('Battles')], a, model);
    expect(out!.properties.event_type).toBe('Violence against civilians');
    expect(out!.properties.sub_event_type).toBe('Attack');
    expect(retype([e('Battles')], a, { features: [], weights: [], threshold: 0 })[0]!.properties.event_type).toBe('Battles');
  });
});

describe('tolls of one', async () => {
  const { oneKilled, fillTollsOfOne } = await import('../../../src/pipeline/incidents/toll-of-one.ts');
  const one = (s: string) => oneKilled(analyse(s), 0);
  it('one person as the subject of a passive death verb is a toll of one', () => {
    expect(one('On 29 April, in Colider, a fugitive from the prison system was killed after exchanging fire with police.')).toEqual({ low: 1, best: 1, high: 1 });
    expect(one('On 8 May, an inmate was stabbed to death by four armed inmates.')).toEqual({ low: 1, best: 1, high: 1 });
  });
  it('one person as the object of an active death verb is a toll of one', () => {
    expect(one('A Taliban fighter killed his mother in Herat.')).toEqual({ low: 1, best: 1, high: 1 });
    expect(one('Forces reportedly killed a suspected ISGS commander in the village.')).toEqual({ low: 1, best: 1, high: 1 });
  });
  it('single persons listed as the objects count one each ("killing the father and a son")', () => {
    expect(one('A soldier fired upon a family, killing the father and a son, and wounding three others.')).toEqual({ low: 2, best: 2, high: 2 });
    expect(one('Forces opened fire on civilians, killing a woman and her son.')).toEqual({ low: 2, best: 2, high: 2 });
  });
  it('one person as the subject of "died" is a toll of one', () => {
    expect(one('The guard died.')).toEqual({ low: 1, best: 1, high: 1 });
    expect(one('A prisoner later died in the prison.')).toEqual({ low: 1, best: 1, high: 1 });
  });
  it('one person found dead, shot dead, tortured to death, or a body found is a toll of one', () => {
    expect(one('A farmer was found dead near the road.')).toEqual({ low: 1, best: 1, high: 1 });
    expect(one('A drug suspect was shot dead while a bystander was wounded.')).toEqual({ low: 1, best: 1, high: 1 });
    expect(one('A relative said he was tortured to death by prison guards.')).toEqual({ low: 1, best: 1, high: 1 });
    expect(one('The body of a man was found floating in the lake.')).toEqual({ low: 1, best: 1, high: 1 });
    expect(one('The bodies were found in a field.')).toBeNull();
  });
  it('"he was killed" and "killed him" name one person by a pronoun', () => {
    expect(one('He was later killed in Homs.')).toEqual({ low: 1, best: 1, high: 1 });
    expect(one('Assailants hit the editor with blunt objects and killed him.')).toEqual({ low: 1, best: 1, high: 1 });
    expect(one('He was arrested and later released.')).toBeNull();
  });
  it('plurals, acts, denials and weapons are no toll of one', () => {
    expect(one('Troops killed the protesters.')).toBeNull();
    expect(one('The blast killed 12 people.')).toBeNull();
    expect(one('He was not killed.')).toBeNull();
    expect(one('A bomb was planted.')).toBeNull();
  });
  it('fills only incidents without a toll, and a country-wide one only when it is the text\'s only incident', () => {
    const a = analyse(TEXT.replace('killed 12 villagers', 'killed a farmer'));
    const none = { ...e('Violence against civilians'), properties: { ...e('Violence against civilians').properties, fatalities: null } };
    expect(fillTollsOfOne([none], a)[0]!.properties.fatalities).toEqual({ low: 1, best: 1, high: 1 });
    expect(fillTollsOfOne([e('Violence against civilians')], a)[0]!.properties.fatalities).toEqual({ low: 12, best: 12, high: 12 });
    const wide = { ...none, properties: { ...none.properties, geo_precision: 'country' as const } };
    expect(fillTollsOfOne([wide, none], a)[0]!.properties.fatalities).toBeNull();
    expect(fillTollsOfOne([wide], a)[0]!.properties.fatalities).toEqual({ low: 1, best: 1, high: 1 });
  });
});
