// Stage "incidents": the article's candidate events become its incidents. A country-wide mention whose toll
// belongs to the one placed act of its kind told beside it gives that act its toll (one incident, told twice);
// then a learned model scores every candidate (is it an incident of its own, or background, a reaction, a
// repeat, a hypothetical?) and drops those it finds unlikely. An article with candidates keeps at least its
// most likely one. Without a model (or with one fitted to other features) every candidate is kept.
import type { Article, EventFeature } from '../../shared/schema.ts';
import type { Analysis } from '../nlp/analyse.ts';
import { candidateFeatures, FEATURE_NAMES, placedTwin } from './features.ts';
import { probability } from './logistic.ts';

export interface IncidentModel {
  features: readonly string[];
  weights: readonly number[];
  /** Candidates scored below this are dropped. */
  threshold: number;
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

/** "40 killed across the country" beside the one placed battle of that day: the toll is the battle's. */
export function tollsToPlacedTwins(candidates: readonly EventFeature[]): EventFeature[] {
  const absorbed = new Set<EventFeature>();
  const out = candidates.map((e) => ({ ...e, properties: { ...e.properties } }));
  for (const [i, e] of out.entries()) {
    if (!e.properties.fatalities) continue;
    const twin = placedTwin(candidates[i]!, candidates);
    if (!twin) continue;
    const t = out[candidates.indexOf(twin)]!;
    if (t.properties.fatalities) continue;
    t.properties.fatalities = e.properties.fatalities;
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

export function selectIncidents(input: IncidentInput, options: IncidentOptions = {}): EventFeature[] {
  const candidates = tollsToPlacedTwins(input.candidates);
  const scores = scoreCandidates({ ...input, candidates }, options.model);
  if (!scores || !candidates.length) return candidates;
  const threshold = options.model!.threshold;
  const best = scores.indexOf(Math.max(...scores));
  return candidates.filter((_, i) => scores[i]! >= threshold || i === best);
}
