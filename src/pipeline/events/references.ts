// Clauses that refer back or elsewhere: an act already told ("the attack", "those killed"), a gapped clause
// that borrows the verb before it, and a place named that the gazetteer lacks ("around Arida").
import type { Toponym } from '../../shared/schema.ts';
import { GAPPED, type Sentence } from '../text.ts';
import type { Trigger } from './triggers.ts';

const UNKNOWN_PLACE = /\b(?:in|at|near|around|outside|into)\s+(?:the\s+)?(?:(?:town|village|city|district|suburb|area)\s+of\s+)?([A-Z][a-z]{2,}(?:[- ](?:al-|el-)?[A-Z][a-z]+)?)\b(?!\s+(?:[Mm]osque|[Ss]quare|[Hh]ospital|[Ss]treet|[Rr]oad|[Bb]ridge|[Pp]rison|[Cc]amp|[Uu]niversity|[Ss]chool|[Ss]tadium|[Aa]irport|[Bb]ase|[Cc]heckpoint|[Mm]arket|[Cc]hurch|[Cc]rossing))/g;
/** "regained control of the Salaheddine district": a part of a town, named, that the gazetteer lacks. */
const UNKNOWN_AREA = /\bthe\s+([A-Z][a-z]{2,}(?:[- ](?:al-|el-)?[A-Z][a-z]+)?)\s+(?:district|neighbou?rhood|quarter|area)\b/g;
/** Capitalised words that name no place: months, weekdays, articles, news agencies. */
export const NOT_A_PLACE = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Ramadan|The|A|An|Reuters|AFP|AP)$/;

/**
 * "tanks deployed around Arida", "pushed into a rural area": the clause names a place the gazetteer lacks, or
 * somewhere new, so the act is no re-mention.
 */
const SOME_PLACE = /\b(?:in|into|near|at|around)\s+an?\s+(?:[a-z-]+\s+){0,2}(?:area|village|town|district|region|suburb|neighbou?rhood)\b|\b(?:near|on|along|at)\s+the\s+(?:[A-Z][a-z]+\s+)?(?:border|frontier)\b/;

export function namesUnknownPlace(clause: Sentence, toponyms: readonly Toponym[], demonym?: (word: string) => string | null): boolean {
  // "pushed into a rural area near the border": somewhere new, though unnamed.
  return SOME_PLACE.test(clause.text) || unknownPlaceName(clause, toponyms, demonym) !== null;
}

/** The first name the clause gives a place the gazetteer lacks ("in Bolan", "the Salaheddine district"), or null. */
export function unknownPlaceName(clause: Sentence, toponyms: readonly Toponym[], demonym?: (word: string) => string | null): string | null {
  for (const m of [...clause.text.matchAll(UNKNOWN_PLACE), ...clause.text.matchAll(UNKNOWN_AREA)]) {
    const name = m[1] as string;
    const at = clause.start + (m.index ?? 0) + m[0].length - name.length;
    if (NOT_A_PLACE.test(name) || demonym?.(name)) continue;
    if (!toponyms.some((t) => t.start < at + name.length && t.end > at)) return name;
  }
  return null;
}

/** A definite noun phrase for the act ("the attack", "Tuesday's clashes", "those killed"): it refers back. */
const REFERS_BACK = /\b(?:the|those|these|this|that|its|their|such|[A-Z][a-z]+day[’']s)\s+(?:[a-z-]+\s+){0,2}$/i;
const ACT_NOUN = /^(?:attacks?|assaults?|shootings?|killings?|clash(?:es)?|violence|crackdown|raids?|bombardment|shelling|killed|dead|deaths?|massacre|siege|fighting|bloodshed|arrests?|protests?|demonstrations?)$/i;

/** "A third of the victims were shot", "most of the dead": a share of a figure already given. */
const SHARE_OF = /\b(?:of|among) (?:the|those) (?:victims|dead|deaths|casualties|killed)\b/i;

/** "There was no immediate claim of responsibility for the bombing": who did an act already told. */
const RESPONSIBILITY = /\b(?:claim(?:ed|s|ing)?\s+(?:of\s+)?responsibility|responsibility\s+for|(?:has|have)\s+claimed\s+(?:the|it|them))\b/i;

export function refersBack(clause: string, trigger: Trigger): boolean {
  const before = clause.slice(0, trigger.index);
  return SHARE_OF.test(before) || RESPONSIBILITY.test(clause) || ACT_NOUN.test(trigger.word) && REFERS_BACK.test(before.slice(-40));
}

/** The trigger a gapped clause ("and another 12 in Homs") takes from the clause before it. */
export function borrowTrigger(previous: Trigger | null, clause: string): Trigger | null {
  return previous && GAPPED.test(clause) ? { ...previous, index: 0, elided: true } : null;
}
