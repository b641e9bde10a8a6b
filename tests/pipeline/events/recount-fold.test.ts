import { describe, expect, it } from 'vitest';
import type { EventFeature, EventProperties } from '../../../src/shared/schema.ts';
import { foldRecounts, namesToldFigure } from '../../../src/pipeline/events/recount-fold.ts';

const TOLL = { low: 26, best: 26, high: 26 };
function event(quote: string, start: number, over: Partial<EventProperties> = {}): EventFeature {
  const at = quote.indexOf('26');
  return {
    type: 'Feature', geometry: { type: 'Point', coordinates: [75.3, 34.0] },
    properties: {
      id: `e${start}`, event_type: 'Violence against civilians', sub_event_type: 'Attack', date_start: '2025-04-22', date_end: '2025-04-22', date_precision: 'day',
      place: { name: 'Pahalgam', geonameid: 1260607, admin1: 'IN.12', country: 'IN' }, geo_precision: 'place', fatalities: TOLL, actors: [],
      sources: [{ article: 'a', quote, start, end: start + quote.length, figures: at >= 0 ? [{ text: '26', start: start + at, end: start + at + 2 }] : [] }],
      confidence: 0.7, ...over,
    },
  } as EventFeature;
}
const UAE = { place: { name: 'UAE', geonameid: 290557, admin1: null, country: 'AE' }, geo_precision: 'country' as const };

describe('foldRecounts', () => {
  const act = event('Terrorists opened fire near Pahalgam, killing 26 people.', 0);
  it('"the 26 dead" names the figure of an act already told', () => {
    expect(namesToldFigure(event('The 26 dead included two foreigners—from UAE and Nepal.', 100, UAE))).toBe(true);
    expect(namesToldFigure(act)).toBe(false);
  });
  it('a mention that counts the dead of an earlier act definitely is that act again, which keeps its place', () => {
    const out = foldRecounts([act, event('The 26 dead included two foreigners—from UAE and Nepal.', 100, UAE)]);
    expect(out).toHaveLength(1);
    expect(out[0]!.properties).toMatchObject({ place: { name: 'Pahalgam' }, fatalities: TOLL });
    expect(out[0]!.properties.sources).toHaveLength(2);
  });
  it('a definite count of a figure no earlier act has stays an act of its own', () => {
    const other = event('The 26 dead were buried on Friday.', 100, { ...UAE, fatalities: { low: 27, best: 27, high: 27 } });
    expect(foldRecounts([act, other])).toHaveLength(2);
  });
});
