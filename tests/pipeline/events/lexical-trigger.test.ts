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

describe('lexicalTrigger: acts decided by their object or their sides', () => {
  it('bodies found are a killing; a cache found is a seizure; a key found is nothing', () => {
    expect(read('The body of a journalist was found in a field.')).toMatchObject({ event_type: 'Violence against civilians', sub_event_type: 'Attack' });
    expect(read('Police discovered a large cache of explosives in the hills.')).toMatchObject({ sub_event_type: 'Disrupted weapons use' });
    expect(read('He found his keys in the car.')).toBeNull();
  });
  it('stones or petrol bombs thrown, and things set on fire, are a riot', () => {
    expect(read('Youths hurled Molotov cocktails at a police vehicle.')).toMatchObject({ event_type: 'Riots' });
    expect(read('A group of people set several vehicles on fire.')).toMatchObject({ event_type: 'Riots' });
  });
  it('a protest that burns tyres is a violent demonstration', () => {
    expect(read('Workers blocked the road with burning tyres.')).toMatchObject({ event_type: 'Riots', sub_event_type: 'Violent demonstration' });
  });
  it('fire exchanged between forces is a battle, fire on people an attack, fire into the air a show of force, fire from a job nothing', () => {
    expect(read('Forces of Armenia fired with unspecified weapons on the positions of the forces of Azerbaijan.')).toMatchObject({ event_type: 'Battles' });
    expect(read('Gunmen fired on a bus.')).toMatchObject({ event_type: 'Violence against civilians' });
    expect(read('Border guards fired warning shots in the air.')).toMatchObject({ event_type: 'Strategic developments' });
    expect(read('The manager was fired from his job.')).toBeNull();
  });
  it('joining an armed group is a change of group only when forces are named', () => {
    expect(read('25 soldiers joined the Taliban.')).toMatchObject({ sub_event_type: 'Change to group/activity' });
    expect(read('Thousands joined the march.')?.sub_event_type).not.toBe('Change to group/activity');
  });
  it('a past form the tagger reads as an adjective between subject and object is the verb ("soldiers looted goods")', () => {
    expect(read('On 28 April, soldiers looted goods from some households.')).toMatchObject({ sub_event_type: 'Looting/property destruction' });
  });
  it('weak acts count only when the clause names no other: a patrol ambushed is an ambush, a joint patrol a development', () => {
    expect(read('Russian and Turkish forces carried out a joint patrol in the province.')).toMatchObject({ event_type: 'Strategic developments', sub_event_type: 'Other' });
    expect(read('A police patrol was ambushed near the town.')).toMatchObject({ event_type: 'Battles' });
    expect(read('Al Shabaab reached an agreement with a clan militia.')).toMatchObject({ sub_event_type: 'Agreement' });
    expect(read('Soldiers of a neighbouring army were spotted in the town.')).toMatchObject({ sub_event_type: 'Other' });
    expect(read('Tourists were spotted in the town.')).toBeNull();
  });
});
