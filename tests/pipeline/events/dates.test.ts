import { describe, expect, it } from 'vitest';
import { islamicMonthStart, resolveDates } from '../../../src/pipeline/events/dates.ts';

const SAT = '2011-08-06';
const first = (text: string, pub = SAT) => {
  const d = resolveDates(text, pub)[0];
  return d && { start: d.start, end: d.end, precision: d.precision };
};

describe('resolveDates', () => {
  it('"on Friday" in a Saturday paper is the day before', () => expect(first('killed on Friday')).toEqual({ start: '2011-08-05', end: '2011-08-05', precision: 'day' }));
  it('a weekday is never in the future: "on Sunday" in a Saturday paper is six days before', () =>
    expect(first('the assault on Sunday')?.start).toBe('2011-07-31'));
  it('"since Sunday" runs from Sunday to the publication day', () =>
    expect(first('killed since the military assault began on Sunday')).toEqual({ start: '2011-07-31', end: SAT, precision: 'week' }));
  it('a month named without a year is the last one before publication: "last September" in a June paper is the year before', () => {
    expect(first('67 people were killed last September at the mall', '2014-06-16')).toEqual({ start: '2013-09-01', end: '2013-09-30', precision: 'month' });
    expect(first('gunmen attacked the mall in May', '2014-06-16')).toEqual({ start: '2014-05-01', end: '2014-05-31', precision: 'month' });
  });
  it('a day and month after the report\'s date are the year before, on the same day, across a leap day ("on 15 March" in a December 2011 paper)', () => {
    expect(resolveDates('seized the town on 15 March', '2011-12-21')[0]).toMatchObject({ start: '2011-03-15', end: '2011-03-15' });
    expect(resolveDates('attacked Israel on October 7', '2024-09-05')[0]).toMatchObject({ start: '2023-10-07', end: '2023-10-07' });
  });
  it('a date in a place\'s name is no date: "the July 7 neighbourhood", "26 July Street"', () => {
    expect(resolveDates('forces fired at scattered areas of July 7 neighbourhood', '2020-04-30')).toEqual([]);
    expect(resolveDates('protesters marched down 26 July Street', '2020-04-30')).toEqual([]);
  });
  it('"yesterday" is the day before publication', () => expect(first('shot yesterday')?.start).toBe('2011-08-05'));
  it('"overnight" spans the night before publication', () => expect(first('shelled overnight')).toEqual({ start: '2011-08-05', end: SAT, precision: 'day' }));
  it('"last week" is the previous Monday to Sunday', () => expect(first('arrested last week')).toEqual({ start: '2011-07-25', end: '2011-07-31', precision: 'week' }));
  it('"earlier this month" runs from the first of the month', () => expect(first('killed earlier this month')).toEqual({ start: '2011-08-01', end: SAT, precision: 'month' }));
  it('"on Aug. 5" is an absolute day', () => expect(first('protests on Aug. 5')?.start).toBe('2011-08-05'));
  it('a month-day after the publication date belongs to the year before', () => expect(first('attacked on Dec. 25')?.start).toBe('2010-12-25'));
  it('"the first Friday of Ramadan" goes through the Islamic calendar', () =>
    expect(first('on the first Friday of the Muslim fasting month of Ramadan')?.start).toBe('2011-08-05'));
  it('the date of a report is flagged as such, not taken as the date of the event', () =>
    expect(resolveDates('Asharq Alawsat reported on Saturday.', SAT).map((d) => d.reporting)).toEqual([true]));
  it('the day a toll rose to a figure is a day of reporting, not of the act', () =>
    expect(resolveDates('The death toll from the suicide attack rose to 100 on Tuesday.', '2023-01-31').map((d) => [d.start, !!d.reporting])).toEqual([['2023-01-31', true]]));
  it('"the following day" is the day after the date before it', () =>
    expect(resolveDates('on Thursday, and the violence the following day', '2011-04-25').map((d) => d.start)).toEqual(['2011-04-21', '2011-04-22']));
  it('a month name in lower case is a verb ("to march", "may return"), no date', () => {
    expect(resolveDates('teachers gathered in the square, to march in demand of wages', SAT)).toEqual([]);
    expect(first('protests on 5 May')?.start).toBe('2011-05-05');
  });
  it('finds nothing in an undated sentence', () => expect(resolveDates('He was ordered to shoot.', SAT)).toEqual([]));
});

describe('islamicMonthStart', () => {
  it('Ramadan 1432 began on 1 August 2011', () => expect(islamicMonthStart(SAT, 9)).toBe('2011-08-01'));
});

describe('resolveDates: runs of days', () => {
  it('"during six days of demonstrations" is the six days up to publication', () =>
    expect(first('killed during six days of demonstrations', '2011-03-23')).toEqual({ start: '2011-03-18', end: '2011-03-23', precision: 'week' }));
  it('"a fourth straight day of battles" started three days before publication', () =>
    expect(first('a fourth straight day of battles in Rastan', '2011-09-30')).toEqual({ start: '2011-09-27', end: '2011-09-30', precision: 'week' }));
  it('"a day after" is the day before publication', () => expect(first('A day after clashes that left 30 dead')?.start).toBe('2011-08-05'));
});

describe('resolveDates, days counted from another', () => {
  const days = (text: string, anchor: string | null = null) =>
    resolveDates(text, '2011-08-06', anchor ? { start: anchor, end: anchor, precision: 'day', text: '', index: 0 } : null).map((d) => d.start);
  it('"the following day" is the day after the day stated before it', () =>
    expect(days('Troops stormed Hama on Monday and killed 5 the following day.')).toEqual(['2011-08-01', '2011-08-02']));
  it('"two days later" counts from the day stated before it', () => expect(days('Troops entered on Tuesday. Two days later, 7 were killed.')).toEqual(['2011-08-02', '2011-08-04']));
  it('"the previous day" with no day in the text counts from the running date of the article', () => {
    expect(days('Snipers shot dead two men the previous day.', '2011-08-02')).toEqual(['2011-08-01']);
    expect(days('Snipers shot dead two men the previous day.')).toEqual([]);
  });
});

describe('resolveDates, days spanned', () => {
  const spans = (text: string) => resolveDates(text, '2011-08-06').map((d) => [d.start, d.end, d.precision]);
  it('"on Sunday, killing 26 over two days": the two days end on the day stated', () =>
    expect(spans('Gunboats shelled the district on Sunday, killing at least 26 people over two days.')).toEqual([['2011-07-30', '2011-07-31', 'week']]));
  it('"in the past three days" ends on the day of publication', () =>
    expect(spans('At least 40 people were killed in the past three days.')).toEqual([['2011-08-04', '2011-08-06', 'week']]));
  it('"talks resume in two days" is no span of days gone by', () => expect(spans('Talks resume in two days.')).toEqual([]));
});

describe('resolveDates, plans and clock offsets', () => {
  it('"will arrive in Syria Thursday" is a plan, not a date of an event', () =>
    expect(resolveDates('A team will arrive in Syria Thursday, the chief said Tuesday.', '2011-12-21').map((d) => [d.start, !!d.reporting])).toEqual([['2011-12-20', true]]));
  it('"The Observatory Monday said": a day just before the verb is the day of the report', () =>
    expect(resolveDates('The Observatory Monday said that 60 defectors were gunned down.', '2011-12-21').map((d) => [d.start, !!d.reporting])).toEqual([['2011-12-19', true]]));
  it('"in a second day of battles" is no clock time', () =>
    expect(resolveDates('100 people were killed in a second day of battles.', '2011-12-21')).toEqual([]));
});

describe('resolveDates, nights', () => {
  it('"overnight" with no day stated is the night before publication', () =>
    expect(first('tanks pushed overnight into the town', '2011-05-17')).toEqual({ start: '2011-05-16', end: '2011-05-17', precision: 'day' }));
  it('"overnight" next to a stated day is the night before that day', () => {
    const d = resolveDates('Refugees fled on Monday, as tanks pushed overnight into the area.', '2011-05-17').find((x) => x.text === 'overnight');
    expect(d).toMatchObject({ start: '2011-05-15', end: '2011-05-16' });
  });
});

describe('resolveDates: names and durations', () => {
  it('a month\'s short form inside a name is no date ("Mar del Plata")', () =>
    expect(resolveDates('On 30 April 2020, in Mar del Plata, residents protested.', '2020-04-30').map((d) => d.text)).toEqual(['On 30 April 2020']));
  it('"during the last 40 days" is a duration, not a day', () =>
    expect(resolveDates('They protested against the lack of water during the last 40 days.', '2020-05-03')).toEqual([]));
});

describe('resolveDates: "As reported on"', () => {
  it('a note that opens "As reported on <day>," dates its act by that day; "X reported on Monday" stays a report', () => {
    expect(resolveDates('As reported on 2 March 2020, militants took 55 civilians hostage.', '2020-03-02').map((d) => !!d.reporting)).toEqual([false]);
    expect(resolveDates('The group reported on Monday that 5 were killed.', '2011-08-06').map((d) => !!d.reporting)).toEqual([true]);
  });
});
