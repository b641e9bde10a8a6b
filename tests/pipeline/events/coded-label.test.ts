import { describe, expect, it } from 'vitest';
import { codedLabel, labelTrigger } from '../../../src/pipeline/events/coded-label.ts';

describe("a note's heading codes its type", () => {
  it('"Movement of forces:" is a change to a group\'s activity', () =>
    expect(codedLabel('Movement of forces: On 4 February 2026, Al Shabaab arrived near Adan Yabaal.')).toMatchObject({ event_type: 'Strategic developments', sub_event_type: 'Change to group/activity' }));
  it('"Property destruction:" and "Looting:" are looting/property destruction', () => {
    expect(codedLabel('Property destruction: Settlers cut down 30 olive trees.')?.sub_event_type).toBe('Looting/property destruction');
    expect(codedLabel('Looting: Militiamen took cattle.')?.sub_event_type).toBe('Looting/property destruction');
  });
  it('"Detonation:" (a bomb that went off in its makers\' hands) is disrupted weapons use', () =>
    expect(codedLabel('Detonation: 2 militants were killed when landmines they were planting exploded.')?.sub_event_type).toBe('Disrupted weapons use'));
  it('a heading that is no category, or a colon later in the text, codes nothing', () => {
    expect(codedLabel('Kenya: police fire on protesters')).toBeNull();
    expect(codedLabel('On Friday, the army said: troops had left.')).toBeNull();
  });
  it('the heading stands for the act when no word of the note names one', () =>
    expect(labelTrigger('Movement of forces: OLF rebels sighted in Kenya')).toMatchObject({ event_type: 'Strategic developments', word: 'Movement of forces', index: 0 }));
});
