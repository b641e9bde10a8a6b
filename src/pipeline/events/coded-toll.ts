// A toll the text states as the figure coded for its event: "Fatalities coded as 0 (VoJ reported 3)",
// "Unknown number of fatalities coded as 10", or a closing "2 fatalities." — the convention of event
// datasets' notes (ACLED), where the coder's figure overrides the numbers the sources reported.
import type { EventFeature } from '../../shared/schema.ts';
import { parseNumber } from './numbers.ts';

const CODED = /\b(?:(?:unknown|unclear|unspecified|some|reported|the)\s+){0,3}(?:number\s+of\s+)?fatalit(?:y|ies)\s+(?:(?:were|was|are|is)\s+)?coded\s+as\s+(\d+)\b/i;
/** "1 fatality." or "2 fatalities and 1 injured." as a sentence of its own. */
const CLOSING = /(?:^|[.!?]\s+)(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+fatalit(?:y|ies)(?:\s+and\s+\S+\s+(?:injured|wounded))?\s*(?:\.|$)/im;

/** The figure the text says was coded, or null. */
export function codedToll(text: string): number | null {
  const m = CODED.exec(text) ?? CLOSING.exec(text);
  if (!m) return null;
  const n = parseNumber(m[1]!);
  return n && !n.vague ? n.value : null;
}

/** The coded figure set on the event it belongs to: the one with the largest toll, else the first placed one.
 * A figure of 0 clears every toll ("Fatalities coded as 0"). */
export function applyCodedToll(events: EventFeature[], text: string): EventFeature[] {
  const n = codedToll(text);
  if (n === null || !events.length) return events;
  if (n === 0) return events.map((e) => (e.properties.fatalities ? { ...e, properties: { ...e.properties, fatalities: null } } : e));
  const size = (e: EventFeature): number => e.properties.fatalities?.best ?? e.properties.fatalities?.low ?? -1;
  const tolled = events.filter((e) => size(e) >= 0);
  const target = tolled.length ? tolled.reduce((a, b) => (size(b) > size(a) ? b : a)) : events.find((e) => e.properties.geo_precision !== 'country') ?? events[0]!;
  return events.map((e) => (e === target ? { ...e, properties: { ...e.properties, fatalities: { low: n, best: n, high: n } } } : e));
}
