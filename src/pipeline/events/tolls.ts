// Death and injury tolls of a clause. Only numbers attached to deaths become fatalities: a number must
// sit next to a death word ("at least 18 protesters were killed", "killed four", "death toll rose to 37").
// Populations, crowds, defectors, distances, durations, ages, times and photo numbers never do.
import type { Fatalities } from '../../shared/schema.ts';
import { combineRanges, findQuantities, type Quantity } from './numbers.ts';

export interface Toll {
  range: Fatalities;
  text: string;
  /** Offsets relative to the clause. */
  start: number;
  end: number;
}

export interface ClauseTolls {
  fatalities: Fatalities | null;
  injured: Fatalities | null;
  /** Running totals since the uprising began: recorded, never an event's toll. */
  cumulative: Toll[];
  /** The figures used, for highlighting in the evidence. */
  figures: Toll[];
}

const DEATH = String.raw`(?:killed|dead|died|deaths?|shot dead|gunned down|massacred|slain|executed|lost their lives|bodies|corpses|martyrs?|martyred|fatalities)`;
const HURT = String.raw`(?:wounded|injured|hurt|injuries|wounding|injuring)`;
/** A short noun phrase between the number and the verb: "people", "Syrian soldiers", "members of the security forces",
 * or one with a longer "of" part ("members of the regime's Air Force Intelligence"). */
const NP = String.raw`(?:(?:\s+(?:[A-Za-z'’-]+)){0,5}?|(?:\s+[A-Za-z'’-]+){1,2}?\s+of(?:\s+[A-Za-z'’.-]+){1,6}?)`;
const AUX = String.raw`(?:\s+(?:were|was|have|has|had|been|are|is|reportedly|reported|said to have|believed to have|also|later|being|all))*`;
/** An aside between commas: "At least 30 civilians, including eight children, were killed". */
const ASIDE = String.raw`(?:\s*,[^,;.()]{1,50},)?`;
/** "torched 10 houses and killed 3": a death verb after "and" that takes a count of its own has another object. */
const OWN_COUNT = String.raw`(?:at least |more than |about |some )?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds)`;
const AFTER = (words: string): RegExp => new RegExp(`^(?!${NP}\\s+(?:and|or)\\s+${words}\\s+${OWN_COUNT})${NP}${ASIDE}${AUX}\\s+${words}\\b`, 'i');
/** "killed or wounded", "killed and injured": deaths and injuries counted together, so at most that many died. */
const DEATH_OR_HURT_AFTER = (death: string, hurt: string): RegExp =>
  new RegExp(`^${NP}${ASIDE}${AUX}\\s+(?:${death})\\s+(?:or|and)\\s+(?:${hurt})\\b`, 'i');
const BEFORE = (words: string): RegExp =>
  new RegExp(`\\b(?:${words}|killing|massacring|slaughtering|leaving|left|claimed the lives of|(?:deaths|killings?|bodies) of|toll(?: (?:from|in|across|on|among|for|at) [^,;.]{1,70}?)? (?:(?:has |had |have )?(?:rose|risen|climbed|reached|jumped|stood|increased|grown|grew)|of|at|to|was|is)(?: to| at)?|toll to|number of dead (?:to|at|rose to|(?:has |had )?risen to))(?:\\s+(?:a|an|the|another|further|some))?\\s*$`, 'i');

const NOT_A_TOLL_AFTER = /^\s*(?:-|\s)?(?:km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|years?|year-old|-year-old|days?|hours?|weeks?|months?|minutes?|percent|per cent|%|a\.m\.|p\.m\.|tanks?|vehicles?|R\b|\))/i;
/** "a crowd of 5,000", "a town of 30,000" — but not "a total of 31", "the lives of 12", "the deaths of 12". */
const CROWD_BEFORE = /\b(?:tens|hundreds|thousands) of\s*$|(?<!\b(?:total|lives|deaths|killings?|bodies|funerals?|massacre)\s)\bof\s*$/i;
const CUMULATIVE = /\b(?:since (?:the )?(?:start|beginning|outbreak|onset) of|since (?:the )?(?:[\w-]+ ){0,3}(?:uprising|protests|unrest|revolt|revolution|crackdown|demonstrations|unrest|violence)\b|(?:uprising|protests|unrest|revolt|revolution|crackdown|demonstrations) (?:that |which )?(?:began|started|erupted|broke out) in (?:mid-|early |late )?(?:january|february|march|april|may|june|july|august|september|october|november|december)|in the (?:[\w-]+ ){0,2}crackdown\b|since (?:mid-|early |late )?(?:january|february|march|april|may|june|july|august|september|october|november|december)\b|to date|brought to \S+ the number|bringing the (?:total|death toll|toll)|cumulative)/i;

/** "a total of 31 killed", "so far", "overall": a running total, unless the clause names the one day it covers. */
const TOTAL = /\b(?:so far|in total|overall|(?:a |the )?total of)\b/i;
/** "The three-year insurgency … has taken more than 2,600 lives", "a conflict that has resulted in the deaths of
 * more than 6,000", "fighting that has killed more than 2,000": a war's running total, not the toll of the act told. */
const CONFLICT_TOTAL = /(?:\b(?:insurgency|conflict|war|rebellion|crisis)\b|\b(?:[a-z]+-(?:year|month|week)|(?:years?|decades?|months?)-long)\s+(?:[a-z]+\s+)?(?:fighting|violence|campaign|offensive))[^.;]{0,80}?\b(?:has|have|had)\s+(?:so far\s+)?(?:killed|taken|claimed|cost|left|resulted in)\b|\b(?:fighting|violence|war|conflict)\s+(?:that|which)\s+(?:has|had)\s+(?:so far\s+)?(?:killed|claimed|cost|left)\b/i;

/**
 * "the first use of tanks since protests began on March 18": a "since" that dates a superlative ("first",
 * "worst", "deadliest") is background, not a running total. Returns where it starts (or the clause length).
 */
export function backgroundSinceAt(clause: string): number {
  const m = /\b(?:first|worst|biggest|largest|heaviest|deadliest|bloodiest|fiercest)\b[^.;]{0,100}?\b(since)\b/i.exec(clause);
  return m ? m.index + m[0].length - 'since'.length : clause.length;
}

function isCrowdOrUnit(clause: string, q: Quantity): boolean {
  return NOT_A_TOLL_AFTER.test(clause.slice(q.end, q.end + 14)) || CROWD_BEFORE.test(clause.slice(Math.max(0, q.start - 14), q.start)) && !/\bof\s*$/i.test(q.text);
}

/** "Two children were among the dead": a part of the toll, so at least that many. */
const AMONG_AFTER = /^(?:\s+[\w-]+){0,4}?\s+(?:were|was)\s+among\s+(?:the|those)\s/i;
/** "one of the dead", "two of those killed", "three of the victims": a part of the dead already counted. */
const PARTITIVE_AFTER = /^\s+of\s+(?:the|those)\s+(?:(?:people|persons)\s+)?(?:dead|killed|victims|fatalities|bodies|slain)\b/i;
/** "shot dead a 10-year-old boy", "a protester was killed": one person named as killed is a toll of one. */
const ONE_PERSON = /\b(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?(?:man|woman|boy|girl|child|baby|protester|demonstrator|soldier|policeman|officer|civilian|activist|teenager|youth|person|resident|student|doctor|defector|conscript|journalist|photographer|farmer|driver|mourner|worshipper)\b/gi;

function singleDeaths(clause: string): Toll[] {
  for (const m of clause.matchAll(ONE_PERSON)) {
    const q: Quantity = { range: { low: 1, best: 1, high: 1 }, text: m[0], start: m.index, end: m.index + m[0].length };
    if (attached(clause, q, DEATH) && !MIXED.test(clause.slice(q.end, q.end + 100)))
      return [{ range: q.range, text: q.text, start: q.start, end: q.end }];
  }
  return [];
}

const MIXED = DEATH_OR_HURT_AFTER(DEATH, HURT);
/** "left dozens injured", "left another 128 people wounded": the number's own noun phrase is of the hurt, whatever verb stands before it. */
const HURT_ONLY_AFTER = new RegExp(`^(?:\\s+(?!(?:and|or|${DEATH})\\b)[A-Za-z'’-]+){0,5}?\\s+${HURT}\\b`, 'i');
const PATTERNS = new Map<string, [RegExp, RegExp]>([DEATH, HURT].map((w) => [w, [AFTER(w), BEFORE(w)]]));
const DEATH_RE = new RegExp(`\\b${DEATH}\\b`, 'i');

function attached(clause: string, q: Quantity, words: string): boolean {
  const [after, before] = PATTERNS.get(words) as [RegExp, RegExp];
  return after.test(clause.slice(q.end, q.end + 80)) || before.test(clause.slice(Math.max(0, q.start - 100), q.start));
}

const HURT_RE = new RegExp(`\\b${HURT}\\b`, 'i');
/** A verb between the counts ("10 houses were burned and 3 people killed") or things counted: separate counts. */
const NOT_PEOPLE = /\b(?:were|was|are|is|been|being|have|has|had|houses?|homes?|buildings?|vehicles?|cars?|trucks?|shops?|villages?|towns?|rounds?|rockets?|shells?|missiles?|drones?|bombs?|heads?|cattle|goats?|cows?|camels?)\b/i;
const COORDINATED = /^(?:\s+[A-Za-z'’-]+){1,4}\s*,?\s+(?:and|plus)\s+$/i;

/**
 * "4 pro-government militia members and 3 Taliban militants were killed": a count joined by "and" to a death
 * toll, too far from the death verb to be read on its own, is part of that toll (sumCoordinated adds them).
 */
function joinCoordinated(clause: string, quantities: readonly Quantity[], deaths: Toll[], hurt: readonly Toll[]): void {
  for (let i = quantities.length - 2; i >= 0; i--) {
    const q = quantities[i]!;
    const next = deaths.find((d) => d.start === quantities[i + 1]!.start);
    if (!next || deaths.some((d) => d.start === q.start) || hurt.some((d) => d.start === q.start) || isCrowdOrUnit(clause, q)) continue;
    const between = clause.slice(q.end, next.start);
    if (!COORDINATED.test(between) || DEATH_RE.test(between) || HURT_RE.test(between) || NOT_PEOPLE.test(between)) continue;
    deaths.splice(deaths.indexOf(next), 0, { range: q.range, text: q.text, start: q.start, end: q.end });
  }
}

/**
 * "one soldier and two armed men were killed": counts joined by "and" under one death verb add up.
 * Rewrites `deaths` in place, leaving separate statements ("18 ... ; 24 ...") to be combined as ranges.
 */
function sumCoordinated(clause: string, deaths: Toll[]): void {
  for (let i = deaths.length - 2; i >= 0; i--) {
    const a = deaths[i] as Toll;
    const b = deaths[i + 1] as Toll;
    const between = clause.slice(a.end, b.start);
    if (!/^(?:\s+[A-Za-z'’-]+){0,4}\s*,?\s+(?:and|plus)\s+$/i.test(between) || DEATH_RE.test(between)) continue;
    const add = (x: number | null, y: number | null): number | null => (x === null || y === null ? null : x + y);
    deaths.splice(i, 2, {
      range: { low: add(a.range.low, b.range.low), best: add(a.range.best, b.range.best), high: add(a.range.high, b.range.high) },
      text: clause.slice(a.start, b.end), start: a.start, end: b.end,
    });
  }
}

/**
 * Tolls stated in one clause. `cumulativeHint` marks the clause as a running total (from its dates).
 * `dayStated`: the clause names the day it reports ("a total of 31 were killed on Friday" is that day's toll).
 * `elidedDeath`: the clause borrows the previous clause's death verb ("..., and another 12 in Homs"), so the
 * number that opens it is a death toll.
 */
export function findTolls(clause: string, cumulativeHint = false, elidedDeath = false, dayStated = false): ClauseTolls {
  const deaths: Toll[] = [];
  const hurt: Toll[] = [];
  const quantities = findQuantities(clause);
  for (const [i, q] of quantities.entries()) {
    if (elidedDeath && i === 0 && q.start < 24) {
      deaths.push({ range: q.range, text: q.text, start: q.start, end: q.end });
      continue;
    }
    // "One of the dead was a cadet", "two of those killed were children": a part of a toll already told, no toll.
    if (PARTITIVE_AFTER.test(clause.slice(q.end, q.end + 40))) continue;
    // "No one was killed": no toll at all.
    if (isCrowdOrUnit(clause, q) || /\bno\s*$/i.test(clause.slice(Math.max(0, q.start - 4), q.start))) continue;
    // A bare year ("in 1982", "the 1982 massacre killed thousands") is not a toll; "2,000" is a number.
    if (/^\d{4}$/.test(q.text) && q.range.best !== null && q.range.best >= 1900 && q.range.best <= 2100) continue;
    const toll = { range: q.range, text: q.text, start: q.start, end: q.end };
    if (HURT_ONLY_AFTER.test(clause.slice(q.end, q.end + 80))) hurt.push(toll);
    else if (MIXED.test(clause.slice(q.end, q.end + 100))) deaths.push({ ...toll, range: { low: null, best: null, high: q.range.high ?? q.range.best } });
    else if (attached(clause, q, DEATH)) deaths.push(AMONG_AFTER.test(clause.slice(q.end, q.end + 60)) ? { ...toll, range: { ...toll.range, high: null } } : toll);
    else if (attached(clause, q, HURT)) hurt.push(toll);
  }
  if (!deaths.length) deaths.push(...singleDeaths(clause));
  joinCoordinated(clause, quantities, deaths, hurt);
  sumCoordinated(clause, deaths);
  const told = clause.slice(0, backgroundSinceAt(clause));
  const cumulative = cumulativeHint || CUMULATIVE.test(told) || (!dayStated && (TOTAL.test(told) || CONFLICT_TOTAL.test(told)));
  return {
    fatalities: cumulative ? null : combineRanges(deaths.map((d) => d.range)),
    injured: combineRanges(hurt.map((d) => d.range)),
    cumulative: cumulative ? deaths : [],
    figures: cumulative ? [] : deaths,
  };
}
