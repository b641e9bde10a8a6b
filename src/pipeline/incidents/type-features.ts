// Features for the learned choice of an incident's ACLED type: who acted, who it was done to and what kind of
// act the sentence tells, as kinds of words (by lemma) rather than the words themselves, beside the type the
// worded triggers gave. ACLED's codebook decides by these: armed side against armed side is a battle, armed
// side against unarmed people violence against civilians, a crowd that loots or fights a riot, a weapon fired
// from afar an explosion or remote violence.
import type { EventFeature, EventType } from '../../shared/schema.ts';
import { sentenceTokens, type Analysis } from '../nlp/analyse.ts';
import { KINDS, singular } from '../nlp/word-kinds.ts';

export const EVENT_TYPES: EventType[] = ['Battles', 'Violence against civilians', 'Protests', 'Riots', 'Explosions/Remote violence', 'Strategic developments'];

const KIND_NAMES = Object.keys(KINDS);
const KIND_OF = new Map<string, string[]>();
for (const [k, lemmas] of Object.entries(KINDS)) for (const l of lemmas) KIND_OF.set(l, [...(KIND_OF.get(l) ?? []), k]);

export const TYPE_FEATURE_NAMES = ['bias', ...EVENT_TYPES.map((t) => `rule:${t}`), ...KIND_NAMES.map((k) => `kind:${k}`), 'toll', 'victims', 'actors'] as const;

/** The type features of a candidate, read from the sentence that states it. */
export function typeFeatures(e: EventFeature, analysis: Analysis): number[] {
  const p = e.properties;
  const kinds = new Set<string>();
  for (const t of sentenceTokens(analysis, p.sources[0]?.start ?? 0)) for (const k of KIND_OF.get(singular(t.lemma)) ?? []) kinds.add(k);
  return [1, ...EVENT_TYPES.map((t) => +(p.event_type === t)), ...KIND_NAMES.map((k) => +kinds.has(k)), +!!p.fatalities, +((p.victims?.length ?? 0) > 0), +(p.actors.length > 0)];
}

/** The sub-event type that goes with a type the model chose over the trigger's. */
export function subTypeFor(type: EventType, e: EventFeature, analysis: Analysis): string {
  const p = e.properties;
  if (type === p.event_type && p.sub_event_type) return p.sub_event_type;
  const lemmas = new Set(sentenceTokens(analysis, p.sources[0]?.start ?? 0).map((t) => singular(t.lemma)));
  const has = (...l: string[]) => l.some((x) => lemmas.has(x));
  switch (type) {
    case 'Battles': return 'Armed clash';
    case 'Violence against civilians': return has('abduct', 'kidnap', 'hostage') ? 'Abduction/forced disappearance' : 'Attack';
    case 'Protests': return p.fatalities ? 'Excessive force against protesters' : has('disperse', 'tear', 'arrest', 'detain') ? 'Protest with intervention' : 'Peaceful protest';
    case 'Riots': return has('protest', 'protester', 'demonstrator', 'demonstration', 'demand') ? 'Violent demonstration' : 'Mob violence';
    case 'Explosions/Remote violence': return has('airstrike', 'drone', 'warplane', 'jet', 'aircraft') ? 'Air/drone strike' : has('ied', 'mine', 'landmine', 'explosive', 'detonate') ? 'Remote explosive/landmine/IED' : has('grenade') ? 'Grenade' : 'Shelling/artillery/missile attack';
    default: return has('arrest', 'detain', 'apprehend') ? 'Arrests' : has('loot', 'destroy', 'demolish', 'burn', 'torch') ? 'Looting/property destruction' : has('surrender', 'agreement', 'ceasefire', 'truce') ? 'Agreement' : has('join', 'defect', 'recruit') ? 'Change to group/activity' : 'Other';
  }
}
