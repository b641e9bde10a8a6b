// Event triggers: the words that say something happened, mapped to ACLED event types and sub-types.
// Rules are tried in order; the first that matches a clause types it (shelling beats killing, a killing
// at a protest is "Excessive force against protesters", as ACLED codes it).
import type { EventType } from '../../shared/schema.ts';

export interface Trigger {
  event_type: EventType;
  sub_event_type: string;
  /** The trigger word as found, and its offset in the clause. */
  word: string;
  index: number;
  /** Said to have been ordered, claimed or alleged, not observed. */
  claim: boolean;
  /** Borrowed from the clause before, whose verb this clause leaves out. */
  elided?: boolean;
}

interface Rule {
  event_type: EventType;
  sub_event_type: string;
  trigger: RegExp;
  /** Extra words that must also be in the clause. */
  requires?: RegExp;
  /** Words that must not be in the sentence. */
  excludes?: RegExp;
}

const KILL = String.raw`kill(?:ed|ing|ings|s)?|shot dead|gunned down|massacr(?:e|es|ed|ing)|slain|slaughter(?:ed|ing)|died|dead|deaths?|death toll|toll(?= [^.;]{0,60}?\d)|executed|genocide|lost their lives`;
const PROTEST_CONTEXT = /\b(?:protest(?:er|or)?s?|demonstrat(?:ors?|ions?|ed|ing|e)|funerals?|mourners|rall(?:y|ies)|marche(?:s|d|rs)|sit-ins?|worshippers)\b/i;

/** An organised armed side: forces, militias, gangs, clans (ACLED codes clan militias as armed groups). */
const ARMED_WORDS = /\b(?:army|troops|soldiers|forces?|military|police(?:men)?|gendarmes?|defectors?|deserters?|gunmen|rebels?|militants?|fighters|insurgents|armed|gangs?|gang members|militias?|militiam[ae]n|security|government|opposition|clans?|tribal|brigades?|battalions?|jihadists?|terrorists?|separatists?|guerrillas?|bandits?)\b/i;
/** Sides with no arms of their own: crowds, communities, supporters. */
/** The armed sides that are no state's: with one of them, a clash is a battle whoever the other side is. */
const NON_STATE_ARMED = /\b(?:defectors?|deserters?|gunmen|rebels?|militants?|fighters|insurgents|armed|gangs?|gang members|militias?|militiam[ae]n|clans?|tribal|brigades?|battalions?|jihadists?|terrorists?|separatists?|guerrillas?|bandits?)\b/i;
const CROWD_SIDE = /\b(?:supporters|students|youths?|villagers|residents|locals|workers|traders|vendors|farmers|herders|communit(?:y|ies)|groups of|two groups|rival groups|fans|mobs?|crowds?|neighbou?rs|families|relatives|inmates|prisoners)\b/i;

const RULES: Rule[] = [
  { event_type: 'Battles', sub_event_type: 'Government regains territory', trigger: /\b(?:(?:took|taken|seized|regained|retook|retaken|wrested) (?:back )?control of|recaptur(?:ed|ing)|retook|regained)\b/i, requires: /\b(?:army|troops|soldiers|government|regime|security forces|loyalist)\b/i },
  { event_type: 'Battles', sub_event_type: 'Non-state actor overtakes territory', trigger: /\b(?:(?:took|taken|seized|captured|overran|overrun) (?:control of)?|overran|captured)\b/i, requires: /\b(?:rebels?|insurgents?|militants?|fighters|defectors|opposition|armed groups?|gunmen)\b/i },
  // Weapons kept from use (ACLED's "Disrupted weapons use"): defused, intercepted, seized, or blown up by their own
  // makers; before the attacks they would otherwise read as.
  { event_type: 'Strategic developments', sub_event_type: 'Disrupted weapons use', trigger: /\b(?:defus(?:ed|ing|al)|dismantl(?:ed|ing) (?:an? |the )?(?:[a-z-]+ ){0,2}(?:bombs?|IEDs?|explosives?|devices?|mines?)|controlled explosion|bomb disposal|(?:did not|didn't|failed to|did not manage to) (?:explode|detonate|go off)|(?:exploded|detonated|went off) prematurely|prematurely (?:exploded|detonated)|(?:exploded|detonated) while (?:they were )?(?:planting|making|assembling|handling|being planted)|(?:they|he|she) (?:were|was) (?:planting|making|assembling) (?:exploded|went off)|(?:were|was) planting exploded|(?:intercept(?:ed|ing|ion)|shot down|shut down|downed) (?:an? |the |two |three |several )?(?:[a-z-]+ ){0,3}?(?:drones?|missiles?|rockets?|UAVs?|projectiles?)|(?:seized|recovered|confiscated|discovered|uncovered|found|unearthed) (?:an? |the )?(?:[a-z-]+ ){0,4}?(?:weapons?|arms|ammunition|explosives?|IEDs?|caches?|rifles?|grenades?|mortar shells?|rocket launchers?)|(?:police|forces|army|troops|soldiers|experts|squads?|sappers) (?:safely |later )?detonated)\b/i },
  // Prisoners freed are a development of their own, not an arrest.
  { event_type: 'Strategic developments', sub_event_type: 'Other', trigger: /\b(?:released|freed|set free|pardoned)\b(?= (?:[\w-]+ ){0,4}?(?:prisoners|detainees|inmates|hostages|captives)\b)/i },
  // Fire from small arms or machine guns between the sides' positions is a fight at close range (ACLED's Armed clash),
  // whatever heavier weapons are fired with them ("fired grenade launchers, heavy machine guns and small arms at the
  // positions of …"); so is an exchange of fire or shelling, or fire "in both directions" of a front line.
  { event_type: 'Battles', sub_event_type: 'Armed clash', trigger: /\b(?:small arms|(?:heavy |light )?machine ?guns?|machineguns?|automatic weapons|assault rifles|exchanges? of (?:fire|shelling|gunfire)|exchanged (?:fire|shelling|gunfire)|in both directions)\b/i, requires: /\b(?:positions?|front ?line|both directions|exchang(?:e|es|ed))\b/i },
  { event_type: 'Explosions/Remote violence', sub_event_type: 'Chemical weapon', trigger: /\b(?:chemical (?:weapons?|attack)|sarin|chlorine gas|nerve agent)\b/i },
  { event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike', trigger: /\b(?:air ?strikes?|air raids?|drone strikes?|airstrikes?|bombed from the air|warplanes?|helicopter gunships?)\b/i },
  // "Israeli strikes killed a woman": strikes that kill, hit or target are a weapon's, never a stoppage of work.
  { event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike', trigger: /\b(?<!(?:hunger|general|labou?r|workers'?|teachers'?|doctors'?|nationwide|national|on|a) )strikes?(?= (?:(?:also|reportedly|have|has|had) )?(?:killed|kill|hit|hits|struck|targeted|target|destroyed|wounded|injured|pounded)\b)/i },
  { event_type: 'Explosions/Remote violence', sub_event_type: 'Suicide bomb', trigger: /\bsuicide (?:bomb(?:er|ing)?s?|attack(?:er)?s?|car bomb)\b/i },
  { event_type: 'Explosions/Remote violence', sub_event_type: 'Remote explosive/landmine/IED', trigger: /\b(?:car bombs?|roadside bombs?|IEDs?|landmines?|bomb blasts?|explosions?|blasts?|bombings?|bombed|exploded|(?:explosive devices?|bombs?)(?= (?:was |were |had been )?(?:planted|placed|hidden|detonated|exploded|went off|hit|struck|killed|wounded|injured|targeted|attached))|(?:planted|detonated|placed) (?:an? |the )?(?:[a-z]+ )?(?:bombs?|explosives?|explosive devices?))\b/i },
  { event_type: 'Explosions/Remote violence', sub_event_type: 'Shelling/artillery/missile attack', trigger: /\b(?:shell(?:ed|ing|s)|bombard(?:ed|ment|ing)|pound(?:ed|ing)|pummell?(?:ed|ing)|tank fire|grenade launchers?)\b/i },
  { event_type: 'Explosions/Remote violence', sub_event_type: 'Grenade', trigger: /\bgrenades?\b(?! launchers?)/i, requires: /\b(?:threw|thrown|throwing|hurled|lobbed|tossed|hurling|lobbing|attacks?|exploded|explosion|hit|struck|killed|wounded|injured)\b/i },
  // Weapons named without an act ("a $350 billion deal for tanks and missiles") are no attack.
  { event_type: 'Explosions/Remote violence', sub_event_type: 'Shelling/artillery/missile attack', trigger: /\b(?:artillery|mortars?|rockets?|missiles?|gunboats?|warships?)\b/i, requires: /\b(?:fir(?:ed|ing|e)|launch(?:ed|ing)|hit|hits|struck|strikes?|landed|rained|slammed|exploded|fell|barrages?|attacks?|salvos?|volleys?|opened up|targeted|aimed)\b/i },
  // Clashes between crowds or communities with no armed side ("supporters of two candidates clashed") are
  // mob violence; a side that is organised and armed (troops, police against a gang, militias, clans) makes a battle.
  { event_type: 'Riots', sub_event_type: 'Mob violence', trigger: /\bclash(?:ed|es)?\b/i, requires: CROWD_SIDE, excludes: new RegExp(`${NON_STATE_ARMED.source}|${PROTEST_CONTEXT.source}`, 'i') },
  { event_type: 'Battles', sub_event_type: 'Armed clash', trigger: /\b(?:clash(?:ed|es)?|fighting|fought|gun ?battles?|gunfights?|shoot-?outs?|firefights?|exchanged fire|exchanges? of fire|battles?|ambush(?:ed)?|(?:repell?(?:ed|ing)?|repulsed?|thwart(?:ed|ing)?|foil(?:ed|ing)?|fought off|beat back|pushed back) (?:an? |the |several |two |three )?(?:[a-z-]+ ){0,3}?(?:attacks?|assaults?|offensives?|advances?|incursions?|infiltration)|shot down(?= (?:an? |the |two |three )?(?:[a-z]+ ){0,2}(?:helicopters?|jets?|planes?|warplanes?|aircraft|drones?)\b)|(?:launched|launches|launching|mounted|began|started) (?:an? |the |their |its )?(?:[a-z-]+ ){0,3}?(?:offensive|counter-?offensive|ground operation|military operation|incursion))\b/i, requires: ARMED_WORDS },
  // Clashes with no armed side named: people against people ("clashes in the city raised fears of a sectarian tone").
  { event_type: 'Riots', sub_event_type: 'Mob violence', trigger: /\bclash(?:ed|es)\b/i, requires: /\b(?:sectarian|communal|residents|villagers|neighbou?rhoods?|supporters|loyalists|Alawites?|Sunnis?|Druze|Christians|Kurds)\b/i },
  { event_type: 'Battles', sub_event_type: 'Armed clash', trigger: /\b(?:gun ?battles?|gunfights?|shoot-?outs?|firefights?|exchanged fire|exchanges? of fire)\b/i },
  { event_type: 'Protests', sub_event_type: 'Excessive force against protesters', trigger: new RegExp(`\\b(?:${KILL}|shot|opened fire|fired (?:live ammunition )?(?:on|at|into))\\b`, 'i'), requires: PROTEST_CONTEXT },
  { event_type: 'Protests', sub_event_type: 'Protest with intervention', trigger: /\b(?:tear ?gas|dispers(?:ed|ing)|broke up|(?:baton|lathi|cane)[- ]?charg(?:ed|es?|ing)|break up|fired (?:live ammunition|shots|in the air)|beat(?:en)? protesters|(?:were|was|been|being) beaten(?! by (?:a |the )?(?:rival|team|margin|score))|water cannon)\b/i, requires: PROTEST_CONTEXT },
  { event_type: 'Violence against civilians', sub_event_type: 'Sexual violence', trigger: /\b(?:rap(?:ed|e|es)|sexual(?:ly)? (?:assault|violence|abuse)d?)\b/i },
  { event_type: 'Violence against civilians', sub_event_type: 'Abduction/forced disappearance', trigger: /\b(?:abduct(?:ed|ion|s)|kidnap(?:ped|ping|s)?|disappeared|taken hostage)\b/i },
  { event_type: 'Violence against civilians', sub_event_type: 'Attack', trigger: new RegExp(`\\b(?:${KILL}|shot(?! down)|shoot(?:ing|ings)?|fire (?:on|at)|opened fire|stormed|storming|assault(?:ed)?|attack(?:ed|s|ing)?|(?:baton|lathi|cane)[- ]?charg(?:ed|es?|ing)|tortur(?:ed|e)|beat(?:en)? (?:up|to death)|(?:was|were|been|being) beaten(?! by (?:a |the )?(?:rival|team|margin|score))|beat(?:ing|ings)? (?:the )?(?:protesters|demonstrators|detainees|prisoners|activists|students|mourners|him|her|them)|beatings|sniper fire|(?<!\\b(?:the|reach|treat|treating|evacuate|evacuated|evacuating|airlift|airlifted|help|helping|carry|carried|carrying|transport|transported|ferried|tend|tending) )(?:wounded|injured)|(?:bodies|corpses)(?= [^.;]{0,40}?\\b(?:found|discovered|dumped|recovered)\\b))\\b`, 'i') },
  { event_type: 'Riots', sub_event_type: 'Violent demonstration', trigger: /\b(?:riot(?:s|ed|ing|ers)?|torched|set (?:fire|ablaze)|stone-throwing|threw stones|burn(?:ed|t|ing) (?:(?:rubber|old) )?(?:cars|tyres|tires|buildings?|barricades|objects)|(?:tyres|tires|branches|barricades) (?:on fire|ablaze))\b/i },
  { event_type: 'Riots', sub_event_type: 'Mob violence', trigger: /\b(?:mob|lynch(?:ed|ing)?|vigilantes?)\b/i },
  { event_type: 'Strategic developments', sub_event_type: 'Arrests', trigger: /\b(?:arrest(?:ed|s|ing)?|detain(?:ed|ing|s)?|detentions?|jail(?:ed|s)?|imprisoned|rounded up|in custody|prisons?)\b/i },
  { event_type: 'Strategic developments', sub_event_type: 'Other', trigger: /\b(?:defected|defecting|raid(?:ed|s|ing)?|besieg(?:ed|ing)|sieges?|cut off|encircled|curfew|(?:tanks?|troops|armou?red vehicles)(?: [a-z]+){0,2}? (?:rolled|deployed|moved|entered|pushed|advanced|poured)|deploy(?:ed|ing|ment)?)\b/i },
  { event_type: 'Protests', sub_event_type: 'Peaceful protest', trigger: /\b(?:protest(?:ed|s|ing|ers|ors)?(?! movement)|demonstrat(?:ed|ions?|ors|ing)(?! movement)|rall(?:y|ies|ied)|marche[sd]|sit-ins?|took to the streets|chanting)\b/i },
];

/** Negation or hypothetical right before a trigger: "refusing to fire", "not to shoot", "would attack". */
const NEGATED = /\b(?:(?:no one|nobody|none)(?: of them)? (?:was|were|had been|has been)|not|never|no|refus(?:e|ed|ing|al)(?: [a-z]+){0,3} to|would|will|could|threaten(?:ed|s)? to|fear(?:s|ed)?|warn(?:ed|s)?(?: of)?|without|desist(?:ed)? from|refrain(?:ed)? from|to launch|(?:preparation|preparing|prepare|ahead|plans?|planning) (?:for|of|to))\s+(?:to\s+)?(?:be\s+)?(?:the\s+|an?\s+)?(?:[a-z]+\s+)?$/i;
const CLAIM = /\b(?:ordered to|orders to|was ordered|were ordered|claim(?:s|ed)?|alleg(?:ed|edly|ations?)|accused|reportedly|unconfirmed)\b/i;

/** "protested against the killing of journalists", "demanding justice for the prior killing": an act named as
 * the cause of a protest or a mourning is not told as happening here. */
const CAUSE_BEFORE = /\b(?:(?:suspected|accused|convicted|charged|wanted|sentenced|guilty|acquitted|arrested|detained|jailed|tried) (?:of|for|with|over)|against|justice (?:for|against)|mourn(?:ed|ing)?|in memory of|anniversary of|commemorat\w+|(?:protest\w*|demonstrat\w*|rall(?:y|ies|ied)|march(?:ed|es)?) (?:of|over|at|about)|who (?:had|has|have) (?:been |previously |earlier |allegedly )*|(?:following|after) (?:his|her|their))\s*(?:the\s+)?(?:(?:prior|previous|earlier|recent|alleged|ongoing|brutal)\s+)?(?:[a-z]+\s+(?:and|or)\s+)?$/i;

/** "killed livestock", "burned crops": the act is on animals or things, not people. */
const NOT_PEOPLE = /^\s+(?:(?:their|the|some|dozens of|hundreds of)\s+)?(?:livestock|cattle|sheep|goats|cows|animals|chickens|poultry|horses|dogs|fish|mullet|birds|dolphins|whales|wildlife|crops|trees|plants)\b/i;

/** "The Rockets swept their series", "Operation Desert Storm": a capitalised word inside a sentence is a name. */
function isName(text: string, index: number, word: string): boolean {
  if (!/^[A-Z][a-z]/.test(word)) return false;
  const before = text.slice(0, index).trimEnd();
  return before !== '' && !/[.!?:;"“”‘’'(\[—–-]$/.test(before);
}

const GLOBAL = new Map<RegExp, RegExp>();

/** "to honor the dead of the pandemic", "mourning the victims of the massacre": what is remembered is no act told. */
const MOURNED_BEFORE = /\b(?:honou?r(?:s|ed|ing)?|mourn(?:s|ed|ing)?|commemorat(?:e|es|ed|ing)|remember(?:s|ed|ing)?|tributes? to|pray(?:s|ed|ing)? for|bur(?:y|ied|ying))\s+(?:the\s+|those\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+(?:the\s+)?(?:[\w-]+\s+){0,2})?$/i;

function firstTrigger(text: string, re: RegExp): { word: string; index: number } | null {
  let g = GLOBAL.get(re);
  if (!g) GLOBAL.set(re, (g = new RegExp(re.source, 'gi')));
  g.lastIndex = 0;
  for (let m = g.exec(text); m; m = g.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 45), m.index);
    if (NEGATED.test(before) || CAUSE_BEFORE.test(before) || MOURNED_BEFORE.test(before) || NOT_PEOPLE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30)) || isName(text, m.index, m[0])) continue;
    return { word: m[0], index: m.index };
  }
  return null;
}

/** Armed victims or opponents: a fight between armed sides is a battle, not violence against civilians. */
const ARMED = String.raw`(?:defectors?|deserters?|rebels?|insurgents?|militants?|gunmen|armed (?:[a-z]+ )?(?:men|gangs?|groups?)|terrorists?|fighters)`;
const ACT = String.raw`(?:killed|shot|gunned down|executed|dead|ambushed|besieged|clash(?:ed|es)? with|fighting|fought|battles? with|attacked|(?:opened fire|fired) on (?:the )?(?:security|army|troops|soldiers|police|checkpoints?))`;
const ARMED_SIDE = new RegExp(`\\b${ARMED}\\b[^.;]{0,40}?\\b${ACT}\\b|\\b${ACT}\\b[^.;]{0,40}?\\b${ARMED}\\b`, 'i');
const DEATHS = new RegExp(`\\b(?:${KILL})\\b`, 'i');

/** ACLED's coding choices that depend on who was on each side. */
/** "40 killed, including three soldiers fighting armed rebels": a part named after "including" says nothing of the whole. */
const withoutParts = (clause: string): string => clause.replace(/\bincluding\b[^.;]*/i, (m) => ' '.repeat(m.length));

function recode(rule: Rule, clause: string): Pick<Trigger, 'event_type' | 'sub_event_type'> {
  if (rule.event_type === 'Violence against civilians' && rule.sub_event_type === 'Attack' && ARMED_SIDE.test(withoutParts(clause))) {
    return { event_type: 'Battles', sub_event_type: 'Armed clash' };
  }
  if (rule.event_type === 'Battles' && rule.sub_event_type === 'Armed clash' && PROTEST_CONTEXT.test(clause) && !ARMED_SIDE.test(clause)) {
    // Protesters who clash fight back: a violent demonstration, unless the clash killed (then the force is told).
    if (DEATHS.test(clause)) return { event_type: 'Protests', sub_event_type: 'Excessive force against protesters' };
    return /\bclash(?:ed|es)?\b|\bfought\b|\bbattles?\b/i.test(clause)
      ? { event_type: 'Riots', sub_event_type: 'Violent demonstration' }
      : { event_type: 'Protests', sub_event_type: 'Protest with intervention' };
  }
  return { event_type: rule.event_type, sub_event_type: rule.sub_event_type };
}

/**
 * The trigger of a clause, or null when nothing in it says an event happened. The context a rule requires
 * (protesters, armed men) may stand anywhere in the sentence: "fired on a funeral in Dara, where 25 were killed".
 */
export function findTrigger(clause: string, sentence: string = clause): Trigger | null {
  // The act of the whole before any act of a part ("40 killed, including three soldiers fighting rebels").
  const whole = withoutParts(clause);
  for (const text of whole === clause ? [clause] : [whole, clause]) {
    for (const rule of RULES) {
      const hit = firstTrigger(text, rule.trigger);
      if (!hit || (rule.requires && !rule.requires.test(sentence)) || rule.excludes?.test(sentence)) continue;
      return { ...recode(rule, sentence), word: hit.word, index: hit.index, claim: CLAIM.test(clause) };
    }
  }
  return null;
}

/** True when the clause reports deaths (so a number in it can be a toll). */
export const DEATH_WORDS = new RegExp(`\\b(?:${KILL})\\b`, 'i');
