// Stage "events": reads an article clause by clause, as an analyst would. A clause with a trigger becomes an
// event: its type from the trigger, its dates resolved against the publication date, its toll from numbers
// attached to deaths, its place from the mentions in the clause (or the place it refers back to, or the
// article's main country), and the sentence that states it as evidence.
import type { Article, EventFeature, Fatalities, GeoPrecision, Toponym, UnplacedAct } from '../../shared/schema.ts';
import { mergeEvents } from '../merge.ts';
import { CAME_BEFORE, GAPPED, splitClauses, splitSentences, type Sentence } from '../text.ts';
import { absorbBareKillings } from './absorb.ts';
import { foldIncidents, type MentionOf } from './incident-fold.ts';
import { foldElaborations } from './elaboration-fold.ts';
import { foldRecounts } from './recount-fold.ts';
import { labelTrigger } from './coded-label.ts';
import { borrowTrigger, namesUnknownPlace, refersBack, unknownPlaceName } from './references.ts';
import { outsideAsides, pickDate, publicationDay, ONGOING, SAME_DAY, SAYS } from './when.ts';
import { findSides } from './actors.ts';
import { resolveDates, type ResolvedDate } from './dates.ts';
import { namedInside, otherRole, precisionOf } from './place.ts';
import { backgroundSinceAt, findTolls, type ClauseTolls, type Toll } from './tolls.ts';
import { DEATH_WORDS, findTrigger, type Trigger } from './triggers.ts';
import { describeEvent } from './summary.ts';
import { lexicalTrigger } from './lexical-trigger.ts';
import { recodeBySides } from './sides-recode.ts';
import type { ClauseContext, CumulativeFigure, ExtractInput, ExtractOptions, ExtractOutput } from './clause-context.ts';
import { placesFor, sharedWhere, type Where } from './where.ts';

export type { AreaPoint, CumulativeFigure, ExtractInput, ExtractOptions, ExtractOutput } from './clause-context.ts';
export { mainCountry } from './where.ts';

const DAY_MS = 86_400_000;
const PAST_YEAR = /\b(?:in|during|by|back in|as early as) (?:the )?(?:early |late |mid-)?((?:1[89]|20)\d\d)s?\b(?! (?:election|elections|war|conflict|agreement|deal|accord|ceasefire)s?\b)/i;

function confidenceOf(precision: GeoPrecision, datePrecision: string, toll: Fatalities | null, claim: boolean): number {
  let c = 0.45 + (precision === 'place' ? 0.2 : 0.05) + (datePrecision === 'day' ? 0.15 : datePrecision === 'week' ? 0.1 : 0);
  if (toll) c += 0.1;
  if (claim) c -= 0.2;
  return Math.round(Math.min(0.95, Math.max(0.05, c)) * 100) / 100;
}

/** The clause's actors, and its victims when it names any. */
function sidesOf(clause: string, triggerAt: number): { actors: string[]; victims?: string[] } {
  const { actors, victims } = findSides(clause, triggerAt);
  return victims.length ? { actors, victims } : { actors };
}

function eventsFromClause(ctx: ClauseContext, seq: number, cumulative: CumulativeFigure[], unplaced: UnplacedAct[]): EventFeature[] {
  const { article, sentence, clause, trigger } = ctx;
  const published = article.published;
  const background = backgroundSinceAt(clause.text);
  const dates = outsideAsides(ctx.dates.filter((d) => d.index < background), clause.text, trigger.index);
  const claim = trigger.claim || /\b(?:ordered|claims?|claimed)\b/i.test(clause.text) && !dates.some((d) => !d.reporting);
  // "..., the chief said Tuesday, as activists reported 100 killed": the day the sentence reports from comes
  // before the article's running date.
  // "It also reported 37 killed", "“... this morning,” the group told AFP": a report with no day of its own
  // comes from the last day the article named, a day of reporting included.
  const reported = published ? ctx.reported ?? (SAYS.test(sentence.text) ? ctx.lastDay : null) : null;
  const sameDay = SAME_DAY.test(clause.text) && !dates.some((d) => !d.reporting);
  let date = pickDate(dates, trigger.index, claim, reported ?? (sameDay ? null : ctx.discourseDate));
  if (!date && !claim && published && trigger.sub_event_type !== 'Arrests' && (ONGOING.test(clause.text) || sameDay)) date = publicationDay(published);
  const stated = !!date && !date.reporting && dates.includes(date);
  const longSince = !!date?.since && Date.parse(date.end) - Date.parse(date.start) > 21 * DAY_MS;
  if (longSince) date = null;
  const dayStated = dates.some((d) => !d.since && !d.reporting && d.precision === 'day');
  const tolls = findTolls(clause.text, longSince, !!trigger.elided && DEATH_WORDS.test(trigger.word), dayStated);
  for (const c of tolls.cumulative) cumulative.push(cumulativeFigure(article, sentence, clause, c));
  if (tolls.cumulative.length && !tolls.figures.length && trigger.event_type !== 'Strategic developments') return [];
  // History ("In the 1990s, Colombia saw a series of bombings", "in 2013 gunmen attacked the Westgate mall"): a
  // year or decade before the report's, with no day named, is background.
  const year = published ? PAST_YEAR.exec(clause.text) : null;
  if (year && Number(year[1]) < Number(published!.slice(0, 4)) && !dates.some((d) => !d.reporting && d.precision === 'day')) return [];
  // Background ("what began as peaceful protests nine months ago"): a month-level date long before publication.
  if (date && published && date.precision === 'month' && Date.parse(published) - Date.parse(date.end) > 30 * DAY_MS) return [];
  const unknownPlace = namesUnknownPlace(clause, ctx.toponyms, ctx.options.demonym);
  // "… the bloodiest attack in the country since the Westgate mall siege in Nairobi": the history after a superlative's
  // "since" places nothing.
  const beforeHistory = background < clause.text.length ? { ...clause, text: clause.text.slice(0, background), end: clause.start + background } : clause;
  const unknownName = unknownPlace ? unknownPlaceName(beforeHistory, ctx.toponyms, ctx.options.demonym) : null;
  const places = placesFor({ ...ctx, clause: beforeHistory, unknownPlace, unknownName, ...(tolls.figures[0] ? { tollAt: tolls.figures[0].start } : {}) });
  // No place the gazetteer knows and no country to fall back on: recorded, not silently lost.
  if (!places.length && !refersBack(clause.text, trigger)) {
    const { event_type } = ctx.trigger;
    unplaced.push({
      quote: sentence.text, start: sentence.start, end: sentence.end, event_type,
      date_start: date?.start ?? null, date_end: date?.end ?? null, fatalities: tolls.fatalities,
      reason: unknownPlace ? 'its place is not in the gazetteer and no country is named' : 'no place or country is named',
    });
    return [];
  }
  // "The attack came after ...", "Those killed included ...": a mention of an act already told, with no place
  // or toll of its own, is not a new event.
  const told = refersBack(clause.text, trigger);
  // "Funerals were held in Homs for those killed": the dead of an act already told, even where a place is named.
  // "Tuesday's clashes came after the bloodiest day in Syria": a country named in passing places no act told before.
  if (!tolls.fatalities && told && (places.every((w) => w.inferred || w.precision === 'country') || /^(?:killed|dead|deaths?)$/i.test(trigger.word))) return [];
  // "The killings, they said, occurred in Irbin and Hamouriya": the act named again keeps the type it was told with.
  const referent = told ? ctx.previous : undefined;
  if (referent && (!DEATH_WORDS.test(trigger.word) || referent.properties.fatalities)) {
    const { event_type, sub_event_type } = referent.properties;
    ctx = { ...ctx, trigger: { ...trigger, event_type, sub_event_type: sub_event_type ?? trigger.sub_event_type } };
  }
  // A toll shared by several listed places is not any one place's toll: it goes on their province's total
  // when they all lie in one, else on the country's.
  const shared = places.length > 1 && tolls.fatalities ? sharedWhere(ctx, places) : null;
  const all = shared ? [...places.map((w) => ({ w, toll: false })), { w: shared, toll: true }] : places.map((w) => ({ w, toll: true }));
  return all.map(({ w, toll }, i) => {
    const e = buildEvent(ctx, `${article.id}-e${seq + i}`, w, date, claim, toll ? tolls : { ...tolls, fatalities: null, figures: [] });
    if (w.inferred && w.precision === 'country' && !e.properties.fatalities && !unknownPlace) UNPLACED.add(e);
    MENTION.set(e, { inferred: !!w.inferred, word: ctx.trigger.word, clause: ctx.clause.start, stated, sentence: ctx.sentenceNo });
    return e;
  });
}

/** How long before the report a day told is history rather than the story's running day. */
const HISTORY_DAYS = 30;
const longBefore = (d: ResolvedDate, published: string | undefined): boolean =>
  !!published && Date.parse(published) - Date.parse(d.end) > HISTORY_DAYS * DAY_MS;

/** Events placed only at the article's main country, with no toll: kept only when nothing else is placed. */
const UNPLACED = new WeakSet<EventFeature>();
/** What the clause reading knew of each event: whether its place was inferred, its trigger word, its clause. */
const MENTION = new WeakMap<EventFeature, MentionOf>();

function buildEvent(ctx: ClauseContext, id: string, where: Where, date: ResolvedDate | null, claim: boolean, tolls: ClauseTolls): EventFeature {
  const { article, sentence, clause, trigger } = ctx;
  const published = article.published;
  let { event_type, sub_event_type } = trigger;
  if (event_type === 'Protests' && sub_event_type === 'Peaceful protest' && tolls.fatalities) sub_event_type = 'Excessive force against protesters';
  const datePrecision = date ? date.precision : 'unknown';
  const props = {
    id,
    event_type,
    sub_event_type,
    date_start: date ? date.start : null,
    date_end: date ? date.end : published ?? null,
    date_precision: datePrecision,
    place: where.place,
    geo_precision: where.precision,
    fatalities: tolls.fatalities,
    injured: tolls.injured,
    ...sidesOf(clause.text, trigger.index),
    summary: '',
    sources: [
      {
        article: article.id,
        quote: sentence.text,
        start: sentence.start,
        end: sentence.end,
        ...(article.outlet ? { outlet: article.outlet } : {}),
        ...(article.url ? { url: article.url } : {}),
        ...(article.published ? { published: article.published } : {}),
        ...(article.title ? { title: article.title } : {}),
        figures: tolls.figures.map((f) => ({ text: f.text, start: clause.start + f.start, end: clause.start + f.end })),
      },
    ],
    confidence: confidenceOf(where.precision, datePrecision, tolls.fatalities, claim),
    ...(claim ? { claim: true } : {}),
    ...(where.precision === 'country' && tolls.fatalities ? { aggregate: true } : {}),
  };
  props.summary = describeEvent(props);
  return { type: 'Feature', geometry: { type: 'Point', coordinates: [where.point.lon, where.point.lat] }, properties: props };
}

/**
 * A report that tells no day at all ("Armed group kills civilians in Garissa", a wire brief, a dataset's note)
 * reports what happened on the day it was published: its undated acts get that day, and less confidence.
 */
function onReportDay(e: EventFeature, published: string): EventFeature {
  const p = e.properties;
  if (p.date_start || p.claim) return e;
  const confidence = Math.round(Math.max(0.05, p.confidence - 0.1) * 100) / 100;
  return { ...e, properties: { ...p, date_start: published, date_end: published, date_precision: 'day', confidence } };
}

function cumulativeFigure(article: Article, sentence: Sentence, clause: Sentence, t: Toll): CumulativeFigure {
  return {
    article: article.id, text: t.text, low: t.range.low, high: t.range.high,
    start: clause.start + t.start, end: clause.start + t.end, quote: sentence.text,
  };
}

/** Extracts the events of one article. Pure: the toponyms come from the geoparse stage. */
export function extractEvents(input: ExtractInput, options: ExtractOptions = {}): ExtractOutput {
  const { article, toponyms } = input;
  const events: EventFeature[] = [];
  const cumulative: CumulativeFigure[] = [];
  const unplaced: UnplacedAct[] = [];
  let recentPlace: Toponym | null = null;
  let recentAge = 0;
  let discourseDate: ResolvedDate | null = null;
  let lastDay: ResolvedDate | null = null;
  let sentenceNo = -1;
  let datesTold = false;
  for (const sentence of splitSentences(article.text)) {
    if (sentence.furniture) continue;
    sentenceNo++;
    let previous: Trigger | null = null;
    const clauses = splitClauses(sentence);
    const follows = (c: Sentence): boolean => CAME_BEFORE.test(sentence.text.slice(0, c.start - sentence.start));
    const clauseDates = clauses.map((c) => (article.published ? resolveDates(c.text, article.published, discourseDate, follows(c)) : []));
    if (clauseDates.some((d) => d.length)) datesTold = true;
    const reported = clauseDates.flat().find((d) => d.reporting) ?? null;
    // "Troops killed 5 in Homs and 3 in Hama on Friday": a day told after the gapped shares is theirs all.
    for (let i = clauseDates.length - 2; i >= 0; i--)
      if (!clauseDates[i]!.some((d) => !d.reporting) && GAPPED.test(clauses[i + 1]!.text))
        clauseDates[i] = [...clauseDates[i]!, ...clauseDates[i + 1]!.filter((d) => !d.reporting).map((d) => ({ ...d, index: clauses[i]!.text.length - 1 }))];
    const sentenceBackground = backgroundSinceAt(sentence.text);
    for (const [ci, clause] of clauses.entries()) {
      // "the first use of tanks since protests began": the background names no act of this clause.
      const background = backgroundSinceAt(clause.text);
      const own = findTrigger(clause.text.slice(0, background), sentence.text.slice(0, sentenceBackground));
      // "37 killed in Idlib, and another 12 in Homs": the gapped clause borrows the verb before it.
      // "25 soldiers switched sides and joined the Taliban": an act the worded triggers lack, read from lemmas.
      const found: Trigger | null = own ?? borrowTrigger(previous, clause.text) ?? lexicalTrigger(options.analysis, clause.start, clause.start + background) ??
        (sentenceNo === 0 && ci === 0 ? labelTrigger(article.text) : null);
      // Who acted on whom decides ACLED's type: an attack on forces is a battle, a crowd's a riot.
      const trigger: Trigger | null = found && !found.elided ? recodeBySides(found, options.analysis, clause.start) : found;
      previous = trigger;
      const dates = clauseDates[ci]!;
      const before = events.length;
      if (trigger) {
        const previous = events[events.length - 1];
        const ctx: ClauseContext = { article, sentence, sentenceNo, clause, trigger, toponyms, recentPlace, recentAge, discourseDate, lastDay, reported, dates, options, ...(previous ? { previous } : {}) };
        events.push(...eventsFromClause(ctx, events.length + 1, cumulative, unplaced));
      }
      const made = events.length > before ? events[events.length - 1]!.properties.place : null;
      // "… since Hamas attacked Israel on October 7" (eleven months before the report): a day of history is no day
      // the story goes on from.
      const stated = dates.filter((d) => !d.since && !d.reporting && !d.scope && d.precision === 'day' && !longBefore(d, article.published));
      if (stated.length) discourseDate = stated[stated.length - 1] ?? discourseDate;
      const days = dates.filter((d) => !d.since && !d.scope && d.precision === 'day' && (!d.reporting || d.start === d.end) && !longBefore(d, article.published));
      if (days.length) lastDay = days[days.length - 1] ?? lastDay;
      // "..., where at least 25 people were killed": the next clause may refer back to this one's place.
      const placesHere = toponyms.filter(
        (t) => t.start >= clause.start && t.end <= clause.start + background && precisionOf(t) === 'place' && !otherRole(article.text, t) && !namedInside(article.text, toponyms, t),
      );
      if (placesHere.length) {
        // The place the clause's act was put at, else the last place it names.
        recentPlace = placesHere.find((t) => made?.geonameid != null && t.geonameid === made.geonameid) ?? placesHere[placesHere.length - 1] ?? null;
        recentAge = -1;
      }
    }
    if (++recentAge > 4) recentPlace = null;
  }
  const placed = events.some((e) => !UNPLACED.has(e) && e.properties.geo_precision !== 'country');
  const kept = placed ? events.filter((e) => !UNPLACED.has(e)) : events;
  const mention = (e: EventFeature): MentionOf => MENTION.get(e) ?? { inferred: false, word: '', clause: -1 };
  const incidents = foldRecounts(foldElaborations(foldIncidents(kept, mention), mention));
  const merged = absorbBareKillings(mergeEvents(incidents, { sameArticle: true, toleranceDays: 0 }));
  return { events: datesTold || !article.published ? merged : merged.map((e) => onReportDay(e, article.published!)), cumulative_figures: cumulative, unplaced };
}
