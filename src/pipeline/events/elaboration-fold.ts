// A lede often tells an act by the day it was reported ("Gunmen killed 10 people in Bamenda, the governor said on
// Monday") and the next sentences tell the same act with its own day and no new toll ("A witness said the
// attackers arrived late on Sunday … and opened fire"). The two are one incident, on the day the act was told
// with: the later mention folds into the earlier one, which takes its day (and its place when more specific).
import type { EventFeature } from '../../shared/schema.ts';
import { fold, placesNest, RANK, sharedType, VIOLENT, type MentionOf } from './incident-fold.ts';

const DAY_MS = 86_400_000;
/** How many sentences after the act told by its report day its own day may come. */
const REACH = 2;
/** How many days before the report day the act's own day may be. */
const DAYS_BACK = 3;
/** "Separately, …", "another attack", "also": a new act, not more of the one told. */
const NEW_ACT = /\b(?:also|another|separately|separate|elsewhere|meanwhile|in a different|earlier this (?:week|month)|last (?:week|month))\b/i;

const daysBefore = (a: string | null, b: string | null): number => (a && b ? (Date.parse(b) - Date.parse(a)) / DAY_MS : NaN);

/** Folds a later mention that states the day of an act told earlier by its report day into that act. */
export function foldElaborations(events: readonly EventFeature[], mention: (e: EventFeature) => MentionOf): EventFeature[] {
  const out: EventFeature[] = [];
  const inferredOf = new Map<object, boolean>(events.map((e) => [e.properties, mention(e).inferred]));
  const isInferred = (p: object): boolean => inferredOf.get(p) ?? false;
  for (const e of events) {
    const m = mention(e), p = e.properties;
    const elaborates = m.stated && p.date_precision === 'day' && !p.fatalities && m.sentence != null && !NEW_ACT.test(p.sources[0]?.quote ?? '');
    const h = elaborates
      ? [...out].reverse().find((c) => {
          const hm = mention(c), hp = c.properties;
          const gap = m.sentence! - (hm.sentence ?? -99);
          if (hm.stated || gap < 1 || gap > REACH) return false;
          const back = daysBefore(p.date_start, hp.date_start);
          if (hp.date_start && !(back > 0 && back <= DAYS_BACK)) return false;
          const type = sharedType(hp, p) ?? (VIOLENT.has(hp.event_type) && VIOLENT.has(p.event_type) ? hp : null);
          return !!type && placesNest(hp, p, isInferred);
        })
      : undefined;
    if (!h) {
      out.push(e);
      continue;
    }
    const hp = h.properties;
    const type = sharedType(hp, p) ?? hp;
    const takePlace = !m.inferred && (isInferred(hp) || RANK[p.geo_precision]! > RANK[hp.geo_precision]!);
    Object.assign(hp, { date_start: p.date_start, date_end: p.date_end, date_precision: p.date_precision });
    fold(h, e, type, takePlace);
    if (takePlace) inferredOf.set(hp, false);
  }
  return out;
}
