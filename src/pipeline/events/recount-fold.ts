// "Terrorists opened fire …, killing 26 people" … "The 26 dead included two foreigners, from UAE and Nepal": a
// toll named with a definite article ("the 26 dead", "the 40 killed", "the 14 victims") points back to the act
// already told with that figure. The mention is that act again, not a new act at the places its sentence names.
import type { EventFeature } from '../../shared/schema.ts';
import { daysOverlap, fold, sharedType } from './incident-fold.ts';

const DEFINITE_COUNT = /\b(?:the|those|these)\s+$/i;
const COUNTED_DEAD = /^\s+(?:[a-z-]+\s+)?(?:dead|killed|victims|deaths|fatalities|bodies|slain)\b/i;

/** The mention counts its dead with a definite article: "The 26 dead included …". */
export function namesToldFigure(e: EventFeature): boolean {
  const src = e.properties.sources[0];
  if (!src) return false;
  return (src.figures ?? []).some((f) => {
    const at = f.start - src.start, end = f.end - src.start;
    return DEFINITE_COUNT.test(src.quote.slice(Math.max(0, at - 8), at)) && COUNTED_DEAD.test(src.quote.slice(end, end + 24));
  });
}

const figure = (e: EventFeature): number | null => e.properties.fatalities?.best ?? e.properties.fatalities?.low ?? null;

/** Folds each mention that names an earlier act's figure definitely into that act (which keeps its place). */
export function foldRecounts(events: readonly EventFeature[]): EventFeature[] {
  const out: EventFeature[] = [];
  for (const e of events) {
    const n = figure(e);
    const host = n != null && namesToldFigure(e)
      ? out.find((h) => figure(h) === n && !!sharedType(h.properties, e.properties) && daysOverlap(h, e))
      : undefined;
    if (host) fold(host, e, sharedType(host.properties, e.properties)!, false);
    else out.push(e);
  }
  return out;
}
