// Stage "events": reads an article clause by clause, as an analyst would. A clause with a trigger becomes an
// event: its type from the trigger, its dates resolved against the publication date, its toll from numbers
// attached to deaths, its place from the mentions in the clause (or the place it refers back to, or the
// article's main country), and the sentence that states it as evidence.
import type { Article, EventFeature, Fatalities, GeoPrecision, Place, Toponym } from '../../shared/schema.ts';
import { mergeEvents } from '../merge.ts';
import { GAPPED, splitClauses, splitSentences, type Sentence } from '../text.ts';
import { absorbBareKillings } from './absorb.ts';
import { borrowTrigger, namesUnknownPlace, refersBack } from './references.ts';
import { outsideAsides, pickDate, publicationDay, reportingDate, ONGOING, SAME_DAY, SAYS } from './when.ts';
import { findSides } from './actors.ts';
import { resolveDates, type ResolvedDate } from './dates.ts';
import { ANAPHOR, AROUND_BEFORE, NATIONWIDE, choosePlace, coordinatedPlaces, otherRole, precisionOf, unknownListed } from './place.ts';
import { backgroundSinceAt, findTolls, type ClauseTolls, type Toll } from './tolls.ts';
import { DEATH_WORDS, findTrigger, type Trigger } from './triggers.ts';
import { describeEvent } from './summary.ts';

export interface AreaPoint {
  name: string;
  lat: number;
  lon: number;
  geonameid: number | null;
  country: string | null;
  admin1?: string | null;
}

export interface ExtractInput {
  article: Article;
  /** The article's toponyms, resolved (from the geoparse stage). */
  toponyms: readonly Toponym[];
}

export interface ExtractOptions {
  /** Label point of a country (ISO alpha-2), for events placed at country level. */
  countryPoint?: (cc: string) => AreaPoint | null;
  /** Label point of an admin-1 area (GeoNames code such as `SY.06`). */
  admin1Point?: (code: string) => AreaPoint | null;
  /** The capital city of a country, for "the Syrian capital" and "the capital". */
  capitalPoint?: (cc: string) => AreaPoint | null;
  /** Country code of a demonym ("Syrian" → SY), for "the Syrian border town" when the town is unknown. */
  demonym?: (word: string) => string | null;
  /** The article's main country, when known (from the geoparser's focus). */
  focusCountry?: string | null;
}

export interface CumulativeFigure {
  article: string;
  text: string;
  low: number | null;
  high: number | null;
  start: number;
  end: number;
  quote: string;
}

export interface ExtractOutput {
  events: EventFeature[];
  cumulative_figures: CumulativeFigure[];
}

const DAY_MS = 86_400_000;

/**
 * The country most mentioned as a place where things happen (datelines, destinations and metonymy left
 * out), with national adjectives counted too ("Syrian troops", "Syrian refugees").
 */
export function mainCountry(text: string, toponyms: readonly Toponym[], demonym?: (word: string) => string | null): string | null {
  const counts = new Map<string, number>();
  for (const t of toponyms) if (t.country && !otherRole(text, t)) counts.set(t.country, (counts.get(t.country) ?? 0) + 1);
  if (demonym) {
    // "Syrian tanks", "Syrian security forces": the armed side says where the violence is, and weighs more.
    for (const m of text.matchAll(/\b([A-Z][a-z]+(?:ns?|i|ese|ish|ic))\b(\s+(?:army|troops|tanks|forces|soldiers|security|military|regime|government|authorities|snipers|police)\b)?/g)) {
      const cc = demonym(m[1] as string);
      if (cc) counts.set(cc, (counts.get(cc) ?? 0) + (m[2] ? 3 : 1));
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
}

function confidenceOf(precision: GeoPrecision, datePrecision: string, toll: Fatalities | null, claim: boolean): number {
  let c = 0.45 + (precision === 'place' ? 0.2 : 0.05) + (datePrecision === 'day' ? 0.15 : datePrecision === 'week' ? 0.1 : 0);
  if (toll) c += 0.1;
  if (claim) c -= 0.2;
  return Math.round(Math.min(0.95, Math.max(0.05, c)) * 100) / 100;
}

interface ClauseContext {
  article: Article;
  sentence: Sentence;
  clause: Sentence;
  trigger: Trigger;
  toponyms: readonly Toponym[];
  /** The last place-level mention in the previous sentences, for "the city" and for clauses with no place. */
  recentPlace: Toponym | null;
  /** Sentences since `recentPlace` was named (-1: this sentence; 0: the sentence just before). */
  recentAge: number;
  /** The dates stated in the clause. */
  dates: ResolvedDate[];
  /** Where the clause's toll is stated, when it states one (offset in the clause). */
  tollAt?: number;
  /** The last day stated in the article so far, for clauses that state none. */
  discourseDate: ResolvedDate | null;
  /** The last day stated so far, a day of reporting included ("the Observatory reported Tuesday"). */
  lastDay: ResolvedDate | null;
  /** The article's last event so far: what "the killings" or "the attack" refer back to. */
  previous?: EventFeature;
  /** The clause names a place the gazetteer lacks ("around Arida") or somewhere new ("a rural area"). */
  unknownPlace?: boolean;
  options: ExtractOptions;
}

interface Where {
  point: AreaPoint;
  place: Place;
  precision: GeoPrecision;
  /** Not named in the clause: taken from the sentences before it or from the article's main country. */
  inferred?: boolean;
}

function whereOf(t: Toponym, precision: GeoPrecision): Where {
  return {
    point: { name: t.name, lat: t.lat, lon: t.lon, geonameid: t.geonameid, country: t.country, admin1: t.admin1 },
    place: { name: t.name, geonameid: t.geonameid, admin1: t.admin1, country: t.country },
    precision,
  };
}

/** The clause's actors, and its victims when it names any. */
function sidesOf(clause: string, triggerAt: number): { actors: string[]; victims?: string[] } {
  const { actors, victims } = findSides(clause, triggerAt);
  return victims.length ? { actors, victims } : { actors };
}

function countryWhere(ctx: ClauseContext, cc: string | null): Where | null {
  const country = cc ? ctx.options.countryPoint?.(cc) ?? null : null;
  if (!country || !cc) return null;
  return {
    point: country,
    place: { name: country.name, geonameid: country.geonameid, admin1: null, country: country.country ?? cc },
    precision: 'country',
  };
}

/** "towns around Deraa": the governorate of the town named. */
function aroundWhere(ctx: ClauseContext, t: Toponym): Where | null {
  const before = ctx.article.text.slice(Math.max(0, t.start - 40), t.start);
  if (!AROUND_BEFORE.test(before) || !t.admin1) return null;
  const a = ctx.options.admin1Point?.(t.admin1);
  if (!a) return null;
  return { point: a, place: { name: a.name, geonameid: a.geonameid, admin1: t.admin1, country: t.country }, precision: 'admin1' };
}

/** A listed town the gazetteer lacks: named as written, placed on the governorate of the town beside it. */
function besideWhere(ctx: ClauseContext, name: string, beside: Toponym): Where[] {
  if (NOT_A_NAME.test(name) || ctx.options.demonym?.(name)) return [];
  const a = beside.admin1 ? ctx.options.admin1Point?.(beside.admin1) : null;
  return a ? [{ point: a, place: { name, geonameid: null, admin1: beside.admin1, country: beside.country }, precision: 'admin1' }] : [];
}
const NOT_A_NAME = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Reuters|AFP|AP)$/;

/** Where a toll shared by listed places goes: their one governorate, or their country. */
function sharedWhere(ctx: ClauseContext, places: Where[]): Where | null {
  const admin1 = places[0]?.place.admin1;
  const a = admin1 && places.every((w) => w.place.admin1 === admin1) ? ctx.options.admin1Point?.(admin1) : null;
  if (a && admin1) return { point: a, place: { name: a.name, geonameid: a.geonameid, admin1, country: places[0]!.place.country }, precision: 'admin1' };
  return countryWhere(ctx, places[0]?.place.country ?? null);
}

/** "the Syrian border town of ...", "a Libyan city": the country a clause names by its demonym. */
function demonymCountry(text: string, options: ExtractOptions): string | null {
  if (!options.demonym) return null;
  const re = /\b([A-Z][a-z]+)\s+(?:(?:border|coastal|port|northern|southern|eastern|western|central|capital|flashpoint|restive|rebel|besieged)\s+)*(?:city|town|village|capital|province|region)\b/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const cc = options.demonym(m[1] as string);
    if (cc) return cc;
  }
  return null;
}

/** "the Syrian capital", "the capital" (of the main country) when no name follows. */
function capitalWhere(ctx: ClauseContext, focus: string | null): Where | null {
  const m = /\b(?:the|its) (?:([A-Z][a-z]+) )?capital\b(?!,? (?:city )?(?:of )?[A-Z])/.exec(ctx.clause.text);
  if (!m || !ctx.options.capitalPoint) return null;
  const cc = m[1] ? ctx.options.demonym?.(m[1]) ?? null : focus;
  const c = cc ? ctx.options.capitalPoint(cc) : null;
  return c ? { point: c, place: { name: c.name, geonameid: c.geonameid, admin1: c.admin1 ?? null, country: c.country }, precision: 'place' } : null;
}

/** Where the events of a clause happened: one place, several listed places, or a country. */
function placesFor(ctx: ClauseContext): Where[] {
  const { article, clause, trigger, toponyms, recentPlace, options } = ctx;
  const focus = options.focusCountry ?? mainCountry(article.text, toponyms, options.demonym);
  const choice = choosePlace(article.text, clause, toponyms, clause.start + trigger.index);
  const nationwide = NATIONWIDE.exec(clause.text);
  // "nationwide" wins over a town when it stands nearer the toll (or the trigger) than the town does.
  const focusAt = ctx.tollAt ?? trigger.index;
  if (nationwide && (!choice || choice.precision !== 'place' ||
      Math.abs(nationwide.index - focusAt) < Math.abs(choice.toponym.start - clause.start - focusAt))) {
    const cc = choice?.toponym.kind === 'country' ? choice.toponym.country : focus;
    const w = countryWhere(ctx, cc);
    if (w) return [w];
  }
  if (!choice || choice.precision === 'country') {
    const capital = capitalWhere(ctx, focus);
    if (capital) return [capital];
  }
  if (choice) {
    const listed = coordinatedPlaces(article.text, choice.toponym, clause, toponyms);
    if (choice.precision === 'place' || listed.length > 1) {
      // "the Damascus suburbs of Irbin and Hamouriya": a listed town the gazetteer lacks comes right after its neighbour.
      const unknown = unknownListed(article.text, listed, toponyms, clause.end);
      return listed.flatMap((t) => [
        aroundWhere(ctx, t) ?? whereOf(t, precisionOf(t)),
        ...unknown.filter((u) => u.beside === t).flatMap(({ name, beside }) => besideWhere(ctx, name, beside)),
      ]);
    }
    if (recentPlace && ANAPHOR.test(clause.text) && choice.toponym.country === recentPlace.country) return [whereOf(recentPlace, 'place')];
    return [whereOf(choice.toponym, choice.precision)];
  }
  // A clause with no place continues the story of the sentence just before it ("the city": a little further).
  // With no date of its own, it is still about the place being reported on.
  const ownDate = ctx.dates.some((d) => !d.reporting) || trigger.event_type === 'Strategic developments';
  // A clause that names a place of its own, even one the gazetteer lacks ("around Arida"), is not about the last one.
  if (recentPlace && (ctx.recentAge <= 0 || ANAPHOR.test(clause.text) || !ownDate) && !ctx.unknownPlace)
    return [{ ...whereOf(recentPlace, 'place'), inferred: true }];
  const w = countryWhere(ctx, demonymCountry(clause.text, options) ?? focus);
  return w ? [{ ...w, inferred: true }] : [];
}

function eventsFromClause(ctx: ClauseContext, seq: number, cumulative: CumulativeFigure[]): EventFeature[] {
  const { article, sentence, clause, trigger } = ctx;
  const published = article.published;
  const background = backgroundSinceAt(clause.text);
  const dates = outsideAsides(ctx.dates.filter((d) => d.index < background), clause.text, trigger.index);
  const claim = trigger.claim || /\b(?:ordered|claims?|claimed)\b/i.test(clause.text) && !dates.some((d) => !d.reporting);
  // "..., the chief said Tuesday, as activists reported 100 killed": the day the sentence reports from comes
  // before the article's running date.
  // "It also reported 37 killed", "“... this morning,” the group told AFP": a report with no day of its own
  // comes from the last day the article named, a day of reporting included.
  const reported = published ? reportingDate(sentence, published) ?? (SAYS.test(sentence.text) ? ctx.lastDay : null) : null;
  const sameDay = SAME_DAY.test(clause.text) && !dates.some((d) => !d.reporting);
  let date = pickDate(dates, trigger.index, claim, reported ?? (sameDay ? null : ctx.discourseDate));
  if (!date && !claim && published && trigger.sub_event_type !== 'Arrests' && (ONGOING.test(clause.text) || sameDay)) date = publicationDay(published);
  const longSince = !!date?.since && Date.parse(date.end) - Date.parse(date.start) > 21 * DAY_MS;
  if (longSince) date = null;
  const dayStated = dates.some((d) => !d.since && !d.reporting && d.precision === 'day');
  const tolls = findTolls(clause.text, longSince, !!trigger.elided && DEATH_WORDS.test(trigger.word), dayStated);
  for (const c of tolls.cumulative) cumulative.push(cumulativeFigure(article, sentence, clause, c));
  if (tolls.cumulative.length && !tolls.figures.length && trigger.event_type !== 'Strategic developments') return [];
  // Background ("what began as peaceful protests nine months ago"): a month-level date long before publication.
  if (date && published && date.precision === 'month' && Date.parse(published) - Date.parse(date.end) > 30 * DAY_MS) return [];
  const unknownPlace = namesUnknownPlace(clause, ctx.toponyms, ctx.options.demonym);
  const places = placesFor({ ...ctx, unknownPlace, ...(tolls.figures[0] ? { tollAt: tolls.figures[0].start } : {}) });
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
    return e;
  });
}

/** Events placed only at the article's main country, with no toll: kept only when nothing else is placed. */
const UNPLACED = new WeakSet<EventFeature>();

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
  let recentPlace: Toponym | null = null;
  let recentAge = 0;
  let discourseDate: ResolvedDate | null = null;
  let lastDay: ResolvedDate | null = null;
  for (const sentence of splitSentences(article.text)) {
    if (sentence.furniture) continue;
    let previous: Trigger | null = null;
    const clauses = splitClauses(sentence);
    const clauseDates = clauses.map((c) => (article.published ? resolveDates(c.text, article.published, discourseDate) : []));
    // "Troops killed 5 in Homs and 3 in Hama on Friday": a day told after the gapped shares is theirs all.
    for (let i = clauseDates.length - 2; i >= 0; i--)
      if (!clauseDates[i]!.some((d) => !d.reporting) && GAPPED.test(clauses[i + 1]!.text))
        clauseDates[i] = [...clauseDates[i]!, ...clauseDates[i + 1]!.filter((d) => !d.reporting).map((d) => ({ ...d, index: clauses[i]!.text.length - 1 }))];
    for (const [ci, clause] of clauses.entries()) {
      // "the first use of tanks since protests began": the background names no act of this clause.
      const own = findTrigger(clause.text.slice(0, backgroundSinceAt(clause.text)), sentence.text.slice(0, backgroundSinceAt(sentence.text)));
      // "37 killed in Idlib, and another 12 in Homs": the gapped clause borrows the verb before it.
      const trigger: Trigger | null = own ?? borrowTrigger(previous, clause.text);
      previous = trigger;
      const dates = clauseDates[ci]!;
      if (trigger) {
        const previous = events[events.length - 1];
        const ctx: ClauseContext = { article, sentence, clause, trigger, toponyms, recentPlace, recentAge, discourseDate, lastDay, dates, options, ...(previous ? { previous } : {}) };
        events.push(...eventsFromClause(ctx, events.length + 1, cumulative));
      }
      const stated = dates.filter((d) => !d.since && !d.reporting && d.precision === 'day');
      if (stated.length) discourseDate = stated[stated.length - 1] ?? discourseDate;
      const days = dates.filter((d) => !d.since && d.precision === 'day');
      if (days.length) lastDay = days[days.length - 1] ?? lastDay;
      // "..., where at least 25 people were killed": the next clause may refer back to this one's place.
      const placesHere = toponyms.filter(
        (t) => t.start >= clause.start && t.end <= clause.end && precisionOf(t) === 'place' && !otherRole(article.text, t),
      );
      if (placesHere.length) {
        recentPlace = placesHere[placesHere.length - 1] ?? null;
        recentAge = -1;
      }
    }
    if (++recentAge > 4) recentPlace = null;
  }
  const placed = events.some((e) => !UNPLACED.has(e) && e.properties.geo_precision !== 'country');
  const kept = placed ? events.filter((e) => !UNPLACED.has(e)) : events;
  return { events: absorbBareKillings(mergeEvents(kept, { sameArticle: true, toleranceDays: 0 })), cumulative_figures: cumulative };
}
