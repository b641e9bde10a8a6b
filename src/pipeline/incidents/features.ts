// Features of a candidate event, for the learned choice "is this a new incident of its own, or a mention to
// drop" (background, a reaction, a repeat of an act already told, a hypothetical). Each feature is a general
// reading of the text or of the candidate, in [0, 1]; the weights are fitted by `npm run train` on the dev corpora.
import type { Article, EventFeature, EventType } from '../../shared/schema.ts';
import { sentenceTokens, type Analysis, type Token } from '../nlp/analyse.ts';
import { daysOverlap, sharedType } from '../events/incident-fold.ts';

const TYPES: EventType[] = ['Battles', 'Violence against civilians', 'Protests', 'Riots', 'Explosions/Remote violence', 'Strategic developments'];
/** Verbs of reacting to an act rather than doing it ("Zelenskyy condemned the strike"). */
const REACTION = new Set(['condemn', 'denounce', 'urge', 'call', 'warn', 'vow', 'pledge', 'promise', 'demand', 'deny', 'blame', 'accuse', 'criticise', 'criticize', 'mourn', 'express', 'welcome', 'praise']);
/** Auxiliaries of what may happen rather than what happened. */
const MODAL = new Set(['will', 'would', 'could', 'may', 'might', 'should', 'can', 'must']);
const DAY_MS = 86_400_000;

export const FEATURE_NAMES = [
  'bias', 'place', 'admin1', 'country', 'toll', 'aggregate', 'claim', 'date_day', 'date_none', 'recent', 'old',
  'lede', 'early', 'position', ...TYPES.map((t) => `type:${t}`), 'reaction', 'modal', 'negated', 'perfect',
  'cardinal', 'same_sentence', 'repeat', 'placed_twin', 'actors', 'victims', 'note_length',
] as const;

export interface CandidateContext {
  article: Article;
  analysis: Analysis;
  /** Every candidate of the article, in text order. */
  candidates: readonly EventFeature[];
}


const samePlace = (a: EventFeature, b: EventFeature): boolean => {
  const p = a.properties.place, q = b.properties.place;
  return p.geonameid != null ? p.geonameid === q.geonameid : p.admin1 != null ? p.admin1 === q.admin1 : p.country === q.country;
};

/** The candidate told again: an earlier candidate of the same type, at the same place, on compatible days. */
export function isRepeat(e: EventFeature, earlier: readonly EventFeature[]): boolean {
  return earlier.some((o) => o.properties.event_type === e.properties.event_type && samePlace(o, e) && daysOverlap(o, e));
}

/**
 * A country-wide candidate with a placed twin: one act of a kind it can be (the same type, or a killing and a
 * violent act: "gunmen killed three police officers" … "the officers died" in Grozny) on compatible days,
 * somewhere in that country.
 */
export function placedTwin(e: EventFeature, all: readonly EventFeature[]): EventFeature | null {
  if (e.properties.geo_precision !== 'country') return null;
  const twins = all.filter((o) => o !== e && o.properties.geo_precision !== 'country' && !!sharedType(o.properties, e.properties) && o.properties.place.country === e.properties.place.country && daysOverlap(o, e));
  return twins.length === 1 ? twins[0]! : null;
}

function sentenceReads(tokens: readonly Token[]): { reaction: boolean; modal: boolean; negated: boolean; perfect: boolean } {
  const firstVerb = tokens.find((t) => t.pos === 'VERB');
  return {
    reaction: !!firstVerb && REACTION.has(firstVerb.lemma),
    modal: tokens.some((t) => t.pos === 'AUX' && MODAL.has(t.lemma)),
    negated: tokens.some((t) => t.pos === 'VERB' && t.negated),
    perfect: tokens.some((t, i) => t.lemma === 'have' && t.pos === 'AUX' && tokens[i + 1]?.lemma === 'be'),
  };
}

/** The feature vector of candidate `i` of the article, in FEATURE_NAMES order. */
export function candidateFeatures(i: number, ctx: CandidateContext): number[] {
  const e = ctx.candidates[i]!;
  const p = e.properties;
  const src = p.sources[0];
  const at = src?.start ?? 0;
  const { analysis, article } = ctx;
  const tokens = sentenceTokens(analysis, at);
  const sIndex = tokens[0]?.sentence ?? 0;
  const reads = sentenceReads(tokens);
  const published = article.published ? Date.parse(article.published) : NaN;
  const end = p.date_end ? Date.parse(p.date_end) : NaN;
  const age = Number.isFinite(published) && Number.isFinite(end) ? (published - end) / DAY_MS : NaN;
  const sameSentence = ctx.candidates.filter((o) => o.properties.sources[0]?.start === at).length;
  const cardinal = analysis.entities.some((x) => x.type === 'CARDINAL' && tokens.length > 0 && x.start >= tokens[0]!.start && x.end <= tokens[tokens.length - 1]!.end);
  const v = [
    1, +(p.geo_precision === 'place'), +(p.geo_precision === 'admin1'), +(p.geo_precision === 'country'),
    +!!p.fatalities, +!!p.aggregate, +!!p.claim, +(p.date_precision === 'day'), +(p.date_start == null),
    +(age <= 2), +(age > 7), +(sIndex === 0), +(sIndex <= 2), analysis.sentences.length > 1 ? sIndex / (analysis.sentences.length - 1) : 0,
    ...TYPES.map((t) => +(p.event_type === t)), +reads.reaction, +reads.modal, +reads.negated, +reads.perfect,
    +cardinal, +(sameSentence > 1), +isRepeat(e, ctx.candidates.slice(0, i)), +!!placedTwin(e, ctx.candidates),
    +(p.actors.length > 0), +((p.victims?.length ?? 0) > 0), +(article.text.length < 600),
  ];
  return v;
}
