// Triggers read from the linguistic layer: a verb or noun whose lemma names an act of one of ACLED's kinds,
// for the clauses the worded triggers (triggers.ts) leave out. Lemmas cover every inflection ("surrendered",
// "seizing", "blockades"), and the tagger's part of speech and negation keep out names, plans and denials.
// Each entry is a general reading of English news and coders' notes, not of one text.
import type { EventType } from '../../shared/schema.ts';
import type { Analysis, Token } from '../nlp/analyse.ts';
import { KINDS, namesArmedSide, singular } from '../nlp/word-kinds.ts';
import type { Trigger } from './triggers.ts';

type Act = readonly [EventType, string];
const SD = 'Strategic developments' as const;
const VAC = 'Violence against civilians' as const;
const ERV = 'Explosions/Remote violence' as const;

/** The sides that fight: armed groups and the state's forces. */
const FORCES = new Set([...KINDS.armed!, ...KINDS.state!]);

const isForce = (lemma: string): boolean => FORCES.has(singular(lemma)) || FORCES.has(singular(lemma).replace(/s$/, ''));
/** Words of fighting that people without arms do too: with no armed side named, they are a brawl. */
const CLASHES = new Set(['clash', 'clashes', 'fight', 'fighting', 'skirmish', 'battle']);

/** Verbs of acts, by lemma. */
const VERBS: ReadonlyMap<string, Act> = new Map<string, Act>([
  ...['clash', 'fight', 'battle', 'skirmish', 'engage', 'repulse', 'repel', 'counterattack', 'ambush'].map((l) => [l, ['Battles', 'Armed clash']] as const),
  ...['defect', 'switch', 'recruit', 'mobilise', 'mobilize', 'split'].map((l) => [l, [SD, 'Change to group/activity']] as const),
  ...['surrender', 'reconcile'].map((l) => [l, [SD, 'Agreement']] as const),
  ...['seize', 'confiscate', 'defuse', 'dismantle', 'intercept', 'impound'].map((l) => [l, [SD, 'Disrupted weapons use']] as const),
  ...['loot', 'plunder', 'ransack', 'uproot', 'demolish', 'raze', 'vandalise', 'vandalize', 'destroy', 'burn', 'torch'].map((l) => [l, [SD, 'Looting/property destruction']] as const),
  ...['withdraw', 'retreat', 'handover'].map((l) => [l, [SD, 'Non-violent transfer of territory']] as const),
  ...['patrol', 'deploy', 'establish'].map((l) => [l, [SD, 'Other']] as const),
  ...['protest', 'demonstrate', 'rally', 'march', 'gather', 'assemble', 'picket', 'boycott', 'block', 'blockade', 'chant', 'petition'].map((l) => [l, ['Protests', 'Peaceful protest']] as const),
  ...['riot', 'pelt', 'stone'].map((l) => [l, ['Riots', 'Violent demonstration']] as const),
  ...['lynch'].map((l) => [l, ['Riots', 'Mob violence']] as const),
  ...['kill', 'murder', 'shoot', 'stab', 'behead', 'hack', 'beat', 'execute', 'torture', 'assault', 'attack', 'injure', 'wound', 'maim', 'assassinate', 'harass', 'raid', 'storm'].map((l) => [l, [VAC, 'Attack']] as const),
  ...['abduct', 'kidnap'].map((l) => [l, [VAC, 'Abduction/forced disappearance']] as const),
  ...['rape'].map((l) => [l, [VAC, 'Sexual violence']] as const),
  ...['detonate', 'explode'].map((l) => [l, [ERV, 'Remote explosive/landmine/IED']] as const),
  ...['shell', 'bombard'].map((l) => [l, [ERV, 'Shelling/artillery/missile attack']] as const),
  ...['bomb'].map((l) => [l, [ERV, 'Air/drone strike']] as const),
  ...['arrest', 'detain', 'apprehend'].map((l) => [l, [SD, 'Arrests']] as const),
]);

/** Nouns of acts, by lemma ("a protest march", "an ambush", "a ceasefire"). */
const NOUNS: ReadonlyMap<string, Act> = new Map<string, Act>([
  ...['clash', 'firefight', 'gunfight', 'skirmish', 'ambush', 'offensive', 'hostility'].map((l) => [l, ['Battles', 'Armed clash']] as const),
  ...['protest', 'demonstration', 'rally', 'march', 'sit-in', 'vigil', 'motorcade', 'blockade', 'picket'].map((l) => [l, ['Protests', 'Peaceful protest']] as const),
  ...['riot'].map((l) => [l, ['Riots', 'Violent demonstration']] as const),
  ...['mob'].map((l) => [l, ['Riots', 'Mob violence']] as const),
  ...['ceasefire', 'truce'].map((l) => [l, [SD, 'Agreement']] as const),
  ...['recruitment', 'defection'].map((l) => [l, [SD, 'Change to group/activity']] as const),
  ...['looting', 'arson'].map((l) => [l, [SD, 'Looting/property destruction']] as const),
  ...['landmine', 'mine', 'ied', 'explosion', 'blast'].map((l) => [l, [ERV, 'Remote explosive/landmine/IED']] as const),
  ...['grenade'].map((l) => [l, [ERV, 'Grenade']] as const),
  ...['airstrike', 'drone'].map((l) => [l, [ERV, 'Air/drone strike']] as const),
  ...['mortar', 'artillery', 'rocket', 'missile', 'shelling'].map((l) => [l, [ERV, 'Shelling/artillery/missile attack']] as const),
  ...['kidnapping', 'abduction'].map((l) => [l, [VAC, 'Abduction/forced disappearance']] as const),
  ...['murder', 'killing', 'assassination', 'massacre'].map((l) => [l, [VAC, 'Attack']] as const),
  ...['arrest', 'detention'].map((l) => [l, [SD, 'Arrests']] as const),
]);

/** Acts read only when the clause names no other ("conducted a joint patrol", "reached an agreement", "6 shots
 * observed"): words that also stand for the actors or the setting of a stronger act ("a patrol was ambushed"). */
const WEAK_NOUNS: ReadonlyMap<string, Act> = new Map<string, Act>([
  ...['patrol', 'exercise', 'reinforcement', 'incursion'].map((l) => [l, [SD, 'Other']] as const),
  ...['agreement', 'accord'].map((l) => [l, [SD, 'Agreement']] as const),
  ...['hostage'].map((l) => [l, [VAC, 'Abduction/forced disappearance']] as const),
  ...['projectile', 'shell'].map((l) => [l, [ERV, 'Shelling/artillery/missile attack']] as const),
  ...['shot', 'gunfire', 'gunshot', 'encounter'].map((l) => [l, ['Battles', 'Armed clash']] as const),
]);
const WEAK_VERBS: ReadonlyMap<string, Act> = new Map<string, Act>([
  ...['spot', 'observe', 'station', 'mass', 'displace'].map((l) => [l, [SD, 'Other']] as const),
  ...['smash', 'damage'].map((l) => [l, [SD, 'Looting/property destruction']] as const),
  ...['barricade'].map((l) => [l, ['Protests', 'Peaceful protest']] as const),
]);
/** Weak acts of forces ("troops were spotted", "shots observed"): only with an armed side or the state's forces named. */
const NEEDS_FORCES = new Set(['spot', 'observe', 'station', 'mass', 'patrol', 'exercise', 'reinforcement', 'incursion', 'shot', 'gunfire', 'gunshot', 'encounter']);

/** What is found or thrown decides the act: bodies found are a killing, a cache found a seizure, stones thrown a riot. */
const REMAINS = new Set(['body', 'corpse', 'remains', 'head', 'skull']);
const WEAPONS = new Set(['cache', 'explosive', 'weapon', 'arm', 'ammunition', 'bomb', 'ied', 'rifle', 'gun', 'grenade', 'detonator']);
const MISSILES_OF_CROWDS = new Set(['stone', 'rock', 'brick', 'molotov', 'petrol', 'bottle', 'firebomb']);
const FIRE_WORDS = new Set(['fire', 'alight', 'ablaze', 'flame']);
const SHOT_AT = new Set(['on', 'at', 'upon', 'into', 'towards', 'toward', 'shot', 'round', 'bullet', 'weapon', 'gun', 'rifle', 'ammunition', 'rocket', 'mortar', 'shell', 'air', 'warning']);

/** "released 67 prisoners": freeing captives is a strategic development; "photos released by the military" is not. */
const CAPTIVES = new Set(['prisoner', 'detainee', 'hostage', 'captive', 'inmate']);

/** Words that open a noun phrase: a verb right after one is a participle used as an adjective. */
const DETERMINERS = new Set(['the', 'a', 'an', 'her', 'his', 'their', 'its', 'my', 'our', 'your', 'this', 'that', 'these', 'those']);

/** Auxiliaries of what may or will happen, not what happened. */
const MODAL = new Set(['will', 'would', 'could', 'may', 'might', 'should', 'can', 'must']);
/** "plans to march", "threatened to strike", "called for a protest": a verb of intent before the act. */
const INTENT = new Set(['plan', 'threaten', 'vow', 'call', 'urge', 'want', 'intend', 'prepare', 'hope', 'seek', 'refuse', 'decide', 'warn', 'fear', 'aim']);

const sentenceOf = (a: Analysis, t: Token): Token[] => a.tokens.slice(a.sentences[t.sentence]!.first, a.sentences[t.sentence]!.last + 1);

function tokensIn(a: Analysis, start: number, end: number): Token[] {
  let lo = 0, hi = a.tokens.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (a.tokens[mid]!.start < start) lo = mid + 1; else hi = mid; }
  const out: Token[] = [];
  for (let i = lo; i < a.tokens.length && a.tokens[i]!.end <= end; i++) out.push(a.tokens[i]!);
  return out;
}

/** "soldiers looted goods", "individuals burnt the tribune": a past form the tagger reads as an adjective
 * between its subject and its object is the verb; its lemma is the form without the ending. */
function misreadVerb(t: Token, i: number, tokens: readonly Token[]): string | null {
  if (t.pos !== 'ADJ' || !/(?:ed|nt)$/i.test(t.text)) return null;
  const prev = tokens[i - 1], next = tokens[i + 1];
  if (!prev || !next || !['NOUN', 'PROPN', 'PRON'].includes(prev.pos) || !['DET', 'NOUN', 'NUM', 'PRON', 'ADJ'].includes(next.pos)) return null;
  const w = t.text.toLowerCase();
  for (const l of [w.replace(/ed$/, ''), w.replace(/d$/, ''), w.replace(/(.)\1ed$/, '$1'), w.replace(/t$/, ''), w.replace(/ied$/, 'y')]) if (VERBS.has(l)) return l;
  return null;
}

const near = (tokens: readonly Token[], i: number, set: ReadonlySet<string>, before: number, after: number): boolean =>
  tokens.slice(Math.max(0, i - before), i + after + 1).some((n) => set.has(singular(n.lemma)));

/** Acts that depend on their object: what was found, thrown, set on fire, released; "fired" on whom. */
function objectAct(lemma: string, i: number, tokens: readonly Token[], sentence: readonly string[]): Act | null {
  if (lemma === 'release' || lemma === 'free') return near(tokens, i, CAPTIVES, 0, 5) ? [SD, 'Other'] : null;
  if (lemma === 'find' || lemma === 'discover' || lemma === 'recover' || lemma === 'dump' || lemma === 'unearth') {
    if (near(tokens, i, REMAINS, 8, 4)) return [VAC, 'Attack'];
    if (near(tokens, i, WEAPONS, 6, 6)) return [SD, 'Disrupted weapons use'];
    return null;
  }
  if (lemma === 'throw' || lemma === 'hurl' || lemma === 'lob') return near(tokens, i, MISSILES_OF_CROWDS, 0, 3) ? ['Riots', 'Violent demonstration'] : null;
  if (lemma === 'set') return near(tokens, i, FIRE_WORDS, 0, 6) ? ['Riots', 'Violent demonstration'] : null;
  if (lemma === 'join') return sentence.some(isForce) ? [SD, 'Change to group/activity'] : null;
  if (lemma === 'fire') {
    // "fired from his job" is none: a shot is fired on or at someone, or a weapon or round is named.
    if (!tokens.slice(i + 1, i + 8).some((n) => SHOT_AT.has(singular(n.lemma)))) return null;
    if (tokens.slice(i + 1, i + 6).some((n) => n.lemma === 'air' || n.lemma === 'warning')) return [SD, 'Other'];
    // "forces of Armenia fired … on the positions of the forces of Azerbaijan": forces on both sides.
    return sentence.filter(isForce).length >= 2 ? ['Battles', 'Armed clash'] : [VAC, 'Attack'];
  }
  return null;
}

/** The act a token names, when the tagger reads it as a verb or noun of one (not a capitalised name inside a sentence). */
function actOf(t: Token, i: number, tokens: readonly Token[], sentence: readonly string[] = [], weak = false): Act | null {
  const misread = misreadVerb(t, i, tokens);
  if (misread) t = { ...t, pos: 'VERB', lemma: misread };
  const lemma = t.lemma.toLowerCase();
  // "Clashes between … were reported": a sentence's first word is capitalised whatever it is, so the tagger
  // may read a common noun there as a name; its plain form decides.
  const opening = t.pos === 'PROPN' && (i === 0 || tokens[i - 1]!.sentence !== t.sentence);
  const plain = opening ? NOUNS.get(lemma) ?? NOUNS.get(lemma.replace(/e?s$/, '')) ?? NOUNS.get(lemma.replace(/s$/, '')) : undefined;
  let act = plain ?? (t.pos === 'VERB' ? VERBS.get(lemma) ?? objectAct(lemma, i, tokens, sentence) : t.pos === 'NOUN' ? NOUNS.get(lemma) : null);
  if (!act && weak) {
    const l = singular(lemma);
    act = (t.pos === 'VERB' ? WEAK_VERBS.get(l) : t.pos === 'NOUN' ? WEAK_NOUNS.get(l) : undefined) ?? null;
    if (act && NEEDS_FORCES.has(l) && !sentence.some(isForce)) act = null;
  }
  if (!act) return null;
  if (t.negated) return null;
  const before = tokens.slice(Math.max(0, i - 4), i);
  if (before.some((b) => (b.pos === 'AUX' && MODAL.has(b.lemma)) || INTENT.has(b.lemma) || b.lemma === 'not')) return null;
  // "to fight those behind such acts", "encouraged people to gather": a purpose or a plan, not an act.
  if (t.pos === 'VERB' && tokens[i - 1]?.lemma === 'to') return null;
  // "keeping his word by withdrawing the army": a verb after a preposition names a means or a topic.
  if (t.pos === 'VERB' && tokens[i - 1]?.pos === 'ADP') return null;
  // "her destroyed home": a participle between a determiner and its noun describes the noun.
  if (t.pos === 'VERB' && DETERMINERS.has(tokens[i - 1]?.lemma.toLowerCase() ?? '')) return null;
  return act;
}

/** The first act the clause [start, end) of the analysed text names, as a trigger (index in the clause). */
export function lexicalTrigger(a: Analysis | undefined, start: number, end: number): Trigger | null {
  if (!a) return null;
  const tokens = tokensIn(a, start, end);
  if (!tokens.length) return null;
  const sentence = sentenceOf(a, tokens[0]!).map((x) => x.lemma);
  for (const weak of [false, true]) {
    for (const [i, t] of tokens.entries()) {
      let act = actOf(t, i, tokens, sentence, weak);
      // "Clashes between party activists and police": a clash with no armed side named is a riot, as ACLED codes it.
      if (act?.[0] === 'Battles' && CLASHES.has(singular(t.lemma)) && !namesArmedSide(sentence)) act = ['Riots', 'Mob violence'];
      // "blocked the road with burning tyres": a protest that burns is a violent demonstration.
      if (act?.[0] === 'Protests' && sentence.some((x) => x === 'burn' || x === 'burning') && sentence.some((x) => /^(?:tyre|tire)s?$/.test(x))) act = ['Riots', 'Violent demonstration'];
      if (act) return { event_type: act[0], sub_event_type: act[1], word: t.text, index: t.start - start, claim: false };
    }
  }
  return null;
}
