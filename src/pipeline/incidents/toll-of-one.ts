// The toll slot of an incident the clause reading left without one, filled from the linguistic layer when the
// sentence tells one person killed: "a fugitive from the prison system was killed", "killed his mother",
// "a man was stabbed to death". The person is a singular noun phrase (a, an, the, a possessive or "one" before a
// singular noun), the subject of a passive death verb or the object of an active one.
import type { EventFeature, Fatalities } from '../../shared/schema.ts';
import { sentenceTokens, type Analysis, type Token } from '../nlp/analyse.ts';

const DEATH = new Set(['kill', 'murder', 'execute', 'behead', 'assassinate', 'lynch', 'slay']);
const SINGLE = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'one', '1', 'another']);
/** Nouns that count no one person ("the attack killed", "a blast killed"). */
const NOT_A_PERSON = new Set(['attack', 'blast', 'explosion', 'strike', 'bomb', 'shell', 'clash', 'fire', 'raid', 'operation', 'ambush', 'incident', 'violence', 'group', 'family', 'crowd', 'number', 'total', 'toll']);
const ONE: Fatalities = { low: 1, best: 1, high: 1 };

/** The noun phrase that starts at token i (determiner, adjectives, head noun), when it names one person. */
function onePersonAt(tokens: readonly Token[], i: number): boolean {
  const det = tokens[i];
  if (!det || !SINGLE.has(det.lemma.toLowerCase())) return false;
  let j = i + 1;
  while (j < tokens.length && ['ADJ', 'PROPN', 'NUM', 'PUNCT'].includes(tokens[j]!.pos) && tokens[j]!.text !== ',') j++;
  const head = tokens[j];
  if (!head || head.pos !== 'NOUN') return false;
  // "a 28-year-old man": the noun after a compound age is the head.
  const next = tokens[j + 1];
  const noun = next?.pos === 'NOUN' && !/^(?:of|from)$/i.test(next.text) ? next : head;
  return noun.lemma.toLowerCase() === noun.text.toLowerCase() && !NOT_A_PERSON.has(noun.lemma.toLowerCase());
}

/** Where the clause holding token i starts: after the last comma, semicolon or conjunction before it. */
function clauseStart(tokens: readonly Token[], i: number): number {
  for (let k = i - 1; k >= 0; k--) if ([',', ';', ':'].includes(tokens[k]!.text) || tokens[k]!.lemma === 'and') return k + 1;
  return 0;
}

/** One person killed, as the sentence at `at` tells it, or null. */
export function oneKilled(analysis: Analysis, at: number): Fatalities | null {
  const tokens = sentenceTokens(analysis, at);
  for (const [i, t] of tokens.entries()) {
    const lemma = t.lemma.toLowerCase();
    const stabbed = ['stab', 'beat', 'burn', 'shoot'].includes(lemma) && tokens[i + 1]?.lemma === 'to' && tokens[i + 2]?.lemma === 'death';
    if (t.pos !== 'VERB' || t.negated || (!DEATH.has(lemma) && !stabbed)) continue;
    const passive = tokens[i - 1]?.lemma === 'be' || (tokens[i - 2]?.lemma === 'be' && tokens[i - 1]?.pos === 'ADV');
    if (passive) {
      const s = clauseStart(tokens, i - 1);
      if (onePersonAt(tokens, s)) return ONE;
    } else if (onePersonAt(tokens, i + 1)) return ONE;
  }
  return null;
}

const VIOLENT = new Set(['Battles', 'Violence against civilians', 'Explosions/Remote violence', 'Riots', 'Protests']);

/** Incidents with no toll whose sentence tells one person killed get a toll of one. */
export function fillTollsOfOne(events: readonly EventFeature[], analysis: Analysis): EventFeature[] {
  return events.map((e) => {
    const p = e.properties;
    if (p.fatalities || !VIOLENT.has(p.event_type) || p.geo_precision === 'country') return e;
    const one = oneKilled(analysis, p.sources[0]?.start ?? 0);
    return one ? { ...e, properties: { ...p, fatalities: one } } : e;
  });
}
