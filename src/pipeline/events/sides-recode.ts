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
const CROWD = new Set(['rioter', 'looter', 'supporter', 'villager', 'local', 'resident', 'mob', 'crowd', 'student', 'worker', 'youth', 'activist', 'neighbour', 'neighbor', 'relative', 'trader', 'vendor', 'passer-by', 'bystander', 'protester', 'demonstrator']);
/** Hand-to-hand acts a crowd does; killings by shooting or bombing stay attacks. */
const MOB_ACTS = new Set(['assault', 'beat', 'lynch', 'thrash', 'attack', 'injure', 'hack', 'stab', 'torture', 'kill', 'murder', 'burn', 'storm']);
/** What makes a demonstration violent: its people fight, break or burn. */
/** Stems, matched on the word as written too (the tagger leaves "barricaded" an adjective, "burning" a noun). */
const VIOLENT = ['vandali', 'torch', 'loot', 'pelt', 'molotov', 'ransack', 'smash', 'rioter', 'arson', 'clash'];
/** The stems strong enough to make a protest violent from the next sentence ("… vandalized several vehicles"). */
const VIOLENT_NEXT = new Set(['vandali', 'torch', 'loot', 'pelt', 'molotov', 'ransack', 'smash', 'arson']);
const stemOf = (t: Token, stems: Iterable<string>): string | undefined => {
  const w = t.text.toLowerCase(), l = t.lemma.toLowerCase();
  for (const s of stems) if (w.startsWith(s) || l.startsWith(s)) return s;
  return undefined;
};
/** Things, not people: what an attack with no one hurt destroys. */
const PROPERTY = new Set(['building', 'office', 'house', 'home', 'shop', 'store', 'vehicle', 'car', 'truck', 'bus', 'tractor', 'machinery', 'mast', 'tower', 'pipeline', 'field', 'plant', 'factory', 'school', 'church', 'mosque', 'temple', 'property', 'warehouse', 'bank', 'atm', 'facility', 'equipment', 'excavator', 'crop']);
/** What a crowd burns that makes its protest violent (not a flag or an effigy). */
const BURNT = new Set(['tire', 'tyre', 'barricade', 'vehicle', 'car', 'bus', 'truck', 'motorcycle', 'object', 'material', 'building', 'house', 'office', 'station', 'shop', 'property', 'wood']);

/** Whether these tokens tell a violent crowd: vandalism, looting, stones thrown, things burnt, a riot, a clash. */
function violentCrowd(tokens: readonly Token[], strongOnly = false): boolean {
  return tokens.some((t, k) => {
    const l = singular(t.lemma);
    const stem = stemOf(t, strongOnly ? VIOLENT_NEXT : VIOLENT);
    if (stem) return stem !== 'clash' || !tokens.some((u) => /^(?:kill|die|dead|death)$/.test(u.lemma));
    if (strongOnly) return false;
    // "violent demonstrations", "violent protests": told as such.
    if (/^violent$/i.test(t.text) && /^(?:protest|demonstration|rally|march)/i.test(tokens[k + 1]?.text ?? '')) return true;
    // "riot" but not "riot police": the crowd rioted.
    if (l === 'riot') return !/^(?:police|gear|squad|unit|force)/i.test(tokens[k + 1]?.text ?? '') && !/^anti/i.test(tokens[k - 1]?.text ?? '');
    // "threw stones", "stones were thrown", "stone-pelting": stones in a hand; "blocked the road with stones" is no violence.
    if (/^(?:stone|rock|brick)$/.test(lemmaOf(t))) return tokens.slice(Math.max(0, k - 3), k + 4).some((u) => /^(?:throw|hurl|pelt|lob|toss|attack)$/.test(u.lemma));
    if (/^(?:burn|burnt|burning|burned|set|ablaze|fire)$/.test(l) || /^burn/i.test(t.text)) return tokens.slice(k + 1, k + 6).some((u) => BURNT.has(lemmaOf(u)) || BURNT.has(singular(u.lemma)));
    return false;
  });
}

/** "during Thursday's operation", "in the fighting", "in clashes with the army": a fight the killing was part of. */
const DURING_FIGHTING = /^(?:\S+ ){0,3}(?:during|in) (?:the |a |an |[A-Z][a-z]+ ['’]s |\w+ ['’]s )?(?:(?:military|security|army|joint|ongoing|fierce|heavy) )?(?:operations?|offensive|fighting|clashes|battles?|gunfights?|firefights?|encounters?|shoot-?outs?)\b/;
/** Words that name a fight itself: their type is not a matter of who was hit. */
const CLASH_WORD = /\b(?:clash|fight|fought|battle|firefight|gunfight|shoot-?out|exchange|repel|repuls|thwart|foil|ambush)/i;

const lemmaOf = (t: Token): string => singular(t.lemma).replace(/s$/, '');
const isState = (t: Token): boolean => (t.pos === 'NOUN' || t.pos === 'PROPN') && (STATE.has(singular(t.lemma)) || STATE.has(lemmaOf(t)));
const isArmed = (t: Token): boolean => ARMED.has(singular(t.lemma)) || ARMED.has(lemmaOf(t));
const isCrowd = (t: Token): boolean => (t.pos === 'NOUN' || t.pos === 'PROPN') && (CROWD.has(singular(t.lemma)) || CROWD.has(lemmaOf(t)));

/** Victims that are no armed side, whatever their job: civilians, and forces off duty ("a former soldier"). */
const CIVILIAN = new Set([...KINDS.civilian!, 'teacher', 'student', 'scholar', 'cleric', 'imam', 'priest', 'doctor', 'nurse', 'driver', 'trader', 'shopkeeper', 'businessman', 'worker', 'elder', 'chief', 'leader', 'official', 'candidate', 'voter', 'refugee', 'migrant', 'pilgrim', 'fisherman', 'miner', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'father', 'mother', 'relative', 'pedestrian', 'shepherd']);
const OFF_DUTY = /^(?:former|retired|ex|off-duty|unarmed)$/i;

const NP = new Set(['DET', 'NUM', 'ADJ', 'PROPN', 'NOUN', 'PRON']);
/** An acronym is a name whatever the tagger says ("a UP chairman", where "UP" was read as "up"). */
const ACRONYM = /^[A-Z]{2,6}$/;
const CHAIN = /^(?:of|for|from|with)$/i;
/** The noun phrase that ends right before token `i`, with the phrases it heads ("supporters of a candidate for
 * mayor"), stopping at a verb or a comma; an aside between commas right before it is stepped over
 * ("supporters of the candidate, backed by the party, assaulted"). */
function phraseBefore(tokens: readonly Token[], i: number): Token[] {
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
  for (;;) {
    while (j > 0 && (NP.has(tokens[j - 1]!.pos) || ACRONYM.test(tokens[j - 1]!.text) || (tokens[j - 1]!.text === '-' && j > 1))) j--;
    if (j > 1 && CHAIN.test(tokens[j - 1]!.text) && NP.has(tokens[j - 2]!.pos)) j--;
    else break;
  }
  return tokens.slice(j, end);
}
/** The subject before the verb at `i`, stepping over a place it is told in ("officers in Tsuen Wan came"). */
function subjectBefore(tokens: readonly Token[], i: number): Token[] {
  const np = phraseBefore(tokens, i);
  const start = i - np.length;
  return /^(?:in|at|near)$/i.test(tokens[start - 1]?.text ?? '') ? phraseBefore(tokens, start - 1) : np;
}
/** The noun phrase that starts at token `i` ("2 civilians, a father and his son" stops at the comma). */
function phraseFrom(tokens: readonly Token[], i: number): Token[] {
  // "at least 48 people", "more than 20 villagers", "up to 30 soldiers": the quantity's words lead the phrase.
  while (i < tokens.length && /^(?:at|least|more|than|up|to|over|nearly|almost|about|around|some|roughly|as|many)$/i.test(tokens[i]!.text) && tokens.slice(i, i + 4).some((t) => t.pos === 'NUM')) i++;
  let j = i;
  for (;;) {
    while (j < tokens.length && (NP.has(tokens[j]!.pos) || tokens[j]!.text === '-' || tokens[j]!.text === "'")) j++;
    // "a group of rioters", "supporters of the candidate": the phrase goes on through its "of" part.
    if (j > i && /^of$/i.test(tokens[j]?.text ?? '') && NP.has(tokens[j + 1]?.pos ?? '')) j++;
    else break;
  }
  return tokens.slice(i, j);
}

/** The doers and the acted-on of the verb at `at`: subject and object, or swapped in the passive ("was killed by").
 * Of a noun ("attacks on SSPDF forces"), the phrase after "on" or "against" is the acted-on. */
function sidesAround(tokens: readonly Token[], at: number): { doers: Token[]; patients: Token[] } {
  if (tokens[at]!.pos === 'NOUN') {
    const on = tokens[at + 1] && /^(?:on|against)$/i.test(tokens[at + 1]!.text) ? at + 2 : -1;
    const by = tokens.slice(at + 1, at + 3).findIndex((t) => t.lemma === 'by' || t.lemma === 'of' || t.lemma === 'from');
    // "officers came under attack from a group of rioters": what comes under attack is acted on.
    const under = on < 0 && /^under$/i.test(tokens[at - 1]?.text ?? '') && tokens[at - 2]?.pos === 'VERB' ? subjectBefore(tokens, at - 2) : [];
    return { doers: by >= 0 ? phraseFrom(tokens, at + 2 + by) : [], patients: on >= 0 ? phraseFrom(tokens, on) : under };
  }
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
  // "shot and killed 2 civilians": the object follows the last of the coordinated verbs.
  let k = at + 1;
  while (tokens[k]?.pos === 'CCONJ' && tokens[k + 1]?.pos === 'VERB') k += 2;
  if (!passive) return { doers: subject, patients: phraseFrom(tokens, k) };
  const by = tokens.slice(at + 1, at + 6).findIndex((t) => t.lemma === 'by');
  return { doers: by >= 0 ? phraseFrom(tokens, at + 2 + by) : [], patients: subject };
}

/**
 * "clashes between the protesters and Chhatra League men", "clashed with police": the two sides of a clash told
 * in its sentence, when one of them is a crowd. A crowd against the state's forces is a violent demonstration;
 * against another crowd, a party's men or a gang, mob violence; an armed group on either side makes it no riot.
 */
/** The crowds that demonstrate. */
const PROTESTING = new Set(['protester', 'demonstrator', 'rioter', 'student', 'supporter', 'activist']);

function crowdClash(sentence: readonly Token[]): 'Violent demonstration' | 'Mob violence' | null {
  const k = sentence.findIndex((t) => /^clash/i.test(t.text));
  if (k < 0) return null;
  const rest = sentence.slice(k + 1, k + 16);
  const between = rest.findIndex((t) => /^(?:between|with)$/i.test(t.text));
  if (between < 0) return null;
  const span = rest.slice(between + 1);
  const and = span.findIndex((t) => /^and$/i.test(t.text));
  const sides = /^between$/i.test(rest[between]!.text) && and > 0
    ? [phraseFrom(span, 0), phraseFrom(span, and + 1)]
    : [phraseBefore(sentence, k), phraseFrom(span, 0)];
  if (sides.some((side) => side.length === 0 || side.some(isArmed))) return null;
  if (!sides.some((side) => side.some(isCrowd))) return null;
  if (!sides.some((side) => side.some(isState))) return 'Mob violence';
  // Troops against villagers is no demonstration: the crowd must be one that protests.
  return sides.some((side) => side.some((t) => PROTESTING.has(lemmaOf(t)) || PROTESTING.has(t.text.toLowerCase().replace(/s$/, '')))) ? 'Violent demonstration' : null;
}

/** The trigger retyped by its sides, or as it was. */
export function recodeBySides(trigger: Trigger, a: Analysis | undefined, clauseStart: number): Trigger {
  if (!a) return trigger;
  const offset = clauseStart + trigger.index;
  let lo = 0, hi = a.tokens.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (a.tokens[mid]!.end <= offset) lo = mid + 1; else hi = mid; }
  // The trigger's own verb, or its noun: "was beaten" is read at "beaten", "shot and killed" at "shot".
  let at = lo;
  if (at >= a.tokens.length || a.tokens[at]!.start > offset) return trigger;
  const spanEnd = offset + trigger.word.length;
  for (let k = at; k < a.tokens.length && a.tokens[k]!.start < spanEnd; k++) if (a.tokens[k]!.pos === 'VERB') { at = k; break; }
  if (a.tokens[at]!.pos !== 'VERB') for (let k = at; k < a.tokens.length && a.tokens[k]!.start < spanEnd; k++) if (a.tokens[k]!.pos === 'NOUN') { at = k; break; }
  // "gunmen shot/NOUN and killed": a verb the tagger took for a noun shares the sides of the verb it is joined to.
  if (a.tokens[at]!.pos === 'NOUN' && a.tokens[at + 1]?.pos === 'CCONJ' && a.tokens[at + 2]?.pos === 'VERB') at += 2;
  const s = a.sentences[a.tokens[at]!.sentence]!;
  const sentence = a.tokens.slice(s.first, s.last + 1);
  const i = at - s.first;
  // "was burnt to death by a mob": the tagger's adjective "burnt" is the verb's participle.
  const lemma = singular(a.tokens[at]!.lemma).replace(/^burnt$/, 'burn');
  const { doers, patients } = sidesAround(sentence, i);
  const pos = a.tokens[at]!.pos;
  const armedSide = (side: Token[]): boolean => side.some((t) => isState(t) || isArmed(t)) && !side.some((t) => OFF_DUTY.test(t.text));
  const civilians = (side: Token[]): boolean => side.some((t) => (t.pos === 'NOUN' && CIVILIAN.has(lemmaOf(t))) || OFF_DUTY.test(t.text)) && !side.some((t) => isArmed(t));
  const attack = trigger.sub_event_type === 'Attack' || trigger.sub_event_type === 'Armed clash';
  const clash = trigger.event_type !== 'Explosions/Remote violence' && trigger.event_type !== 'Strategic developments' ? crowdClash(sentence) : null;
  if (clash) return { ...trigger, event_type: 'Riots', sub_event_type: clash };
  if ((trigger.event_type === 'Violence against civilians' || trigger.event_type === 'Battles') && attack && (pos === 'VERB' || pos === 'NOUN' || pos === 'ADJ') && !CLASH_WORD.test(trigger.word)) {
    if ((pos === 'VERB' || pos === 'ADJ') && MOB_ACTS.has(lemma) && doers.some(isCrowd) && !armedSide(doers) && !sentence.some((t) => /^(?:gun|rifle|firearm|shoot|shot|bullet)$/.test(t.lemma)))
      // Protesters who storm or beat are a demonstration turned violent; villagers or a party's men, a mob.
      return { ...trigger, event_type: 'Riots', sub_event_type: doers.some((t) => PROTESTING.has(lemmaOf(t)) && lemmaOf(t) !== 'supporter' && lemmaOf(t) !== 'student') ? 'Violent demonstration' : 'Mob violence' };
    // "officers came under attack from a group of rioters": a crowd that attacks the state's forces riots.
    if (doers.some(isCrowd) && !armedSide(doers) && patients.some(isState))
      return { ...trigger, event_type: 'Riots', sub_event_type: doers.some((t) => PROTESTING.has(lemmaOf(t))) ? 'Violent demonstration' : 'Mob violence' };
    // Armed men who kill civilians commit violence against civilians; armed against armed is a battle.
    if (civilians(patients) && !armedSide(patients) && (armedSide(doers) || doers.length === 0)) return { ...trigger, event_type: 'Violence against civilians', sub_event_type: 'Attack' };
    if (armedSide(patients) && (armedSide(doers) || !doers.some(isState) || patients.some(isArmed))) return { ...trigger, event_type: 'Battles', sub_event_type: 'Armed clash' };
    // "18 more Maute Group members were killed during Thursday's operation": people killed by no one named, in a
    // military operation or fighting, and no civilians, fell in a battle.
    if (doers.length === 0 && patients.length > 0 && !civilians(patients) && DURING_FIGHTING.test(sentence.slice(i + 1).map((t) => t.text).join(' ')))
      return { ...trigger, event_type: 'Battles', sub_event_type: 'Armed clash' };
  }
  // Property burnt, smashed or attacked with no one hurt, by armed or unknown men rather than a crowd, is ACLED's
  // property destruction ("trucks were set on fire by a group of armed men", "gunmen attacked and damaged the building").
  const hurt = sentence.some((t) => /^(?:kill|die|dead|death|injure|wound|hurt|casualty|victim)$/.test(singular(t.lemma)));
  const property = (side: Token[]): boolean => side.some((t) => PROPERTY.has(lemmaOf(t))) && !side.some((t) => isCrowd(t) || CIVILIAN.has(lemmaOf(t)) || isState(t));
  const noCrowd = !sentence.some((t) => isCrowd(t) || /^(?:protest|demonstrat|rall|march|riot)/i.test(t.text));
  // Tyres and barricades burnt on a road are a crowd's way of protest, not the destruction of property.
  const roadblock = sentence.some((t) => /^(?:tyres?|tires?|barricades?|roadblocks?)$/i.test(t.text));
  const damaged = !roadblock && sentence.some((t) => /^(?:damag|destroy|burn|torch|set|ablaze|fire|vandali|smash|loot|ransack|molotov|arson)/i.test(t.text));
  if (!hurt && noCrowd && damaged && (trigger.event_type === 'Riots' || (trigger.event_type === 'Violence against civilians' && trigger.sub_event_type === 'Attack')) &&
      (property(patients) || (trigger.event_type === 'Riots' && (armedSide(doers) || doers.length === 0 || doers.some((t) => /^(?:arsonist|unknown|unidentified|individual|perpetrator)$/i.test(lemmaOf(t)))))))
    return { ...trigger, event_type: 'Strategic developments', sub_event_type: 'Looting/property destruction' };
  // The crowd's violence may be told in the next sentence ("JeI members vandalized several vehicles during the
  // demonstration"), when that sentence is still about the protesters or the protest.
  const next = a.sentences[a.tokens[at]!.sentence + 1];
  const following = next ? a.tokens.slice(next.first, next.last + 1) : [];
  const aboutThem = following.length > 0 && (/^(?:they|the|these|those|some|many|demonstrators|protesters)$/i.test(following[0]!.text) || following.some((t) => /^(?:protest|demonstration|demonstrator|protester|rally|march|crowd)$/.test(lemmaOf(t))));
  if (trigger.event_type === 'Protests' && (violentCrowd(sentence) || (aboutThem && violentCrowd(following, true))))
    return { ...trigger, event_type: 'Riots', sub_event_type: 'Violent demonstration' };
  return trigger;
}
