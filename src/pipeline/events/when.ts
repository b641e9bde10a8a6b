// When the act of a clause happened: the dates it states, the day its sentence reports from, the article's
// running date, or the day of the report for an ongoing act.
import type { ResolvedDate } from './dates.ts';
import { datesAt } from './day-after.ts';

/**
 * The date of an event stated in a clause: a "since" span first, then the stated date nearest the trigger,
 * then the date of the report ("said on Monday"), then the article's running date. Claims stay undated.
 */
export function pickDate(dates: ResolvedDate[], triggerAt: number, claim: boolean, discourse: ResolvedDate | null): ResolvedDate | null {
  const events = datesAt(dates, triggerAt).filter((d) => !d.reporting);
  const since = events.find((d) => d.since);
  if (since) return since;
  // "a 'bloody Friday' in Zahedan on September 30": a day told by its date beats a weekday beside it.
  const dated = events.filter((d) => d.precision === 'day' && /\d/.test(d.text));
  const weekdays = events.filter((d) => /^(?:on\s+)?(?:last\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i.test(d.text.replace(/^["“'‘]/, '')) && !/\d/.test(d.text));
  const pool = dated.length && weekdays.length && dated.length + weekdays.length === events.length ? dated : events;
  if (pool.length) return pool.reduce((a, b) => (Math.abs(b.index - triggerAt) < Math.abs(a.index - triggerAt) ? b : a));
  if (claim) return null;
  return dates.find((d) => d.reporting) ?? discourse;
}

/** "tanks have been shelling Homs": an ongoing act, reported as of the publication day. */
export const ONGOING = /\b(?:have|has) been [a-z]+(?:ing|ed)\b|\b(?:are|is) (?:still )?[a-z]+ing\b/i;

/** A sentence that reports what someone said ("It also reported", "the group told AFP"). */
export const SAYS = /\b(?:said|says|reported|reports|told|added|stated|according to)\b/i;

/** "in the early hours of the morning", "this morning": the day of the report, when no other day is told. */
export const SAME_DAY = /\b(?:this (?:morning|afternoon|evening)|tonight|(?:in|during) the early hours|(?:from|in|since) the early morning|earlier today)\b/i;

export function publicationDay(published: string): ResolvedDate {
  return { start: published, end: published, precision: 'day', text: '', index: 0 };
}

const RELATIVE = /,\s+(?:which|who|where)\s[^,;]*,/g;

/**
 * "In Hama, which has been under siege since Sunday, tanks shelled the city overnight": a day told inside a
 * relative clause that does not hold the act describes something else.
 */
export function outsideAsides(dates: ResolvedDate[], clause: string, triggerAt: number): ResolvedDate[] {
  const asides = [...clause.matchAll(RELATIVE)].map((m) => [m.index, m.index + m[0].length] as const).filter(([a, b]) => triggerAt < a || triggerAt >= b);
  return asides.length ? dates.filter((d) => !asides.some(([a, b]) => d.index >= a && d.index < b)) : dates;
}
