// Stage "incidents": the article's candidate events become its incidents. A country-wide mention whose toll
// belongs to the one placed act of its kind told beside it gives that act its toll (one incident, told twice);
// then a learned model scores every candidate (is it an incident of its own, or background, a reaction, a
// repeat, a hypothetical?) and drops those it finds unlikely. An article with candidates keeps at least its
// most likely one; a second model gives each its ACLED type, and an incident left without a toll whose sentence
// tells one person killed gets a toll of one, and one left without a start told in the present perfect spans the
// report's day and the day before. Without a model (or with one fitted to other features) every
// candidate is kept with the type its trigger gave.
import type { Article, EventFeature } from '../../shared/schema.ts';
import type { Analysis } from '../nlp/analyse.ts';
import { candidateFeatures, FEATURE_NAMES, placedTwin } from './features.ts';
import { probability } from './logistic.ts';
import { fillTollsOfOne } from './toll-of-one.ts';
import { fillPerfectDates } from './perfect-dates.ts';
import { applyCodedToll } from '../events/coded-toll.ts';
import { applyCodedLabel } from '../events/coded-label.ts';
import { sameFigure, sharedType } from '../events/incident-fold.ts';
import { describeEvent } from '../events/summary.ts';
import { EVENT_TYPES, subTypeFor, TYPE_FEATURE_NAMES, typeFeatures } from './type-features.ts';

export interface IncidentModel {
  features: readonly string[];
  weights: readonly number[];
  /** Candidates scored below this are dropped. */
  threshold: number;
  /**
   * One-vs-rest weights of each ACLED type (EVENT_TYPES order) over TYPE_FEATURE_NAMES; the trigger's type
   * gives way only to a type more likely by `margin` (chosen by cross-validation; Infinity: never).
   */
  types?: { features: readonly string[]; weights: readonly (readonly number[])[]; margin?: number | null };
}

export interface IncidentInput {
  article: Article;
  analysis: Analysis;
  candidates: EventFeature[];
}

export interface IncidentOptions {
  model?: IncidentModel | null;
}

/** Whether a model was fitted to the features this code computes. */
export const fitsFeatures = (m: IncidentModel | null | undefined): m is IncidentModel =>
  !!m && m.features.length === FEATURE_NAMES.length && m.features.every((f, i) => f === FEATURE_NAMES[i]) && m.weights.length === FEATURE_NAMES.length;

/** "Two more were killed elsewhere", "in a separate attack": a toll told as another act's, whatever its figure. */
const ANOTHER_ACT = /\b(?:elsewhere|separate(?:ly)?)\b|\b(?:another|a further|an additional)\s+[\w,]+\s+(?:[a-z]+\s+)?(?:were|was|have|had|died|killed|dead)\b|\b[\w,]+\s+(?:more|other)\s+(?:[a-z]+\s+)?(?:were\s+|was\s+|have been\s+|had been\s+)?(?:killed|dead|died|slain)\b/i;

/** "40 killed across the country" beside the one placed battle of that day: the toll is the battle's. */
export function tollsToPlacedTwins(candidates: readonly EventFeature[]): EventFeature[] {
  const absorbed = new Set<EventFeature>();
  const out = candidates.map((e) => ({ ...e, properties: { ...e.properties } }));
  for (const [i, e] of out.entries()) {
    if (!e.properties.fatalities || ANOTHER_ACT.test(e.properties.sources[0]?.quote ?? '')) continue;
    const twin = placedTwin(candidates[i]!, candidates);
    if (!twin) continue;
    const t = out[candidates.indexOf(twin)]!;
    // "… killed at least 16 … in northern Cameroon" (placed on its province) and "the toll is currently 16" told of
    // a village the gazetteer lacks (the country): the same figure twice is the one act, told twice.
    if (t.properties.fatalities) {
      if (!sameFigure(t.properties.fatalities, e.properties.fatalities)) continue;
      t.properties.sources = [...t.properties.sources, ...e.properties.sources.filter((s) => !t.properties.sources.some((o) => o.start === s.start))];
      absorbed.add(e);
      continue;
    }
    t.properties.fatalities = e.properties.fatalities;
    const type = sharedType(t.properties, e.properties)!;
    Object.assign(t.properties, { event_type: type.event_type, sub_event_type: type.sub_event_type });
    t.properties.summary = describeEvent(t.properties);
    t.properties.sources = [...t.properties.sources, ...e.properties.sources.filter((s) => !t.properties.sources.some((o) => o.start === s.start))];
    absorbed.add(e);
  }
  return out.filter((e) => !absorbed.has(e));
}

/** The candidates' probabilities of being incidents of their own (null without a fitting model). */
export function scoreCandidates(input: IncidentInput, model: IncidentModel | null | undefined): number[] | null {
  if (!fitsFeatures(model)) return null;
  return input.candidates.map((_, i) => probability(model.weights, candidateFeatures(i, input)));
}

const fitsTypes = (m: IncidentModel | null | undefined): boolean =>
  !!m?.types && m.types.weights.length === EVENT_TYPES.length && m.types.features.length === TYPE_FEATURE_NAMES.length && m.types.features.every((f, i) => f === TYPE_FEATURE_NAMES[i]);

/** Each incident's type by the learned model: the type most likely given who acted, on whom, and how. */
export function retype(events: readonly EventFeature[], analysis: Analysis, model: IncidentModel | null | undefined): EventFeature[] {
  if (!fitsTypes(model)) return [...events];
  return events.map((e) => {
    const x = typeFeatures(e, analysis);
    const p = model!.types!.weights.map((w) => probability(w, x));
    const type = EVENT_TYPES[p.indexOf(Math.max(...p))]!;
    const margin = model!.types!.margin === null ? Infinity : model!.types!.margin ?? 0;
    if (type === e.properties.event_type || Math.max(...p) - (p[EVENT_TYPES.indexOf(e.properties.event_type)] ?? 0) < margin) return e;
    return { ...e, properties: { ...e.properties, event_type: type, sub_event_type: subTypeFor(type, e, analysis) } };
  });
}

export function selectIncidents(input: IncidentInput, options: IncidentOptions = {}): EventFeature[] {
  const candidates = tollsToPlacedTwins(input.candidates);
  const scores = scoreCandidates({ ...input, candidates }, options.model);
  const threshold = options.model?.threshold ?? 0;
  const best = scores ? scores.indexOf(Math.max(...scores)) : -1;
  const kept = scores ? candidates.filter((_, i) => scores[i]! >= threshold || i === best) : candidates;
  // A figure the text says was coded ("Fatalities coded as 0") is the toll, whatever the sentences told; a heading
  // that codes the type ("Movement of forces: …") is the type.
  return applyCodedLabel(applyCodedToll(fillPerfectDates(fillTollsOfOne(retype(kept, input.analysis, options.model), input.analysis), input.analysis), input.article.text), input.article.text);
}
