// The <conflict-map> element's attributes and its state, both ways: which range the `start` and `end`
// attributes ask for, and which attribute values the state should be reflected as.
import { isIsoDay } from '../state/dates.ts';
import { normaliseRange } from '../state/range.ts';

export interface Range {
  start: string | null;
  end: string | null;
}

/** The range the attributes ask for: valid ISO days only, in order; one day alone means that day. */
export function rangeFromAttributes(start: string | null, end: string | null): Range {
  const day = (v: string | null): string | null => (v !== null && isIsoDay(v.trim()) ? v.trim() : null);
  const r = normaliseRange(day(start), day(end));
  return { start: r?.start ?? null, end: r?.end ?? null };
}

/** The attribute changes that reflect `range`: a value to set, or null to remove the attribute. */
export function attributesForRange(range: Range, current: Range): Array<[name: 'start' | 'end', value: string | null]> {
  const out: Array<['start' | 'end', string | null]> = [];
  if (range.start !== current.start) out.push(['start', range.start]);
  if (range.end !== current.end) out.push(['end', range.end]);
  return out;
}

