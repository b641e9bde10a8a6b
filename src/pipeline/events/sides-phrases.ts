// The noun phrases around an act's word, read from the linguistic layer's tags: who did it (its subject, or the
// agent after "by" in the passive) and to whom (its object, or the subject of the passive). Read by sides-recode.ts.
import type { Token } from '../nlp/analyse.ts';

const NP = new Set(['DET', 'NUM', 'ADJ', 'PROPN', 'NOUN', 'PRON']);
/** An acronym is a name whatever the tagger says ("a UP chairman", where "UP" was read as "up"). */
const ACRONYM = /^[A-Z]{2,6}$/;
const CHAIN = /^(?:of|for|from|with)$/i;
/** Words of a quantity that lead a number ("a mob of about 200 people", "at least 48 people"). */
const QUANTITY = /^(?:at|least|more|than|up|to|over|nearly|almost|about|around|some|roughly|as|many|approximately)$/i;
/** "a suspected ISGS commander", "alleged gang members": the tagger may read the participle as a verb. */
const HEDGE = /^(?:suspected|alleged|presumed|purported)$/i;

/** The noun phrase that ends right before token `i`, with the phrases it heads ("supporters of a candidate for
 * mayor"), stopping at a verb or a comma; an aside between commas right before it is stepped over
 * ("supporters of the candidate, backed by the party, assaulted"). */
export function phraseBefore(tokens: readonly Token[], i: number): Token[] {
  let j = i;
  if (tokens[j - 1]?.text === ',') {
    for (let k = j - 2; k > 0 && k > j - 14; k--) {
      if (tokens[k]!.text !== ',') continue;
      const aside = tokens[k + 1]!;
      if (aside.pos === 'VERB' || aside.pos === 'ADP' || /^(?:who|which|reportedly|allegedly)$/i.test(aside.text)) j = k;
      break;
    }
  }
  const end = j;
  const inPhrase = (t: Token, k: number): boolean =>
    NP.has(t.pos) || ACRONYM.test(t.text) || HEDGE.test(t.text) || (t.text === '-' && k > 1) || (QUANTITY.test(t.text) && tokens.slice(k, k + 3).some((u) => u.pos === 'NUM'));
  for (;;) {
    // "a youth mob from Issele-Azagba (Aniocha South LGA, Delta) set ablaze": an aside in brackets is stepped over.
    if (tokens[j - 1]?.text === ')') {
      const open = tokens.slice(Math.max(0, j - 12), j - 1).map((t) => t.text).lastIndexOf('(');
      if (open >= 0) j = Math.max(0, j - 12) + open;
    }
    while (j > 0 && inPhrase(tokens[j - 1]!, j - 1)) j--;
    if (j > 1 && CHAIN.test(tokens[j - 1]!.text) && NP.has(tokens[j - 2]!.pos)) j--;
    else break;
  }
  return tokens.slice(j, end);
}

/** The subject before the verb at `i`, stepping over a place it is told in ("officers in Tsuen Wan came"). */
export function subjectBefore(tokens: readonly Token[], i: number): Token[] {
  const np = phraseBefore(tokens, i);
  const start = i - np.length;
  return /^(?:in|at|near)$/i.test(tokens[start - 1]?.text ?? '') ? phraseBefore(tokens, start - 1) : np;
}

/** The noun phrase that starts at token `i` ("2 civilians, a father and his son" stops at the comma). */
export function phraseFrom(tokens: readonly Token[], i: number): Token[] {
  // "at least 48 people", "more than 20 villagers", "up to 30 soldiers": the quantity's words lead the phrase.
  while (i < tokens.length && QUANTITY.test(tokens[i]!.text) && tokens.slice(i, i + 4).some((t) => t.pos === 'NUM')) i++;
  let j = i;
  for (;;) {
    while (j < tokens.length && (NP.has(tokens[j]!.pos) || HEDGE.test(tokens[j]!.text) || tokens[j]!.text === '-' || tokens[j]!.text === "'")) j++;
    // "a group of rioters", "supporters of the candidate": the phrase goes on through its "of" part.
    if (j > i && /^of$/i.test(tokens[j]?.text ?? '') && NP.has(tokens[j + 1]?.pos ?? '')) j++;
    else break;
  }
  return tokens.slice(i, j);
}

/** The phrases joined by "and" from token `i` ("targeting Levies and police stations"). */
function phrasesFrom(tokens: readonly Token[], i: number): Token[] {
  const out = phraseFrom(tokens, i);
  const next = i + out.length;
  return out.length && /^and$/i.test(tokens[next]?.text ?? '') ? [...out, ...phraseFrom(tokens, next + 1)] : out;
}

/** "a sniper shot a soldier", "gunmen abducted a police officer": a past form the tagger took for a noun, right
 * after a noun phrase and right before the start of another, is the verb between subject and object. */
export function misreadVerb(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at]!, prev = tokens[at - 1], next = tokens[at + 1];
  if (t.pos !== 'NOUN' || !/^(?:shot|[a-z]+ed)$/i.test(t.text)) return false;
  return !!prev && (prev.pos === 'NOUN' || prev.pos === 'PROPN') && !!next && (next.pos === 'DET' || next.pos === 'NUM' || /^(?:his|her|their|its)$/i.test(next.text));
}

/** A verb, or a word that stands for one: the tagger's noun "shot" in "separatists shot and killed". */
const verbLike = (tokens: readonly Token[], k: number): boolean => tokens[k]?.pos === 'VERB' || (!!tokens[k] && (tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'ADJ') && /^(?:shot|[a-z]+ed)$/i.test(tokens[k]!.text));

/** The doers and the acted-on of the verb at `at`: subject and object, or swapped in the passive ("was killed by").
 * Of a noun ("attacks on SSPDF forces", "attacks … targeting police stations"), the phrase after "on", "against"
 * or "targeting" is the acted-on. */
export function sidesAround(tokens: readonly Token[], at: number): { doers: Token[]; patients: Token[] } {
  if (tokens[at]!.pos === 'NOUN' && !misreadVerb(tokens, at)) {
    const on = tokens[at + 1] && /^(?:on|against)$/i.test(tokens[at + 1]!.text) ? at + 2 : -1;
    const targeting = on < 0 ? tokens.slice(at + 1, at + 8).findIndex((t) => /^target(?:ing|ed)$/i.test(t.text)) : -1;
    const by = tokens.slice(at + 1, at + 3).findIndex((t) => t.lemma === 'by' || t.lemma === 'of' || t.lemma === 'from');
    // "officers came under attack from a group of rioters": what comes under attack is acted on.
    const under = on < 0 && /^under$/i.test(tokens[at - 1]?.text ?? '') && tokens[at - 2]?.pos === 'VERB' ? subjectBefore(tokens, at - 2) : [];
    const patients = on >= 0 ? phraseFrom(tokens, on) : targeting >= 0 ? phrasesFrom(tokens, at + 2 + targeting) : under;
    return { doers: by >= 0 ? phraseFrom(tokens, at + 2 + by) : [], patients };
  }
  let j = at;
  let passive = false;
  // Back over adverbs, auxiliaries and a verb coordinated before it ("attacked and killed", "were specifically
  // killed", "set ablaze and killed", "shot and killed" with "shot" read as a noun).
  for (;;) {
    const t = tokens[j - 1];
    if (!t) break;
    if (t.pos === 'ADV' || t.pos === 'PART') j--;
    else if (t.pos === 'AUX') { if (/^(?:be|get)$/.test(t.lemma) || /^(?:was|were|is|are|been|being|got)$/i.test(t.text)) passive = true; j--; }
    else if (t.pos === 'CCONJ' && verbLike(tokens, j - 2)) j -= 2;
    else if (t.pos === 'CCONJ' && tokens[j - 3]?.pos === 'VERB' && /^(?:ablaze|alight|up|down|dead)$/i.test(tokens[j - 2]?.text ?? '')) j -= 3;
    else break;
  }
  const subject = subjectBefore(tokens, j);
  // "shot and killed 2 civilians": the object follows the last of the coordinated verbs.
  let k = at + 1;
  while (tokens[k]?.pos === 'CCONJ' && tokens[k + 1]?.pos === 'VERB') k += 2;
  if (!passive) return { doers: subject, patients: phraseFrom(tokens, k) };
  const by = tokens.slice(at + 1, at + 6).findIndex((t) => t.lemma === 'by');
  return { doers: by >= 0 ? phraseFrom(tokens, at + 2 + by) : [], patients: subject };
}
