import { describe, expect, it } from 'vitest';
import type { Article, EventFeature } from '../../../src/shared/schema.ts';
import { analyse } from '../../../src/pipeline/nlp/analyse.ts';
import { candidateFeatures, FEATURE_NAMES, isRepeat, placedTwin } from '../../../src/pipeline/incidents/features.ts';
import { fitLogistic, probability } from '../../../src/pipeline/incidents/logistic.ts';
import { fitsFeatures, selectIncidents, tollsToPlacedTwins } from '../../../src/pipeline/incidents/select.ts';
import model from '../../../src/pipeline/incidents/model.json' with { type: 'json' };

function event(over: Partial<EventFeature['properties']> & { start?: number } = {}): EventFeature {
  const { start = 0, ...props } = over;
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [36.7, 34.7] },
    properties: {
      id: 'e', event_type: 'Battles', sub_event_type: 'Armed clash', date_start: '2020-05-01', date_end: '2020-05-01', date_precision: 'day',
      place: { name: 'Homs', geonameid: 169577, admin1: 'SY.11', country: 'SY' }, geo_precision: 'place', fatalities: null, actors: [],
      sources: [{ article: 'a', quote: 'q', start, end: start + 1 }], confidence: 0.5, ...props,
    },
  } as EventFeature;
}
const country = (over: Partial<EventFeature['properties']> & { start?: number } = {}) => event({ geo_precision: 'country', place: { name: 'Syria', geonameid: 163843, admin1: null, country: 'SY' }, ...over });

describe('logistic regression', () => {
  it('learns a feature that separates yes from no', () => {
    const X = [[1, 0], [1, 0], [1, 1], [1, 1]];
    const w = fitLogistic(X, [0, 0, 1, 1], { l2: 0, steps: 3000 });
    expect(probability(w, [1, 1])).toBeGreaterThan(0.9);
    expect(probability(w, [1, 0])).toBeLessThan(0.1);
  });
  it('gives the same weights for the same data (deterministic)', () => {
    const X = [[1, 0.5], [1, 0.2], [1, 0.9]];
    expect(fitLogistic(X, [1, 0, 1])).toEqual(fitLogistic(X, [1, 0, 1]));
  });
  it('fits nothing to no data', () => expect(fitLogistic([], [])).toEqual([]));
});

describe('incident features', () => {
  it('an act told again at the same place on the same day is a repeat', () => {
    expect(isRepeat(event(), [event()])).toBe(true);
    expect(isRepeat(event(), [event({ date_start: '2020-04-01', date_end: '2020-04-01' })])).toBe(false);
    expect(isRepeat(event(), [event({ event_type: 'Protests' })])).toBe(false);
  });
  it('a country-wide mention has a placed twin when one act of its kind is placed in that country on those days', () => {
    const placed = event();
    expect(placedTwin(country(), [placed, country()])).toBe(placed);
    expect(placedTwin(country(), [placed, event({ place: { name: 'Hama', geonameid: 170017, admin1: 'SY.10', country: 'SY' } })])).toBeNull();
    expect(placedTwin(placed, [placed])).toBeNull();
  });
  it('reads a reaction, a modal and a negation from the sentence', () => {
    const text = 'The president condemned the attack. Troops would not shoot.';
    const article: Article = { id: 'a', text, published: '2020-05-02' };
    const candidates = [event({ start: 0 }), event({ start: text.indexOf('Troops') })];
    const ctx = { article, analysis: analyse(text), candidates };
    const f0 = candidateFeatures(0, ctx), f1 = candidateFeatures(1, ctx);
    const at = (name: string) => FEATURE_NAMES.indexOf(name as (typeof FEATURE_NAMES)[number]);
    expect(f0).toHaveLength(FEATURE_NAMES.length);
    expect(f0[at('reaction')]).toBe(1);
    expect(f1[at('modal')]).toBe(1);
    expect(f0[at('lede')]).toBe(1);
    expect(f1[at('lede')]).toBe(0);
    expect(f1[at('repeat')]).toBe(1);
  });
});

describe('selectIncidents', () => {
  const article: Article = { id: 'a', text: 'Forty were killed across Syria. Troops clashed with rebels in Homs.', published: '2020-05-02' };
  const analysis = analyse(article.text);
  it('gives a country-wide toll to the one placed act of its kind beside it, and drops the country-wide mention', () => {
    const out = tollsToPlacedTwins([country({ fatalities: { low: 40, best: 40, high: 40 } }), event({ start: 32 })]);
    expect(out).toHaveLength(1);
    expect(out[0]!.properties.geo_precision).toBe('place');
    expect(out[0]!.properties.fatalities).toEqual({ low: 40, best: 40, high: 40 });
    expect(out[0]!.properties.sources).toHaveLength(2);
  });
  it('gives a country-wide battle toll to the one placed killing beside it, which becomes the battle ("gunmen killed three police" … "the officers died" in Grozny)', () => {
    const killing = event({ start: 60, event_type: 'Violence against civilians', sub_event_type: 'Attack' });
    const out = tollsToPlacedTwins([country({ fatalities: { low: 3, best: 3, high: 3 } }), killing]);
    expect(out).toHaveLength(1);
    expect(out[0]!.properties).toMatchObject({ place: { name: 'Homs' }, event_type: 'Battles', sub_event_type: 'Armed clash', fatalities: { best: 3 } });
  });
  it('a country-wide mention with the figure its placed twin already has is that act told again ("the toll is currently 16")', () => {
    const out = tollsToPlacedTwins([event({ fatalities: { low: 16, best: 16, high: null } }), country({ start: 60, fatalities: { low: 16, best: 16, high: 16 } })]);
    expect(out).toHaveLength(1);
    expect(out[0]!.properties).toMatchObject({ geo_precision: 'place', fatalities: { low: 16, best: 16, high: null } });
    expect(out[0]!.properties.sources).toHaveLength(2);
  });
  it('a country-wide mention with another figure than its placed twin\'s stays apart (a total, not a repeat)', () =>
    expect(tollsToPlacedTwins([event({ fatalities: { low: 5, best: 5, high: 5 } }), country({ start: 60, fatalities: { low: 40, best: 40, high: 40 } })])).toHaveLength(2));
  it('a country-wide toll told as another act\'s ("two more … elsewhere", "in a separate attack") stays apart, same figure or none', () => {
    const more = (quote: string, fatalities: { low: number; best: number; high: number } | null) =>
      tollsToPlacedTwins([event({ fatalities }), country({ start: 60, fatalities: { low: 2, best: 2, high: 2 }, sources: [{ article: 'a', quote, start: 60, end: 61 }] })]);
    expect(more('Two more were killed elsewhere in Syria.', { low: 2, best: 2, high: 2 })).toHaveLength(2);
    expect(more('In a separate attack, two people were killed in Syria.', { low: 2, best: 2, high: 2 })).toHaveLength(2);
    expect(more('Two more were killed elsewhere in Syria.', null)).toHaveLength(2);
    expect(more('The toll is currently two.', { low: 2, best: 2, high: 2 })).toHaveLength(1);
  });
  it('a country-wide mention with a toll of no figure is not taken for the placed twin\'s figure', () =>
    expect(tollsToPlacedTwins([event({ fatalities: { low: null, best: null, high: null } }), country({ start: 60, fatalities: { low: null, best: null, high: null } })])).toHaveLength(2));
  it('keeps a country-wide protest toll apart from a placed battle (no kind they share)', () => {
    const out = tollsToPlacedTwins([country({ event_type: 'Protests', sub_event_type: 'Peaceful protest', fatalities: { low: 3, best: 3, high: 3 } }), event({ start: 60 })]);
    expect(out).toHaveLength(2);
  });
  it('keeps every candidate without a model fitted to these features', () => {
    const candidates = [event(), event({ event_type: 'Protests' })];
    expect(selectIncidents({ article, analysis, candidates }, { model: null })).toHaveLength(2);
    expect(selectIncidents({ article, analysis, candidates }, { model: { features: ['bias'], weights: [1], threshold: 0.5 } })).toHaveLength(2);
  });
  it('drops candidates the model finds unlikely but keeps the most likely one', () => {
    const never = { features: [...FEATURE_NAMES], weights: FEATURE_NAMES.map((_, i) => (i === 0 ? -10 : 0)), threshold: 0.5 };
    const candidates = [event(), event({ event_type: 'Protests' })];
    expect(selectIncidents({ article, analysis, candidates }, { model: never })).toHaveLength(1);
  });
  it('the committed model was fitted to the features the code computes', () => {
    expect(fitsFeatures(model)).toBe(true);
  });
});
