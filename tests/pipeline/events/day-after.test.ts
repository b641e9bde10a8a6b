import { describe, expect, it } from 'vitest';
import { resolveDates, type ResolvedDate } from '../../../src/pipeline/events/dates.ts';
import { pickDate } from '../../../src/pipeline/events/when.ts';
import { splitClauses } from '../../../src/pipeline/text.ts';

const THU = '2024-06-27';
const dateAt = (text: string, word: string, anchor: ResolvedDate | null = null, pub = THU) =>
  pickDate(resolveDates(text, pub, anchor), text.indexOf(word), false, anchor)?.start;
const day = (d: string): ResolvedDate => ({ start: d, end: d, precision: 'day', text: '', index: 0 });

describe('"a day after": the act it introduces is a day before the act of the sentence', () => {
  const after = 'Ruto withdrew the bill on Wednesday, a day after parliament was stormed and 23 people were killed.';
  it('what follows "a day after" is the day before the day stated ahead of it', () => expect(dateAt(after, 'stormed')).toBe('2024-06-25'));
  it('the act stated ahead of the phrase keeps its own day', () => expect(dateAt(after, 'withdrew')).toBe('2024-06-26'));
  const lead = 'A day after Ruto abandoned the bill, demonstrators in Nairobi called for him to step down.';
  it('a leading "A day after X," leaves the main clause on the running day when the next day would be after the report', () =>
    expect(dateAt(lead, 'demonstrators', day(THU))).toBe(THU));
  it('a leading "A day after X," puts X the day before the main clause', () => expect(dateAt(lead, 'abandoned', day(THU))).toBe('2024-06-26'));
  it('"The day after the agreement," is the day after the running day', () =>
    expect(dateAt('The day after the agreement, thousands rallied in the centre.', 'rallied', day('2020-11-10'), '2020-11-12')).toBe('2020-11-11'));
  it('"the day after." alone still counts from the day stated before it', () =>
    expect(resolveDates('Clashes on Monday; more protests the day after.', THU).map((d) => d.start)).toEqual(['2024-06-24', '2024-06-25']));
});

describe('days of a count', () => {
  it('"Last night the death toll stood at 207" dates the count, not an act', () =>
    expect(resolveDates('Last night the death toll stood at 207.', '2019-04-22')[0]).toMatchObject({ reporting: true }));
});

describe('"came six days after", "came hours after": an earlier act, told as its own clause', () => {
  const SUN = '2020-10-18';
  const sat = day('2020-10-17');
  it('"The attack came only six days after a missile struck …" dates the missile six days before the attack', () => {
    const s = splitClauses({ start: 0, end: 0, furniture: false, text: 'The attack came only six days after a missile struck the city, killing 10 civilians.' } as const);
    expect(s.map((c) => c.text)).toEqual(['The attack came', 'only six days after a missile struck the city, killing 10 civilians.']);
    expect(pickDate(resolveDates(s[1]!.text, SUN, sat, true), s[1]!.text.indexOf('missile'), false, sat)?.start).toBe('2020-10-11');
  });
  it('"a week after" counts seven days, "hours after" the same day', () => {
    expect(pickDate(resolveDates('a week after gunmen stormed the town', SUN, sat, true), 20, false, sat)?.start).toBe('2020-10-10');
    expect(pickDate(resolveDates('hours after forces shelled the capital', SUN, sat, true), 20, false, sat)?.start).toBe('2020-10-17');
  });
});

describe('a weekday and a date in one clause', () => {
  it('the day told by its date wins: "a bloody Friday in Zahedan on September 30"', () => {
    const text = 'Activists accuse forces of massacring more than 80 people in a "bloody Friday" in Zahedan on September 30.';
    expect(pickDate(resolveDates(text, '2022-11-04'), text.indexOf('massacring'), false, null)?.start).toBe('2022-09-30');
  });
});
