// The date slot of an incident the clause reading left open-ended, filled from the verb's aspect: an act told
// in the present perfect ("has claimed 40 lives", "have been killed", "security forces have killed 23") happened
// on the day of the report or just before it, so its span is the day before the report to the report's day.
import type { EventFeature } from '../../shared/schema.ts';
import { sentenceTokens, type Analysis, type Token } from '../nlp/analyse.ts';

const DAY_MS = 86_400_000;

/** "has claimed", "have been killed", "has reportedly killed": a form of 'have' then a participle. */
export function tellsPresentPerfect(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    if (t.lemma !== 'have' || t.pos !== 'AUX' || !/^(?:has|have|'ve)$/i.test(t.text)) return false;
    for (let j = i + 1; j < Math.min(tokens.length, i + 4); j++) {
      const n = tokens[j]!;
      if (n.pos === 'VERB') return n.text.toLowerCase() !== n.lemma.toLowerCase() || /(?:ed|en|wn)$/i.test(n.text);
      if (!['ADV', 'AUX', 'PART'].includes(n.pos)) return false;
    }
    return false;
  });
}

/** Incidents with an open start whose sentence tells them in the present perfect span the report's day and the one before. */
export function fillPerfectDates(events: readonly EventFeature[], analysis: Analysis): EventFeature[] {
  return events.map((e) => {
    const p = e.properties;
    if (p.date_start != null || !p.date_end || p.claim) return e;
    if (!tellsPresentPerfect(sentenceTokens(analysis, p.sources[0]?.start ?? 0))) return e;
    const start = new Date(Date.parse(`${p.date_end}T00:00:00Z`) - DAY_MS).toISOString().slice(0, 10);
    return { ...e, properties: { ...p, date_start: start, date_precision: 'day' } };
  });
}
