// ACLED's type follows who acted on whom, read from the linguistic layer around the trigger:
// - an attack on the state's forces by anyone else is a battle ("militants killed 15 soldiers", "a soldier
//   was killed by a sniper"): forces are armed, so it is a fight between armed sides;
// - an attack whose doers are a crowd or ordinary people ("supporters assaulted a candidate", "a thief was
//   beaten up by locals") is mob violence, a riot;
// - a protest whose people clash, vandalise, burn or throw stones is a violent demonstration, a riot.
import type { Analysis, Token } from '../nlp/analyse.ts';
import { KINDS, singular } from '../nlp/word-kinds.ts';
import type { Trigger } from './triggers.ts';

const STATE = new Set(KINDS.state!.filter((l) => !['checkpoint', 'base', 'post', 'convoy', 'patrol', 'regime'].includes(l)));
const ARMED = new Set(KINDS.armed!);
/** Doers that are no armed side: crowds and ordinary people. */
const CROWD = new Set(['supporter', 'villager', 'local', 'resident', 'mob', 'crowd', 'student', 'worker', 'youth', 'activist', 'neighbour', 'neighbor', 'relative', 'trader', 'vendor', 'passer-by', 'bystander', 'protester', 'demonstrator']);
/** Hand-to-hand acts a crowd does; killings by shooting or bombing stay attacks. */
const MOB_ACTS = new Set(['assault', 'beat', 'lynch', 'thrash', 'attack', 'injure', 'hack', 'stab', 'torture', 'kill', 'murder', 'burn']);
/** What makes a demonstration violent: its people fight, break or burn. */
const VIOLENT = new Set(['vandalise', 'vandalize', 'torch', 'loot', 'pelt', 'stone', 'brick', 'molotov', 'ransack', 'smash', 'rioter', 'arson']);

const lemmaOf = (t: Token): string => singular(t.lemma).replace(/s$/, '');
const isState = (t: Token): boolean => (t.pos === 'NOUN' || t.pos === 'PROPN') && (STATE.has(singular(t.lemma)) || STATE.has(lemmaOf(t)));
const isArmed = (t: Token): boolean => ARMED.has(singular(t.lemma)) || ARMED.has(lemmaOf(t));
const isCrowd = (t: Token): boolean => (t.pos === 'NOUN' || t.pos === 'PROPN') && (CROWD.has(singular(t.lemma)) || CROWD.has(lemmaOf(t)));

const NP = new Set(['DET', 'NUM', 'ADJ', 'PROPN', 'NOUN', 'PRON']);
/** The noun phrase that ends right before token `i` (stopping at a verb, a preposition or a comma). */
function phraseBefore(tokens: readonly Token[], i: number): Token[] {
  let j = i;
  while (j > 0 && (NP.has(tokens[j - 1]!.pos) || (tokens[j - 1]!.text === '-' && j > 1))) j--;
  return tokens.slice(j, i);
}
/** The noun phrase that starts at token `i`. */
function phraseFrom(tokens: readonly Token[], i: number): Token[] {
  let j = i;
  while (j < tokens.length && (NP.has(tokens[j]!.pos) || tokens[j]!.text === '-')) j++;
  return tokens.slice(i, j);
}

/** The doers and the acted-on of the verb at `at`: subject and object, or swapped in the passive ("was killed by"). */
function sidesAround(tokens: readonly Token[], at: number): { doers: Token[]; patients: Token[] } {
  let j = at;
  let passive = false;
  // Back over adverbs, auxiliaries and a verb coordinated before it ("attacked and killed", "were specifically killed").
  for (;;) {
    const t = tokens[j - 1];
    if (!t) break;
    if (t.pos === 'ADV' || t.pos === 'PART') j--;
    else if (t.pos === 'AUX') { if (/^(?:be|get)$/.test(t.lemma) || /^(?:was|were|is|are|been|being|got)$/i.test(t.text)) passive = true; j--; }
    else if (t.pos === 'CCONJ' && tokens[j - 2]?.pos === 'VERB') j -= 2;
    else break;
  }
  const subject = phraseBefore(tokens, j);
  if (!passive) return { doers: subject, patients: phraseFrom(tokens, at + 1) };
  const by = tokens.slice(at + 1, at + 6).findIndex((t) => t.lemma === 'by');
  return { doers: by >= 0 ? phraseFrom(tokens, at + 2 + by) : [], patients: subject };
}

/** The trigger retyped by its sides, or as it was. */
export function recodeBySides(trigger: Trigger, a: Analysis | undefined, clauseStart: number): Trigger {
  if (!a) return trigger;
  const offset = clauseStart + trigger.index;
  let lo = 0, hi = a.tokens.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (a.tokens[mid]!.end <= offset) lo = mid + 1; else hi = mid; }
  const at = lo;
  if (at >= a.tokens.length || a.tokens[at]!.start > offset) return trigger;
  const s = a.sentences[a.tokens[at]!.sentence]!;
  const sentence = a.tokens.slice(s.first, s.last + 1);
  const i = at - s.first;
  const lemma = singular(a.tokens[at]!.lemma);
  const { doers, patients } = sidesAround(sentence, i);
  if (trigger.event_type === 'Violence against civilians' && trigger.sub_event_type === 'Attack' && a.tokens[at]!.pos === 'VERB') {
    if (MOB_ACTS.has(lemma) && doers.some(isCrowd) && !doers.some((t) => isState(t) || isArmed(t)) && !sentence.some((t) => /^(?:gun|rifle|firearm|shoot|shot|bullet)$/.test(t.lemma)))
      return { ...trigger, event_type: 'Riots', sub_event_type: 'Mob violence' };
    if (patients.some(isState) && !doers.some(isState)) return { ...trigger, event_type: 'Battles', sub_event_type: 'Armed clash' };
  }
  if (trigger.event_type === 'Protests' && sentence.some((t) => VIOLENT.has(singular(t.lemma)) || VIOLENT.has(lemmaOf(t))))
    return { ...trigger, event_type: 'Riots', sub_event_type: 'Violent demonstration' };
  return trigger;
}
