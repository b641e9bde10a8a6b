import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/pipeline/nlp/analyse.ts';
import { lexicalTrigger } from '../../../src/pipeline/events/lexical-trigger.ts';

const read = (text: string) => lexicalTrigger(analyse(text), 0, text.length);

describe('lexicalTrigger', () => {
  it('reads an act from its lemma in any inflection', () => {
    expect(read('On 1 March, 25 soldiers switched sides and joined the rebels.')).toMatchObject({ event_type: 'Strategic developments', sub_event_type: 'Change to group/activity', word: 'switched' });
    expect(read('More than 40 militants surrendered to the army.')).toMatchObject({ event_type: 'Strategic developments', sub_event_type: 'Agreement' });
    expect(read('Police seized a ton of explosives at a checkpoint.')).toMatchObject({ sub_event_type: 'Disrupted weapons use' });
    expect(read('Residents blocked the main road.')).toMatchObject({ event_type: 'Protests' });
  });
  it('gives the offset of the act in the clause', () => {
    const text = 'Yesterday, students gathered outside the ministry.';
    expect(read(text)!.index).toBe(text.indexOf('gathered'));
  });
  it('a noun of an act is a trigger too ("a grenade into a crowd")', () => {
    expect(read('The attackers threw a grenade into a group of sleeping people.')).toMatchObject({ event_type: 'Explosions/Remote violence', sub_event_type: 'Grenade' });
  });
  it('freeing captives is a strategic development; photos released are not', () => {
    expect(read('The government released 67 prisoners from the central prison.')).toMatchObject({ sub_event_type: 'Other' });
    expect(read('Photos released by the military showed the street.')).toBeNull();
  });
  it('a plan, a purpose, a means or a denial is no act', () => {
    expect(read('Unions plan to march on Monday.')).toBeNull();
    expect(read('A channel encouraged people to gather at the airport.')).toBeNull();
    expect(read('He is keeping his word by withdrawing the army.')).toBeNull();
    expect(read('They did not surrender.')).toBeNull();
    expect(read('The army will deploy more troops.')).toBeNull();
  });
  it('a participle describing a noun is no act ("her destroyed home")', () => {
    expect(read('She stood in front of her destroyed home.')).toBeNull();
  });
  it('without an analysis there is no lexical trigger', () => {
    expect(lexicalTrigger(undefined, 0, 10)).toBeNull();
  });
  it('a sentence\'s first word is read by its plain form, though the tagger takes it for a name ("Clashes between …")', () => {
    expect(read('Clashes between rebels and the army were reported in the north.')).toMatchObject({ event_type: 'Battles', word: 'Clashes' });
  });
  it('a clash with no armed side named is a riot ("clashes between party activists and police")', () => {
    expect(read('Clashes between party activists and police were reported in the north.')).toMatchObject({ event_type: 'Riots', sub_event_type: 'Mob violence' });
  });
});
