// Dates in news prose resolved against the publication date: "on Friday" in a Saturday paper is the day
// before; "since Sunday" runs from Sunday to the publication day; "the first Friday of Ramadan" goes
// through the Islamic (Umm al-Qura) calendar. Absolute dates come from chrono-node.
import * as chrono from 'chrono-node';
import type { DatePrecision } from '../../shared/schema.ts';
import { withDayAfter, type ClauseDate } from './day-after.ts';

/** A date stated in a clause, with its offsets; defined beside the "a day after" rule that scopes it. */
export type ResolvedDate = ClauseDate;

const DAY_MS = 86_400_000;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const toDay = (t: number): string => new Date(t).toISOString().slice(0, 10);
const dayMs = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);
const addDays = (iso: string, n: number): string => toDay(dayMs(iso) + n * DAY_MS);
const weekdayOf = (iso: string): number => new Date(dayMs(iso)).getUTCDay();

/** The most recent given weekday on or before the publication day. */
export function lastWeekday(published: string, weekday: number): string {
  return addDays(published, -((weekdayOf(published) - weekday + 7) % 7));
}

/** First day of the Islamic month `month` (1-12; 9 = Ramadan) that begins nearest before `near`. */
export function islamicMonthStart(near: string, month: number): string | null {
  const fmt = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', {
    timeZone: 'UTC', day: 'numeric', month: 'numeric', year: 'numeric',
  });
  const part = (t: number, type: string): number =>
    Number(fmt.formatToParts(new Date(t)).find((p) => p.type === type)?.value);
  // Walk back at most ~13 lunar months to the first day of that month.
  for (let t = dayMs(near) + 30 * DAY_MS, i = 0; i < 420; i++, t -= DAY_MS) {
    if (part(t, 'month') === month && part(t, 'day') === 1 && t <= dayMs(near) + 30 * DAY_MS) return toDay(t);
  }
  return null;
}

const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, last: -1 };
const ISLAMIC_MONTHS: Record<string, number> = { ramadan: 9, shawwal: 10, muharram: 1 };

/** A cheap test before the expensive parsers: no date word, no date. */
const MAY_HAVE_DATE = /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend|days?|yesterday|today|tonight|overnight|night|morning|afternoon|evening|week|month|year|ago|since|earlier|later|last|next|following|ramadan|shawwal|muharram|jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)\b|\d{1,2}[/.-]\d{1,2}|\b\d{4}\b/i;

/** Words chrono-node can turn into a date; without one, it is not called. */
const CHRONO_NEEDED = /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight|ago|jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|(?:last|next|this) (?:week|month|year))\b|\d{1,2}[/.-]\d{1,2}|\b(?:19|20)\d{2}\b/i;

const COUNT: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const ORDINAL_DAYS: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7 };

type Rule = { re: RegExp; resolve: (m: RegExpExecArray, pub: string) => Omit<ResolvedDate, 'text' | 'index'> | null };

const WD = WEEKDAYS.join('|');
/** "during six days of demonstrations", "over two days", "in the past three days". */
const DAYS_SPAN = /\b(?:(?:during|over|for|across)(?: the)?(?: past| last)?|in the (?:past|last)) (two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (?:straight |consecutive )?days\b/gi;
const DAYS_SPAN_WHOLE = new RegExp(`^${DAYS_SPAN.source}$`, 'i');

const RULES: Rule[] = [
  {
    // "the first Friday of (the Muslim fasting month of) Ramadan"
    re: new RegExp(`\\bthe (first|second|third|fourth|last) (${WD}) of (?:the )?(?:[a-z ]*?month of )?(ramadan|shawwal|muharram)\\b`, 'gi'),
    resolve: (m, pub) => {
      const start = islamicMonthStart(pub, ISLAMIC_MONTHS[(m[3] as string).toLowerCase()] as number);
      if (!start) return null;
      const wd = WEEKDAYS.indexOf((m[2] as string).toLowerCase());
      const first = addDays(start, (wd - weekdayOf(start) + 7) % 7);
      const n = ORDINALS[(m[1] as string).toLowerCase()] as number;
      const day = n > 0 ? addDays(first, 7 * (n - 1)) : addDays(first, 21);
      return { start: day, end: day, precision: 'day' };
    },
  },
  { re: /\b(?:over(?:night| the night)|last night)\b/gi, resolve: (_m, pub) => ({ start: addDays(pub, -1), end: pub, precision: 'day' }) },
  { re: /\b(?:in|over) (?:recent days|the (?:past|last) (?:few|several) days)\b/gi, resolve: (_m, pub) => ({ start: addDays(pub, -6), end: pub, precision: 'week' }) },
  {
    // "during six days of demonstrations", "in the past three days": N days up to the publication day.
    // ("in two days" alone is a plan, not days gone by.)
    re: DAYS_SPAN,
    resolve: (m, pub) => {
      const n = COUNT[(m[1] as string).toLowerCase()] ?? Number(m[1]);
      return n >= 2 && n <= 14 ? { start: addDays(pub, 1 - n), end: pub, precision: 'week' } : null;
    },
  },
  {
    // "a fourth straight day of battles": the run of days up to the publication day.
    re: /\b(?:a|the) (second|third|fourth|fifth|sixth|seventh) (?:straight|consecutive|successive) day\b/gi,
    resolve: (m, pub) => ({ start: addDays(pub, 1 - (ORDINAL_DAYS[(m[1] as string).toLowerCase()] ?? 1)), end: pub, precision: 'week' }),
  },
  {
    // "over the weekend": the last Saturday and Sunday up to the publication day.
    re: /\b(?:over|during|at|on) the weekend\b|\bthis weekend\b/gi,
    resolve: (_m, pub) => {
      const sat = lastWeekday(pub, 6);
      return { start: sat, end: addDays(sat, 1) > pub ? pub : addDays(sat, 1), precision: 'week' };
    },
  },
  { re: /\bthis week\b/gi, resolve: (_m, pub) => ({ start: addDays(pub, -((weekdayOf(pub) + 6) % 7)), end: pub, precision: 'week' }) },
  {
    re: /\blast week\b/gi,
    resolve: (_m, pub) => {
      const monday = addDays(pub, -((weekdayOf(pub) + 6) % 7) - 7);
      return { start: monday, end: addDays(monday, 6), precision: 'week' };
    },
  },
  { re: /\b(?:earlier|so far) this month\b/gi, resolve: (_m, pub) => ({ start: `${pub.slice(0, 8)}01`, end: pub, precision: 'month' }) },
];

/** "since Sunday", "since the assault began on Sunday": a span from that day to the publication day. */
const SINCE_BEFORE = /\bsince\s+(?:(?:late|early)\s+|mid-)?$|\bsince\b[^.;]{0,60}?\b(?:began|started|erupted|broke out|begun|launched)(?:\s+(?:its|their|his|her|the|an?)(?:\s+[a-z-]+){1,2})?\s+(?:on\s+|late\s+|early\s+|last\s+)*$/i;

/** Words that make a date the date of a report, not of what it reports ("Asharq Alawsat reported on Saturday"). */
const REPORTING = /\b(?:reported|reports?|said|says|told|announced|stated|added|wrote|claimed|published|confirmed|according to [^,.;]{0,40}?|(?:death )?toll (?:[^,.;]{0,40}? )?(?:(?:has|had) )?(?:rose|risen|climbed|reached|jumped|stood|increased|grew|grown) (?:to|at) (?:about |around |at least |more than )?[\d,]+(?: people| dead)?)\s*(?:late |early )?$/i;

/** "gathered in the square, to march", "they may return": a month is written with a capital; in lower case
 * the word is a verb. */
const LOWER_MONTH = /(?<![A-Za-z])(?:jan|feb|mar|march|apr|may|jun|june|jul|july|aug|sept?|oct|nov|dec)\b/;

/** "in a second day of battles", "in an hour": chrono reads a clock offset, not a day. */
const CLOCK_ONLY = /^(?:in |within |after )?(?:a|an|one|\d+) (?:seconds?|minutes?|hours?)\b/i;
/** "will arrive in Syria Thursday", "talks are due to start on Monday": a plan, not an event. */
const FUTURE_BEFORE = /\b(?:will|shall|is due to|are due to|(?:is|are) (?:scheduled|expected|set) to|plans? to|planning to)\b[^.;,]{0,50}$/i;

/** "during the last 40 days", "the past two weeks": how long, not when. */
const DURATION = /^(?:the )?(?:last|past) (?:\d+|[a-z]+) (?:days|weeks|months|years)$/i;
/** A place noun right after a date: the date is part of the place's name. */
const DATE_NAMED_PLACE = /^\s+(?:neighbou?rhood|street|st\.|square|avenue|road|bridge|district|camp|hospital|school|stadium|park|quarter|mosque)\b/i;
/** A month alone, in its short form or as a one-word name ("Mar", "May"). */
const SHORT_MONTH = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$/;

/** "The Observatory Monday said", "Last night the death toll stood at 207": a day just before the verb of
 * reporting, or before a toll's count. */
const REPORTING_AFTER = /^\s*(?:reported|said|told|announced|stated|added|confirmed)\b|^,?\s+(?:the\s+)?(?:death\s+|casualty\s+)?(?:toll|number of (?:dead|deaths))\s+(?:had\s+|has\s+)?(?:stood|rose|risen|climbed|reached|jumped)\b/i;

/** "As reported on 2 March 2020, militants took 55 hostages": a note that dates its act by its report. */
const AS_REPORTED_LEAD = /(?:^|[.:]\s*)\s*(?:as\s+)?reported\s+(?:on\s+)?$/i;

function isReportingDate(text: string, index: number, length: number): boolean {
  if (AS_REPORTED_LEAD.test(text.slice(Math.max(0, index - 40), index))) return false;
  return (
    REPORTING.test(text.slice(Math.max(0, index - 60), index).replace(/\s*\bon\s*$/i, ' ').trimEnd()) ||
    REPORTING_AFTER.test(text.slice(index + length, index + length + 40))
  );
}

function fromChrono(r: chrono.ParsedResult, pub: string): Omit<ResolvedDate, 'text' | 'index'> | null {
  const s = r.start;
  if (s.isCertain('day') || s.isCertain('weekday')) {
    let day = toDay(s.date().getTime());
    if (!s.isCertain('day')) day = lastWeekday(pub, s.get('weekday') as number);
    // "on 15 March" in a December paper: the March before it, the same day of the month a year back (not 365 days:
    // a leap day between would make it 16 March).
    else if (!s.isCertain('year') && dayMs(day) > dayMs(pub) + DAY_MS) day = `${Number(day.slice(0, 4)) - 1}${day.slice(4)}`;
    return { start: day, end: day, precision: 'day' };
  }
  if (s.isCertain('month')) {
    // "in September", "last September" in a June paper: the September before it, not the one to come.
    let year = s.get('year') as number;
    if (!s.isCertain('year') && toDay(Date.UTC(year, (s.get('month') as number) - 1, 1)) > pub) year -= 1;
    const start = toDay(Date.UTC(year, (s.get('month') as number) - 1, 1));
    const end = toDay(Date.UTC(year, s.get('month') as number, 0));
    return { start, end: end > pub ? pub : end, precision: 'month' };
  }
  return null;
}

/**
 * All dates stated in a clause, in text order, resolved against `published` (YYYY-MM-DD). Dates of
 * reporting ("said on Monday") are flagged `reporting`. Future dates are left out: news reports the past.
 * `anchor`, the article's running date, is what "the previous day" counts from when the text states no day;
 * `follows`: the text continues an act told just before it ("The attack came | a day after …").
 */
export function resolveDates(text: string, published: string, anchor: ResolvedDate | null = null, follows = false): ResolvedDate[] {
  const out: ResolvedDate[] = [];
  const taken: Array<[number, number]> = [];
  const free = (a: number, b: number): boolean => taken.every(([x, y]) => b <= x || a >= y);
  if (!MAY_HAVE_DATE.test(text)) return [];
  for (const rule of RULES) {
    const re = rule.re.global ? rule.re : new RegExp(rule.re.source, `${rule.re.flags}g`);
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const r = rule.resolve(m, published);
      if (r && free(m.index, m.index + m[0].length)) {
        out.push({ ...r, text: m[0], index: m.index, ...(isReportingDate(text, m.index, m[0].length) ? { reporting: true } : {}) });
        taken.push([m.index, m.index + m[0].length]);
      }
    }
  }
  const ref = { instant: new Date(`${published}T12:00:00Z`), timezone: 0 };
  for (const r of CHRONO_NEEDED.test(text) ? chrono.parse(text, ref, { forwardDate: false }) : []) {
    if (!free(r.index, r.index + r.text.length) || CLOCK_ONLY.test(r.text) || LOWER_MONTH.test(r.text) || DURATION.test(r.text)) continue;
    // "Mar del Plata", "May Day": a month's short form with no day or year beside it inside a name.
    if (SHORT_MONTH.test(r.text) && /^\s+(?:[A-Z]|de[l]?\b|da\b|do\b|la\b)/.test(text.slice(r.index + r.text.length, r.index + r.text.length + 5))) continue;
    const before = text.slice(Math.max(0, r.index - 70), r.index);
    if (FUTURE_BEFORE.test(before)) continue;
    // "the July 7 neighbourhood", "26 July Street", "the 9 April hospital": a date in a place's name.
    if (DATE_NAMED_PLACE.test(text.slice(r.index + r.text.length, r.index + r.text.length + 16))) continue;
    const sinceMatch = SINCE_BEFORE.test(before) || /^since\b/i.test(r.text);
    const d = fromChrono(r, published);
    if (!d || d.start > published) continue;
    const item: ResolvedDate = sinceMatch
      ? { start: d.start, end: published, precision: spanPrecision(d.start, published), text: r.text, index: r.index, since: true }
      : { ...d, text: r.text, index: r.index, ...(isReportingDate(text, r.index, r.text.length) ? { reporting: true } : {}) };
    out.push(item);
    taken.push([r.index, r.index + r.text.length]);
  }
  const days = withDaysSpanned(text, withRelativeDays(text, nightsOfStatedDays(out.sort((a, b) => a.index - b.index)), anchor));
  return withDayAfter(text, days, anchor, published, follows);
}

/** "Monday, as tanks pushed overnight": the night before the day the text states, not before publication. */
function nightsOfStatedDays(dates: ResolvedDate[]): ResolvedDate[] {
  const days = dates.filter((d) => d.precision === 'day' && d.start === d.end && !d.since && !/night/i.test(d.text));
  if (!days.length) return dates;
  return dates.map((d) => {
    if (!/^(?:over(?:night| the night)|last night)$/i.test(d.text)) return d;
    const day = days.reduce((a, b) => (Math.abs(b.index - d.index) < Math.abs(a.index - d.index) ? b : a));
    return { ...d, start: addDays(day.start, -1), end: day.start };
  });
}

const RELATIVE_DAY =
  /\b(?:the (following|next|previous|preceding) day|(a|one|two|three|four|five|six|seven|\d) days? (later|earlier)|the day (after)(?=[.,;]|$))/gi;

/**
 * "the following day", "the previous day", "three days later": counted from the day stated before it in the
 * same text, else from `anchor` (the article's running date), else nothing.
 */
function withRelativeDays(text: string, dates: ResolvedDate[], anchor: ResolvedDate | null): ResolvedDate[] {
  const extra: ResolvedDate[] = [];
  for (const m of text.matchAll(RELATIVE_DAY)) {
    const from = [...dates].reverse().find((d) => d.index < m.index && d.precision === 'day') ?? (anchor?.precision === 'day' ? anchor : null);
    if (!from) continue;
    const word = (m[1] ?? m[3] ?? m[4] ?? '').toLowerCase();
    const n = m[2] ? COUNT[m[2].toLowerCase()] ?? Number(m[2]) : 1;
    const back = word === 'previous' || word === 'preceding' || word === 'earlier';
    const day = back ? addDays(from.start, -n) : addDays(from.end, n);
    extra.push({ start: day, end: day, precision: 'day', text: m[0], index: m.index });
  }
  return extra.length ? [...dates, ...extra].sort((a, b) => a.index - b.index) : dates;
}

function spanPrecision(start: string, end: string): DatePrecision {
  const days = (dayMs(end) - dayMs(start)) / DAY_MS;
  return days < 1 ? 'day' : days <= 10 ? 'week' : 'month';
}

/**
 * "on Sunday, killing 26 people over two days": N days told beside a day end on that day, not on the day of
 * publication; the day and the span become one span.
 */
function withDaysSpanned(text: string, dates: ResolvedDate[]): ResolvedDate[] {
  const span = dates.find((d) => DAYS_SPAN_WHOLE.test(d.text));
  const days = dates.filter((d) => d !== span && d.precision === 'day' && !d.reporting && !d.since && d.start === d.end);
  const day = days[days.length - 1];
  if (!span || !day) return dates;
  const n = Math.round((Date.parse(span.end) - Date.parse(span.start)) / DAY_MS);
  const moved: ResolvedDate = { ...span, start: addDays(day.end, -n), end: day.end };
  return dates.filter((d) => d !== day).map((d) => (d === span ? moved : d));
}
