// The toll slot of an incident the clause reading left without one, filled from the linguistic layer when the
// sentence tells one person killed: "a fugitive from the prison system was killed", "killed his mother",
// "a man was stabbed to death". The person is a singular noun phrase (a, an, the, a possessive or "one" before a
// singular noun), the subject of a passive death verb or the object of an active one.
import type { EventFeature, Fatalities } from '../../shared/schema.ts';
import { sentenceTokens, type Analysis, type Token } from '../nlp/analyse.ts';

const DEATH = new Set(['kill', 'murder', 'execute', 'behead', 'assassinate', 'lynch', 'slay']);
/** Verbs of a killing told "to death": "stabbed to death", "tortured to death". */
const TO_DEATH = new Set(['stab', 'beat', 'burn', 'shoot', 'torture', 'hack', 'club', 'stone', 'batter', 'bludgeon', 'starve', 'crush']);
const SINGLE = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'one', '1', 'another']);
/** Nouns that count no one person ("the attack killed", "a blast killed"). */
const NOT_A_PERSON = new Set(['attack', 'blast', 'explosion', 'strike', 'bomb', 'shell', 'clash', 'fire', 'raid', 'operation', 'ambush', 'incident', 'violence', 'group', 'family', 'crowd', 'number', 'total', 'toll']);
const ONE: Fatalities = { low: 1, best: 1, high: 1 };

/** Where the noun phrase naming one person that starts at token i (determiner, adjectives, head noun) ends, or -1. */
function onePersonEnd(tokens: readonly Token[], i: number): number {
  const det = tokens[i];
  if (!det || !SINGLE.has(det.lemma.toLowerCase())) return -1;
  let j = i + 1;
  // "a suspected ISGS commander": a participle the tagger reads as a verb modifies the head as an adjective does.
  while (j < tokens.length && (['ADJ', 'PROPN', 'NUM', 'PUNCT'].includes(tokens[j]!.pos) || (tokens[j]!.pos === 'VERB' && /ed$/i.test(tokens[j]!.text) && tokens[j + 1]?.pos !== 'ADP')) && tokens[j]!.text !== ',') j++;
  const head = tokens[j];
  if (!head || head.pos !== 'NOUN') return -1;
  // "a 28-year-old man": the noun after a compound age is the head.
  const next = tokens[j + 1];
  const two = next?.pos === 'NOUN' && !/^(?:of|from)$/i.test(next.text);
  const noun = two ? next : head;
  return noun.lemma.toLowerCase() === noun.text.toLowerCase() && !NOT_A_PERSON.has(noun.lemma.toLowerCase()) ? j + (two ? 2 : 1) : -1;
}
const onePersonAt = (tokens: readonly Token[], i: number): boolean => onePersonEnd(tokens, i) >= 0;

/** How many people a list of single persons names from token i ("the father and a son", "a woman and her son"). */
function personsFrom(tokens: readonly Token[], i: number): number {
  let n = 0;
  for (let k = i; ; ) {
    const end = onePersonEnd(tokens, k);
    if (end < 0) return n;
    n++;
    if (tokens[end]?.lemma === 'and') k = end + 1;
    else if (tokens[end]?.text === ',' && tokens[end + 1]?.lemma === 'and') k = end + 2;
    else return n;
  }
}

/** Where the clause holding token i starts: after the last comma, semicolon or conjunction before it. */
function clauseStart(tokens: readonly Token[], i: number): number {
  for (let k = i - 1; k >= 0; k--) if ([',', ';', ':'].includes(tokens[k]!.text) || tokens[k]!.lemma === 'and') return k + 1;
  return 0;
}

/** One person killed (or a few, each named singly: "killing the father and a son"), as the sentence at `at`
 * tells it, or null. "The guard died": a single person as the subject of "die" counts too. */
export function oneKilled(analysis: Analysis, at: number): Fatalities | null {
  const tokens = sentenceTokens(analysis, at);
  for (const [i, t] of tokens.entries()) {
    const lemma = t.lemma.toLowerCase();
    const stabbed = TO_DEATH.has(lemma) && tokens[i + 1]?.lemma === 'to' && tokens[i + 2]?.lemma === 'death';
    // "was shot dead" (the tagger may read "shot" as a noun), "was found dead", "was pronounced dead".
    const dead = (lemma === 'shoot' || /^shot$/i.test(t.text) || lemma === 'find' || lemma === 'pronounce') && tokens[i + 1]?.lemma === 'dead';
    const died = lemma === 'die' && t.pos === 'VERB';
    if (t.negated || (t.pos !== 'VERB' && !dead) || (!DEATH.has(lemma) && !stabbed && !died && !dead)) {
      // "the body of a man was found": a body found is one dead.
      if (lemma === 'find' && t.pos === 'VERB' && tokens[i - 1]?.lemma === 'be') {
        const s = clauseStart(tokens, i - 1);
        if (/^(?:the|a)$/i.test(tokens[s]?.text ?? '') && tokens[s + 1]?.lemma === 'body' && tokens[s + 2]?.lemma === 'of' && onePersonAt(tokens, s + 3)) return ONE;
      }
      continue;
    }
    const passive = died || tokens[i - 1]?.lemma === 'be' || (tokens[i - 2]?.lemma === 'be' && tokens[i - 1]?.pos === 'ADV');
    if (passive) {
      const s = clauseStart(tokens, i - (died ? 0 : 1));
      // "He was killed", "she was shot dead": one person named by a pronoun.
      const subject = tokens[i - (tokens[i - 1]?.lemma === 'be' ? 2 : 3)];
      if (!died && /^(?:he|she)$/i.test(subject?.text ?? '')) return ONE;
      if (onePersonAt(tokens, s) && (!died || onePersonEnd(tokens, s) === i || tokens[onePersonEnd(tokens, s)]?.pos === 'ADV')) return ONE;
    } else {
      // "killed him": one person as the object.
      if (/^(?:him|her)$/i.test(tokens[i + 1]?.text ?? '') && tokens[i + 2]?.pos !== 'NOUN' && tokens[i + 2]?.pos !== 'ADJ') return ONE;
      const n = personsFrom(tokens, i + 1);
      if (n) return { low: n, best: n, high: n };
    }
  }
  return null;
}

const VIOLENT = new Set(['Battles', 'Violence against civilians', 'Explosions/Remote violence', 'Riots', 'Protests']);
const ONE_OR_MORE = (f: Fatalities | null): boolean => !!f && f.best === 1 && f.low === 1;

/** Incidents with no toll whose sentence tells one person killed get a toll of one (a country-wide one only when it
 * is the only incident); a toll of one read by the
 * clause from "a woman and her son" becomes the count of the persons listed. */
export function fillTollsOfOne(events: readonly EventFeature[], analysis: Analysis): EventFeature[] {
  return events.map((e) => {
    const p = e.properties;
    // A country-wide incident beside others may be a summary of them; when it is the text's only act, its place
    // was just not found ("in PD11 of Herat city") and the one person killed is still its toll.
    if ((p.fatalities && !ONE_OR_MORE(p.fatalities)) || !VIOLENT.has(p.event_type) || (p.geo_precision === 'country' && events.length > 1)) return e;
    const one = oneKilled(analysis, p.sources[0]?.start ?? 0);
    return one && (!p.fatalities || (one.best ?? 0) > 1) ? { ...e, properties: { ...p, fatalities: one } } : e;
  });
}
