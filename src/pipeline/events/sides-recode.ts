// ACLED's type follows who acted on whom, read from the linguistic layer around the trigger:
// - an attack on the state's forces by anyone else is a battle ("militants killed 15 soldiers", "a soldier
//   was killed by a sniper"): forces are armed, so it is a fight between armed sides;
// - an attack whose doers are a crowd or ordinary people ("supporters assaulted a candidate", "a thief was
//   beaten up by locals") is mob violence, a riot;
// - a protest whose people clash, vandalise, burn or throw stones is a violent demonstration, a riot.
import type { Analysis, Token } from '../nlp/analyse.ts';
import { KINDS, singular } from '../nlp/word-kinds.ts';
import { phraseBefore, phraseFrom, sidesAround } from './sides-phrases.ts';
import type { Trigger } from './triggers.ts';

/** The state's forces, and the posts they hold ("rangers", "a policewoman"). */
const STATE = new Set([...KINDS.state!.filter((l) => !['checkpoint', 'base', 'post', 'convoy', 'patrol', 'regime'].includes(l)), 'ranger', 'policewoman', 'constable', 'sentry']);
/** Armed sides that are no state's, and what makes any side armed ("armed men", "a suspected commander"). */
const ARMED = new Set([...KINDS.armed!, 'armed', 'commander']);
/** Doers that are no armed side: crowds and ordinary people. */
const CROWD = new Set(['rioter', 'looter', 'supporter', 'villager', 'local', 'resident', 'mob', 'crowd', 'student', 'worker', 'youth', 'activist', 'neighbour', 'neighbor', 'relative', 'trader', 'vendor', 'passer-by', 'bystander', 'protester', 'demonstrator', 'citizen', 'laborer', 'labourer', 'seller', 'teenager', 'farmer']);
/** Hand-to-hand acts a crowd does; killings by shooting or bombing stay attacks. */
const MOB_ACTS = new Set(['assault', 'beat', 'lynch', 'thrash', 'attack', 'injure', 'hack', 'stab', 'torture', 'kill', 'murder', 'burn', 'storm']);
/** What makes a demonstration violent: its people fight, break or burn. */
/** Stems, matched on the word as written too (the tagger leaves "barricaded" an adjective, "burning" a noun). */
// ACLED's codebook counts road-blocking with barricades as violence, and a brawl or scuffle with the police.
const VIOLENT = ['vandali', 'torch', 'loot', 'pelt', 'molotov', 'ransack', 'smash', 'rioter', 'arson', 'clash', 'brawl', 'scuffle', 'barricad'];
/** The stems strong enough to make a protest violent from the next sentence ("… vandalized several vehicles"). */
const VIOLENT_NEXT = new Set(['vandali', 'torch', 'loot', 'pelt', 'molotov', 'ransack', 'smash', 'arson', 'brawl', 'scuffle', 'barricad']);
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
    // "police barricades" are the forces'; a clash that killed tells the force used on the crowd.
    if (stem === 'barricad') return !/^(?:police|security|military|army)$/i.test(tokens[k - 1]?.text ?? '');
    if (stem) return stem !== 'clash' || !tokens.some((u) => /^(?:kill|die|dead|death)$/.test(u.lemma));
    if (strongOnly) return false;
    // "violent demonstrations", "violent protests": told as such.
    if (/^violent$/i.test(t.text) && /^(?:protest|demonstration|rally|march)/i.test(tokens[k + 1]?.text ?? '')) return true;
    // "riot" but not "riot police": the crowd rioted.
    if (l === 'riot') return !/^(?:police|gear|squad|unit|force)/i.test(tokens[k + 1]?.text ?? '') && !/^anti/i.test(tokens[k - 1]?.text ?? '');
    // "threw stones", "stones were thrown", "stone-pelting": stones in a hand; "blocked the road with stones" is no violence.
    if (/^(?:stone|rock|brick|bottle|firebomb|petrol)$/.test(lemmaOf(t))) return tokens.slice(Math.max(0, k - 3), k + 4).some((u) => /^(?:throw|hurl|pelt|lob|toss|attack)$/.test(u.lemma));
    if (/^(?:burn|burnt|burning|burned|set|ablaze|fire)$/.test(l) || /^burn/i.test(t.text)) return tokens.slice(k + 1, k + 6).some((u) => BURNT.has(lemmaOf(u)) || BURNT.has(singular(u.lemma)));
    return false;
  });
}

/** "during Thursday's operation", "in the fighting", "in clashes with the army": a fight the killing was part of. */
const DURING_FIGHTING = /(?:^|\s)(?:during|in) (?:the |a |an |[A-Z][a-z]+ ['’]s |\w+ ['’]s )?(?:\w+ (?:days?|hours?|weeks?) of )?(?:(?:military|security|army|joint|ongoing|fierce|heavy) )?(?:operations?|offensive|fighting|clashes|battles?|gunfights?|firefights?|encounters?|shoot-?outs?)\b/;
/** Words that name a fight itself: their type is not a matter of who was hit. */
const CLASH_WORD = /\b(?:clash|fight|fought|battle|firefight|gunfight|shoot-?out|exchange|repel|repuls|thwart|foil|ambush)/i;

const lemmaOf = (t: Token): string => singular(t.lemma).replace(/s$/, '');
const isState = (t: Token): boolean => (t.pos === 'NOUN' || t.pos === 'PROPN') && (STATE.has(singular(t.lemma)) || STATE.has(lemmaOf(t)));
const isArmed = (t: Token): boolean => ARMED.has(singular(t.lemma)) || ARMED.has(lemmaOf(t));
const isCrowd = (t: Token): boolean => (t.pos === 'NOUN' || t.pos === 'PROPN') && (CROWD.has(singular(t.lemma)) || CROWD.has(lemmaOf(t)));

/** Victims that are no armed side, whatever their job: civilians, and forces off duty ("a former soldier"). */
const CIVILIAN = new Set([...KINDS.civilian!, 'teacher', 'student', 'scholar', 'cleric', 'imam', 'priest', 'doctor', 'nurse', 'driver', 'trader', 'shopkeeper', 'businessman', 'worker', 'elder', 'chief', 'leader', 'official', 'candidate', 'voter', 'refugee', 'migrant', 'pilgrim', 'fisherman', 'miner', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'father', 'mother', 'relative', 'pedestrian', 'shepherd']);
const OFF_DUTY = /^(?:former|retired|ex|off-duty|unarmed)$/i;

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
  // "a clash between two farmer groups", "clashes between rival supporters": one phrase names both sides.
  const both = /^between$/i.test(rest[between]!.text) && /^(?:two|rival|both)$/i.test(span[0]?.text ?? '');
  const sides = both ? [phraseFrom(span, 0), phraseFrom(span, 0)]
    : /^between$/i.test(rest[between]!.text) && and > 0
      ? [phraseFrom(span, 0), phraseFrom(span, and + 1)]
      : [phraseBefore(sentence, k), phraseFrom(span, 0)];
  if (sides.some((side) => side.length === 0 || side.some(isArmed))) return null;
  if (!sides.some((side) => side.some(isCrowd))) return null;
  if (!sides.some((side) => side.some(isState))) return 'Mob violence';
  // Protesters who clash with the forces make a violent demonstration; villagers, labourers or a party's men who
  // clash with them with no arms of their own are a mob (ACLED's Mob violence), unless the clash killed: then it
  // tells what the forces did ("troops clashed with villagers and killed 3 civilians").
  if (sides.some((side) => side.some((t) => PROTESTING.has(lemmaOf(t)) || PROTESTING.has(t.text.toLowerCase().replace(/s$/, ''))))) return 'Violent demonstration';
  return sentence.some((t) => /^(?:kill|die|dead|death)$/.test(t.lemma)) ? null : 'Mob violence';
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
  // "burnt to death by a mob", "stabbed to death": the verb before "to death" tells who did it and how.
  if (/^(?:death|dead)$/i.test(a.tokens[at]!.text) && /^to$/i.test(a.tokens[at - 1]?.text ?? '') && /^(?:VERB|ADJ)$/.test(a.tokens[at - 2]?.pos ?? '')) at -= 2;
  const s = a.sentences[a.tokens[at]!.sentence]!;
  const sentence = a.tokens.slice(s.first, s.last + 1);
  const i = at - s.first;
  // "was burnt to death by a mob": the tagger's adjective "burnt" is the verb's participle.
  const lemma = singular(a.tokens[at]!.lemma).replace(/^burnt$/, 'burn');
  const { doers, patients } = sidesAround(sentence, i);
  const pos = a.tokens[at]!.pos;
  const armedSide = (side: Token[]): boolean => side.some((t) => isState(t) || isArmed(t)) && !side.some((t) => OFF_DUTY.test(t.text));
  // The head of the phrase names its people whatever the tagger calls it ("1 civilian", read as an adjective).
  const civilians = (side: Token[]): boolean => side.some((t, k) => ((t.pos === 'NOUN' || k === side.length - 1) && CIVILIAN.has(lemmaOf(t))) || OFF_DUTY.test(t.text)) && !side.some((t) => isArmed(t));
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
    // So are the people the forces kill in their operations ("killed 23 suspected members of the PKK in two days of
    // operations"), unless they are civilians or a crowd.
    if ((doers.length === 0 || (armedSide(doers) && !doers.some(isCrowd))) && patients.length > 0 && !civilians(patients) && !patients.some((t) => t.pos === 'NOUN' && isCrowd(t)) && DURING_FIGHTING.test(sentence.slice(i + 1, i + 16).map((t) => t.text).join(' ')))
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
