// Colours by event type, shared by the map, the timeline and the legend. Chosen to stay apart for
// the common kinds of colour blindness and to read on a pale basemap.
import { EVENT_TYPES, type EventType } from '../../shared/schema.ts';

export const TYPE_COLOURS: Record<EventType, string> = {
  Battles: '#c0392b',
  'Violence against civilians': '#7b3294',
  Protests: '#2c7bb6',
  Riots: '#e08214',
  // Indigo, not near-black: black read as the neutral grey of unverified claims and the legend's shapes.
  'Explosions/Remote violence': '#3b3bd6',
  'Strategic developments': '#4d9221',
};

export const FALLBACK_COLOUR = '#777777';

export function colourOf(type: string): string {
  return (TYPE_COLOURS as Record<string, string>)[type] ?? FALLBACK_COLOUR;
}

/** Short labels for narrow legends and the timeline. */
export const TYPE_LABELS: Record<EventType, string> = {
  Battles: 'Battles',
  'Violence against civilians': 'Violence against civilians',
  Protests: 'Protests',
  Riots: 'Riots',
  'Explosions/Remote violence': 'Explosions / remote violence',
  'Strategic developments': 'Strategic developments',
};

export { EVENT_TYPES };
