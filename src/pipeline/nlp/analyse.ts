// The linguistic layer: tokens, sentences, part-of-speech tags, lemmas, negation and named entities (dates,
// cardinals written in figures or words) of a text, from wink-nlp's English model. Every span is
// in UTF-16 offsets into the text (JavaScript `slice`), so the stages can read spans instead of matching
// regular expressions over raw text. The model loads once per process, on first use (about 0.3 s).
import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Universal POS tag: NOUN, PROPN, VERB, AUX, ADJ, NUM, ADP, DET, PRON, PART, PUNCT… */
  pos: string;
  lemma: string;
  /** The token is under a negation ("were n't hurt", "did not kill"). */
  negated: boolean;
  /** Index of the sentence it is in. */
  sentence: number;
}

export interface Span {
  start: number;
  end: number;
  text: string;
  /** First and last token index (inclusive). */
  first: number;
  last: number;
}

export interface Entity extends Span {
  /** wink's entity type: DATE, TIME, CARDINAL, ORDINAL, DURATION, MONEY, PERCENT… */
  type: string;
}

export interface Analysis {
  text: string;
  tokens: Token[];
  sentences: Span[];
  entities: Entity[];
}

let nlp: WinkMethods | null = null;

/** The wink-nlp instance (no custom entities: a noun-phrase pass cost an eighth of the layer's time and had no reader). */
function instance(): WinkMethods {
  nlp ??= winkNLP(model, ['sbd', 'negation', 'pos', 'ner']);
  return nlp;
}

function spanOf(tokens: readonly Token[], text: string, first: number, last: number): Span {
  const start = tokens[first]?.start ?? 0;
  const end = tokens[last]?.end ?? start;
  return { start, end, text: text.slice(start, end), first, last };
}

/** Reads a text once: tokens with offsets, sentences and entities. */
export function analyse(text: string): Analysis {
  const w = instance();
  // wink's typings give each `its` helper a signature of its own; read every property through one cast.
  const its = w.its as unknown as Record<'precedingSpaces' | 'pos' | 'lemma' | 'negationFlag' | 'span' | 'type', never>;
  const doc = w.readDoc(text);
  const tokens: Token[] = [];
  // Each property read once for all tokens (one call per property, not per token).
  const all = doc.tokens();
  const values = all.out() as string[];
  const spaces = all.out(its.precedingSpaces) as string[];
  const pos = all.out(its.pos) as string[];
  const lemmas = all.out(its.lemma) as string[];
  const negated = all.out(its.negationFlag) as boolean[];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    at += spaces[i]!.length;
    const value = values[i]!;
    // wink keeps the text as written; find the token from where the last one ended to stay exact.
    const start = text.startsWith(value, at) ? at : (() => { const f = text.indexOf(value, at); return f >= 0 && f - at < 8 ? f : at; })();
    tokens.push({ text: value, start, end: start + value.length, pos: pos[i]!, lemma: lemmas[i]!, negated: !!negated[i], sentence: 0 });
    at = start + value.length;
  }
  const sentences: Span[] = [];
  for (const [first, last] of doc.sentences().out(its.span) as unknown as [number, number][]) {
    // wink keeps a paragraph break as a token of its own; a sentence starts at its first word.
    let f = first, l = last;
    while (f < l && !tokens[f]!.text.trim()) f++;
    while (l > f && !tokens[l]!.text.trim()) l--;
    for (let i = first; i <= last; i++) tokens[i]!.sentence = sentences.length;
    sentences.push(spanOf(tokens, text, f, l));
  }
  const entities: Entity[] = [];
  const ents = doc.entities();
  const types = ents.out(its.type) as string[];
  (ents.out(its.span) as unknown as [number, number][]).forEach(([first, last], i) => entities.push({ ...spanOf(tokens, text, first, last), type: types[i] ?? '' }));
  return { text, tokens, sentences, entities };
}

/** The tokens of the sentence that holds offset `at` (empty when none does). */
export function sentenceTokens(a: Analysis, at: number): Token[] {
  const s = a.sentences.findIndex((x) => x.start <= at && at < Math.max(x.end, x.start + 1));
  return s < 0 ? [] : a.tokens.slice(a.sentences[s]!.first, a.sentences[s]!.last + 1);
}
