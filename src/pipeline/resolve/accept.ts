// The explicit "no match": a name whose best reading is too weak is dropped, not forced onto a village.
import type { Candidate } from '../gazetteer/load.ts';
import type { Mention } from '../toponyms/types.ts';

const AREA_KINDS = new Set(['country', 'continent', 'region', 'sea', 'admin1']);
/** A score that only a reading the other names vote for reaches (containment, the document's country). */
const CONTEXT_SURE = 9;

export function accept(best: { cand: Candidate; prior: number; score: number }, mentions: Mention[], _n: number): boolean {
  const e = best.cand.entry;
  const strong = mentions.some((m) => !m.weak);
  const cue = mentions.some((m) => m.prep || m.hint !== null || m.container !== null || m.dateline);
  const common = mentions.every((m) => m.common);
  const area = AREA_KINDS.has(e.kind);
  if (!strong) {
    // Only capitals at a sentence start or in a headline, and a common word: areas and big cities only.
    return (area && best.cand.primary) || (e.population >= 1_000_000 && best.cand.primary);
  }
  if (area) return best.cand.primary || best.score >= 7 || cue;
  // A common word by another name ("Obe" for Ōbêh) needs the text's word for it and the document's vote
  // ("in Obe district, Herat": a reading inside the province named).
  if (common) return (best.cand.primary && (e.population >= 50_000 || (cue && best.score >= 5) || best.score >= 7)) || (cue && best.score >= CONTEXT_SURE);
  if (!best.cand.primary) return e.population >= 100_000 || (cue && best.score >= 4.5) || best.score >= 7;
  return e.population >= 1000 || cue || best.score >= 4;
}
