// "A day after X, Y" and "Y on Wednesday, a day after X": the phrase dates X one day before Y. X is what the
// phrase introduces, up to the next comma when it leads the sentence, else to the end; Y keeps its own day
// (the day stated before the phrase, else the article's running day, else the day of the report).
import type { DatePrecision } from '../../shared/schema.ts';

/** A date found in a clause (dates.ts's ResolvedDate). */
export interface ClauseDate {
  start: string;
  end: string;
  precision: DatePrecision;
  text: string;
  /** Offsets relative to the text searched. */
  index: number;
  /** "since Sunday": a span up to the publication day. */
  since?: boolean;
  /** The date of a report ("said on Monday"), not of what it reports: a fallback only. */
  reporting?: boolean;
  /** The part of the clause it is the date of ("a day after parliament was stormed"); else all of it. */
  scope?: [number, number];
}

const DAY_MS = 86_400_000;
const addDays = (iso: string, n: number): string => new Date(Date.parse(`${iso}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
/** "the day after." alone counts from the day before it (dates.ts's relative days), not from what follows. */
const DAY_AFTER = /\b(?:(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(days?|weeks?)|the\s+(day)|a\s+(week)|(hours|minutes))\s+after\b(?!\s*(?:[.,;]|$))/gi;
const COUNT: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** How many days "six days after", "a week after", "hours after" put between the two acts. */
function daysOf(m: RegExpMatchArray): number {
  if (m[5]) return 0;
  if (m[3]) return 1;
  if (m[4]) return 7;
  const n = COUNT[(m[1] ?? '').toLowerCase()] ?? Number(m[1]);
  return /^week/i.test(m[2] ?? '') ? 7 * n : n;
}

const isDay = (d: ClauseDate): boolean => d.precision === 'day' && d.start === d.end && !d.reporting && !d.since;

/**
 * Adds the dates the "a day after" phrases of `text` give; `dates` are the clause's other dates, in order.
 * `follows`: the clause continues an act told before it ("The attack came | six days after …"), whose day is
 * the running day `anchor`.
 */
export function withDayAfter<D extends ClauseDate>(text: string, dates: D[], anchor: ClauseDate | null, published: string, follows = false): D[] {
  const extra: ClauseDate[] = [];
  for (const m of text.matchAll(DAY_AFTER)) {
    const n = daysOf(m);
    const stated = dates.filter((d) => d.index < m.index && isDay(d)).pop() ?? (follows && anchor?.precision === 'day' ? anchor : undefined);
    if (stated) {
      const day = addDays(stated.start, -n);
      extra.push({ start: day, end: day, precision: 'day', text: m[0], index: m.index, scope: [m.index, text.length] });
      continue;
    }
    // "A day after the agreement, thousands rallied": the day after the running day, unless that is after
    // the report; then the running day is the rally's and the agreement the day before.
    const base = anchor?.precision === 'day' ? anchor.end : published;
    const main = addDays(base, n) <= published ? addDays(base, n) : base;
    const comma = text.indexOf(',', m.index);
    const end = comma < 0 ? text.length : comma;
    const before = addDays(main, -n);
    extra.push({ start: before, end: before, precision: 'day', text: m[0], index: m.index, scope: [m.index, end] });
    if (comma >= 0 && !dates.some((d) => d.index > comma && isDay(d))) extra.push({ start: main, end: main, precision: 'day', text: m[0], index: comma + 1 });
  }
  return extra.length ? ([...dates, ...extra] as D[]).sort((a, b) => a.index - b.index) : dates;
}

/** The dates that can be the date of an act at `at`: a scoped date only inside its scope, and then first. */
export function datesAt<D extends ClauseDate>(dates: D[], at: number): D[] {
  const inside = dates.filter((d) => d.scope && at >= d.scope[0] && at < d.scope[1]);
  return inside.length ? inside : dates.filter((d) => !d.scope);
}
