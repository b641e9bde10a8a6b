// A one-line summary of an event, written from its fields: "Excessive force against protesters in Syria:
// at least 18 killed (5 Aug 2011)".
import type { EventProperties, Fatalities } from '../../shared/schema.ts';

/** "18–24 killed", "at least 18 killed", "up to 30 killed", "300 killed"; '' when no toll. */
export function describeToll(f: Fatalities | null | undefined, verb = 'killed'): string {
  if (!f) return '';
  const { low, high, best } = f;
  if (low !== null && high !== null) return low === high ? `${low} ${verb}` : `${low}–${high} ${verb}`;
  if (low !== null) return `at least ${low} ${verb}`;
  if (high !== null) return `up to ${high} ${verb}`;
  return best !== null ? `${best} ${verb}` : '';
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const day = (iso: string): string => `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;

/** "5 Aug 2011", "31 Jul 2011 – 6 Aug 2011", or "date not stated". */
export function describeDates(p: Pick<EventProperties, 'date_start' | 'date_end'>): string {
  if (!p.date_start) return 'date not stated';
  if (!p.date_end || p.date_end === p.date_start) return day(p.date_start);
  return `${day(p.date_start)} – ${day(p.date_end)}`;
}

type SummaryFields = Pick<EventProperties, 'event_type' | 'sub_event_type' | 'place' | 'fatalities' | 'date_start' | 'date_end' | 'actors'> & { claim?: boolean };

export function describeEvent(p: SummaryFields): string {
  const what = p.sub_event_type && p.sub_event_type !== 'Other' ? p.sub_event_type : p.event_type;
  const toll = describeToll(p.fatalities);
  const claim = p.claim ? ' (claim)' : '';
  return `${what} in ${p.place.name}${claim}${toll ? `: ${toll}` : ''} (${describeDates(p)})`;
}
