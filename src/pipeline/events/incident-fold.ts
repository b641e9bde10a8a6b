// Mentions of one act become one incident before the article's events are merged:
// - within a sentence, clauses that tell the same act ("clashed with militants, killing 13 and injuring 5, in
//   Qarabagh district, Ghazni") fold into one event at the most specific place any of them names;
// - a bare killing told in the next sentence with no place of its own ("One person was killed in the incident")
//   is the toll of the act told just before, when that act has none.
import type { EventFeature, EventProperties, Fatalities } from '../../shared/schema.ts';
import { describeEvent } from './summary.ts';
import { combineInReport } from './numbers.ts';

export const RANK: Record<string, number> = { place: 2, admin1: 1, country: 0 };
export const VIOLENT = new Set(['Battles', 'Explosions/Remote violence', 'Riots', 'Violence against civilians']);
const SPECIFIC = new Set(['Battles', 'Explosions/Remote violence']);
const BARE_DEATH = /^(?:killed|killing|dead|died|deaths?|(?:death )?toll|shot dead|lost their lives|was killed|were killed)$/i;

const HURT_ONLY = /^(?:wounded|injured)$/i;
const VIOLENT_DEMONSTRATION = { event_type: 'Riots', sub_event_type: 'Violent demonstration' } as const;
/** A sentence about the crowd just told: "The group set barricades on fire", "They threw stones", "Rioters …". */
const THE_CROWD = /^\W*(?:(?:the|these|those|some|many|several)\s+(?:[a-z-]+\s+)?(?:group|crowd|demonstrators|protesters|residents|youths?|people|mob|participants|rioters)|they|demonstrators|protesters|rioters)\b/i;
/** A riot, or property burnt or smashed: what a crowd's protest turns into. */
const crowdViolence = (p: EventProperties): boolean =>
  (p.event_type === 'Riots' && p.sub_event_type === 'Violent demonstration') || (p.event_type === 'Strategic developments' && p.sub_event_type === 'Looting/property destruction');
/** Words that count the dead rather than tell a killing. */
const COUNT_WORD = /^(?:dead|deaths?|(?:death )?toll)$/i;
/** Both tolls tell one figure (a toll with no figure matches none). */
export const sameFigure = (a: Fatalities | null, b: Fatalities | null): boolean => (a?.best ?? a?.low ?? null) !== null && (a!.best ?? a!.low) === (b?.best ?? b?.low);

const isKilling = (p: EventProperties): boolean => p.event_type === 'Violence against civilians' && p.sub_event_type === 'Attack';
const sentenceOf = (e: EventFeature): number => e.properties.sources[0]?.start ?? -1;

/** Two mentions' days meet, or one of them has none. */
export function daysOverlap(a: EventFeature, b: EventFeature): boolean {
  const s = (e: EventFeature) => e.properties.date_start ?? e.properties.date_end ?? '';
  const t = (x: EventFeature) => x.properties.date_end ?? x.properties.date_start ?? '';
  return !s(a) || !s(b) || (s(a) <= t(b) && s(b) <= t(a));
}

/** The type the two mentions share, or null when they tell different acts. */
export function sharedType(h: EventProperties, e: EventProperties): Pick<EventProperties, 'event_type' | 'sub_event_type'> | null {
  // Strategic developments of different kinds (an arrest, a defection) are different acts.
  if (h.event_type === e.event_type) return h.event_type !== 'Strategic developments' || h.sub_event_type === e.sub_event_type ? h : null;
  if (isKilling(e) && VIOLENT.has(h.event_type)) return h;
  if (isKilling(h) && SPECIFIC.has(e.event_type)) return e;
  return null;
}

/** One place inside the other (or the same), or one of them only inferred from the story around it. */
export function placesNest(h: EventProperties, e: EventProperties, inferred: (p: EventProperties) => boolean): boolean {
  if (inferred(h) || inferred(e)) return true;
  const a = h.place, b = e.place;
  if (a.country && b.country && a.country !== b.country) return false;
  if (h.geo_precision === 'country' || e.geo_precision === 'country') return true;
  if (h.geo_precision === 'admin1' || e.geo_precision === 'admin1') return !!a.admin1 && a.admin1 === b.admin1;
  return (a.geonameid ?? a.name) === (b.geonameid ?? b.name);
}

const larger = (a: Fatalities | null, b: Fatalities | null): Fatalities | null =>
  !a ? b : !b ? a : (b.best ?? b.low ?? 0) > (a.best ?? a.low ?? 0) ? b : a;

export function fold(into: EventFeature, e: EventFeature, type: Pick<EventProperties, 'event_type' | 'sub_event_type'>, takePlace: boolean): void {
  const t = into.properties, p = e.properties;
  if (takePlace) {
    into.geometry = e.geometry;
    t.place = p.place;
    t.geo_precision = p.geo_precision;
  }
  t.event_type = type.event_type;
  t.sub_event_type = type.sub_event_type;
  t.fatalities = larger(t.fatalities, p.fatalities);
  t.injured = larger(t.injured ?? null, p.injured ?? null);
  if (!t.date_start && p.date_start) Object.assign(t, { date_start: p.date_start, date_end: p.date_end, date_precision: p.date_precision });
  t.actors = [...new Set([...t.actors, ...p.actors])];
  if (p.victims?.length) t.victims = [...new Set([...(t.victims ?? []), ...p.victims])];
  for (const s of p.sources) if (!t.sources.some((o) => o.start === s.start && o.article === s.article)) t.sources.push(s);
  t.confidence = Math.max(t.confidence, p.confidence);
  t.summary = describeEvent(t);
}

/** The toll's days meet the act's ("killed across two days of clashes" of a clash on the second day), or it has none;
 * the act then takes them (fold). */
function daysMeet(h: EventProperties, p: EventProperties): boolean {
  if (!p.date_start) return true;
  // An act with no first day ("on or before" the report) meets a toll dated up to its last.
  if (!h.date_start) return !!h.date_end && p.date_start <= h.date_end;
  return p.date_start <= (h.date_end ?? h.date_start) && (p.date_end ?? p.date_start) >= h.date_start;
}

/** What the clause reading knew of a mention. */
export interface MentionOf {
  /** The place was taken from the story around the clause rather than named in it. */
  inferred: boolean;
  /** The trigger word it was read from. */
  word: string;
  /** Where its clause starts: the events one clause gives (one per listed place) are kept apart. */
  clause: number;
  /** Its date is stated in its clause (not the day of a report, the article's running day or none). */
  stated?: boolean;
  /** The number of its sentence in the article. */
  sentence?: number;
}

/** Folds the mentions of one act into one event. */
export function foldIncidents(events: readonly EventFeature[], mention: (e: EventFeature) => MentionOf): EventFeature[] {
  const inferred = (e: EventFeature): boolean => mention(e).inferred;
  const word = (e: EventFeature): string => mention(e).word;
  const out: EventFeature[] = [];
  const was = new Map<EventProperties, EventFeature>();
  /** The last mention folded into each event kept. */
  const last = new Map<EventFeature, EventFeature>();
  const isInferred = (p: EventProperties): boolean => inferred(was.get(p)!);
  for (const e of events) {
    was.set(e.properties, e);
    const p = e.properties;
    const h = out[out.length - 1];
    if (h && sentenceOf(h) === sentenceOf(e) && mention(last.get(h)!).clause !== mention(e).clause) {
      const type = sharedType(h.properties, p);
      // Two tolls in one sentence are a total and its shares, or the counts of different places: apart.
      const bothShares = !!(h.properties.fatalities && p.fatalities);
      // A country-wide total told with its shares ("11 killed across Syria, including five in Homs") stays apart.
      const total = !!(h.properties.aggregate || p.aggregate) && !isInferred(h.properties) && !isInferred(p);
      if (type && !bothShares && !total && placesNest(h.properties, p, isInferred) && (!h.properties.date_start || !p.date_start || h.properties.date_start === p.date_start)) {
        const takePlace = !isInferred(p) && (isInferred(h.properties) || RANK[p.geo_precision]! > RANK[h.properties.geo_precision]!);
        fold(h, e, type, takePlace);
        if (takePlace) was.set(h.properties, e);
        last.set(h, e);
        continue;
      }
    }
    // "… a group of citizens demonstrated against … . The group set barricades on fire": the crowd's violence told
    // in the next sentence is the protest's, which becomes a violent demonstration (one incident, not two).
    if (h && h.properties.event_type === 'Protests' && crowdViolence(p) && !p.fatalities && !/^riots?$/i.test(word(e)) && THE_CROWD.test(p.sources[0]?.quote ?? '') && mention(e).sentence !== undefined &&
        mention(e).sentence === (mention(last.get(h)!).sentence ?? -2) + 1 && (inferred(e) || placesNest(h.properties, p, isInferred)) && daysMeet(h.properties, p)) {
      fold(h, e, VIOLENT_DEMONSTRATION, false);
      last.set(h, e);
      continue;
    }
    // "Twenty people were injured, the ministry said": the wounded of the act told before, a detail of it.
    if (h && isKilling(p) && HURT_ONLY.test(word(e)) && !p.fatalities && (inferred(e) || placesNest(h.properties, p, isInferred))) {
      fold(h, e, h.properties, false);
      continue;
    }
    // "… clashed at Kalikachh market. One person was killed in the incident.": the toll of the act just told.
    // "… three churches in Kochchikade, Negombo and Batticaloa. The death toll stood at 207": a toll told after
    // the places one clause lists is the toll of them all, not of the last.
    // The killing may be typed by its victims ("Thirteen LNA soldiers were reportedly killed" is read as a battle):
    // a death word with no act of its own is still a bare toll.
    const bareToll = !!h && !!p.fatalities && VIOLENT.has(p.event_type) && BARE_DEATH.test(word(e)) && inferred(e);
    const listed = bareToll && out.some((o) => o !== h && mention(last.get(o)!).clause === mention(last.get(h!)!).clause);
    // "… killed at least 16 people … The toll is currently 16 dead": a count of the dead told again for the act
    // just told, with the same figure or as its toll now, is that act's count, not a second act.
    const recount = !!h?.properties.fatalities && (COUNT_WORD.test(word(e)) || sameFigure(h.properties.fatalities, p.fatalities));
    if (bareToll && !listed && (!h!.properties.fatalities || recount) && VIOLENT.has(h!.properties.event_type) && daysMeet(h!.properties, p)) {
      fold(h!, e, h!.properties, false);
      continue;
    }
    // … and it goes with the country-wide figure of that day when one was told: two counts of one total.
    const total = listed
      ? out.find((o) => o.properties.geo_precision === 'country' && o.properties.fatalities && VIOLENT.has(o.properties.event_type) && o.properties.date_start === p.date_start && !isInferred(o.properties))
      : undefined;
    if (total) {
      const toll = combineInReport(total.properties.fatalities, p.fatalities);
      fold(total, e, total.properties, false);
      total.properties.fatalities = toll;
      continue;
    }
    out.push(e);
    last.set(e, e);
  }
  return out;
}
