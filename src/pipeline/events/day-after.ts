// "A day after X, Y" and "Y on Wednesday, a day after X": the phrase dates X one day before Y. X is what the
// phrase introduces, up to the next comma when it leads the sentence, else to the end; Y keeps its own day
// (the day stated before the phrase, else the article's running day, else the day of the report).
import type { DatePrecision } from '../../shared/schema.ts';

/** A date found in a clause (the shape of dates.ts's ResolvedDate). */
export interface ClauseDate {
  start: string;
  end: string;
  precision: DatePrecision;
  text: string;
  index: number;
  since?: boolean;
  reporting?: boolean;
  /** The offsets of the part of the clause the date is the date of ("a day after parliament was stormed"). */
  scope?: [number, number];
}

const DAY_MS = 86_400_000;
const addDays = (iso: string, n: number): string => new Date(Date.parse(`${iso}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
/** "the day after." alone counts from the day before it (dates.ts's relative days), not from what follows. */
const DAY_AFTER = /\b(?:a|one|the) day after\b(?!\s*(?:[.,;]|$))/gi;

const isDay = (d: ClauseDate): boolean => d.precision === 'day' && d.start === d.end && !d.reporting && !d.since;

/** Adds the dates the "a day after" phrases of `text` give; `dates` are the clause's other dates, in order. */
export function withDayAfter<D extends ClauseDate>(text: string, dates: D[], anchor: ClauseDate | null, published: string): D[] {
  const extra: ClauseDate[] = [];
  for (const m of text.matchAll(DAY_AFTER)) {
    const stated = dates.filter((d) => d.index < m.index && isDay(d)).pop();
    if (stated) {
      const day = addDays(stated.start, -1);
      extra.push({ start: day, end: day, precision: 'day', text: m[0], index: m.index, scope: [m.index, text.length] });
      continue;
    }
    // "A day after the agreement, thousands rallied": the day after the running day, unless that is after
    // the report; then the running day is the rally's and the agreement the day before.
    const base = anchor?.precision === 'day' ? anchor.end : published;
    const main = addDays(base, 1) <= published ? addDays(base, 1) : base;
    const comma = text.indexOf(',', m.index);
    const end = comma < 0 ? text.length : comma;
    const before = addDays(main, -1);
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
