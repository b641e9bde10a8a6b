// A note headed by the category its coder gave it — "Movement of forces: On 4 February 2026, Al Shabaab
// arrived …", "Property destruction: Settlers cut down …" — the convention of event datasets' notes (ACLED
// writes its Strategic developments' sub-event type as the note's heading). The heading is the event's type,
// and it stands for the act when no word of the note names one.
import type { EventFeature, EventType } from '../../shared/schema.ts';
import { describeEvent } from './summary.ts';
import type { Trigger } from './triggers.ts';

type Coded = { event_type: EventType; sub_event_type: string };
const SD = (sub_event_type: string): Coded => ({ event_type: 'Strategic developments', sub_event_type });

/** Headings (lower case) → the ACLED codebook's type and sub-event type. */
const HEADINGS: Record<string, Coded> = {
  'movement of forces': SD('Change to group/activity'),
  'change to armed group': SD('Change to group/activity'),
  'change to group/activity': SD('Change to group/activity'),
  recruitment: SD('Change to group/activity'),
  'security measures': SD('Change to group/activity'),
  'property destruction': SD('Looting/property destruction'),
  looting: SD('Looting/property destruction'),
  'looting/property destruction': SD('Looting/property destruction'),
  'non-violent activity': SD('Other'),
  agreement: SD('Agreement'),
  arrests: SD('Arrests'),
  detonation: SD('Disrupted weapons use'),
  defusal: SD('Disrupted weapons use'),
  'weapons seizure': SD('Disrupted weapons use'),
  interception: SD('Disrupted weapons use'),
  'disrupted weapons use': SD('Disrupted weapons use'),
  'headquarters or base established': SD('Headquarters or base established'),
  'non-violent transfer of territory': SD('Non-violent transfer of territory'),
};

const HEADING = /^\s*([A-Z][A-Za-z/ -]{2,40}):\s+(?=\S)/;

/** The type a note's heading codes, or null when the text has no such heading. */
export function codedLabel(text: string): (Coded & { heading: string }) | null {
  const m = HEADING.exec(text);
  const coded = m ? HEADINGS[m[1]!.toLowerCase()] : undefined;
  return coded ? { ...coded, heading: m![1]! } : null;
}

/** The heading as the act of a clause that names none (the note's first clause only). */
export function labelTrigger(text: string): Trigger | null {
  const c = codedLabel(text);
  return c ? { event_type: c.event_type, sub_event_type: c.sub_event_type, word: c.heading, index: 0, claim: false } : null;
}

/** Every event of a headed note takes the heading's type. */
export function applyCodedLabel(events: EventFeature[], text: string): EventFeature[] {
  const c = codedLabel(text);
  if (!c) return events;
  return events.map((e) => {
    if (e.properties.event_type === c.event_type && e.properties.sub_event_type === c.sub_event_type) return e;
    const properties = { ...e.properties, event_type: c.event_type, sub_event_type: c.sub_event_type };
    properties.summary = describeEvent(properties);
    return { ...e, properties };
  });
}
