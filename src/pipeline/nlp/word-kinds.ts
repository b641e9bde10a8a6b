// Kinds of words, by lemma: the sides of an act (armed men, state forces, crowds, civilians) and the kinds of
// acts. Read by the events stage (is a clash between armed sides?) and by the incident type model.
/** Kinds of words, by lemma. */
export const KINDS: Record<string, readonly string[]> = {
  armed: ['militant', 'rebel', 'insurgent', 'gunman', 'fighter', 'jihadist', 'militia', 'militiaman', 'terrorist', 'separatist', 'guerrilla', 'bandit', 'attacker', 'assailant', 'extremist', 'faction', 'cartel', 'gang'],
  state: ['army', 'soldier', 'troop', 'military', 'police', 'policeman', 'officer', 'force', 'security', 'commando', 'marine', 'gendarme', 'guard', 'personnel', 'regime', 'checkpoint', 'base', 'post', 'convoy', 'patrol'],
  crowd: ['protester', 'demonstrator', 'rioter', 'mob', 'crowd', 'supporter', 'student', 'worker', 'youth', 'activist', 'member', 'union', 'teacher', 'trader'],
  civilian: ['civilian', 'villager', 'woman', 'child', 'resident', 'farmer', 'worshipper', 'passenger', 'family', 'journalist', 'man', 'people', 'person', 'boy', 'girl', 'teenager', 'herder', 'displaced'],
  kill: ['kill', 'murder', 'execute', 'behead', 'massacre', 'slaughter', 'die', 'dead', 'death', 'body', 'shoot', 'stab', 'hack'],
  clash: ['clash', 'fight', 'battle', 'exchange', 'engage', 'skirmish', 'ambush', 'firefight', 'offensive', 'repel', 'repulse', 'counterattack'],
  remote: ['bomb', 'ied', 'mine', 'landmine', 'explosive', 'detonate', 'blast', 'explosion', 'explode', 'grenade', 'shell', 'mortar', 'artillery', 'rocket', 'missile', 'drone', 'airstrike', 'strike', 'shelling', 'bombard'],
  protest: ['protest', 'demonstrate', 'demonstration', 'rally', 'march', 'gather', 'chant', 'demand', 'block', 'sit-in', 'petition', 'slogan', 'banner'],
  riot: ['riot', 'loot', 'torch', 'burn', 'stone', 'pelt', 'vandalise', 'vandalize', 'lynch', 'tyre', 'tire', 'brick', 'fire'],
  arrest: ['arrest', 'detain', 'apprehend', 'custody', 'detention'],
  abduct: ['abduct', 'kidnap', 'hostage', 'abduction', 'kidnapping'],
  development: ['surrender', 'join', 'seize', 'defect', 'release', 'recruit', 'agreement', 'ceasefire', 'truce', 'deploy', 'withdraw', 'capture', 'takeover', 'control', 'destroy', 'demolish'],
};

/** The lemma, lower case, with the irregular '-men' plurals a capital leaves unlemmatised ("Gunmen" → gunman). */
export const singular = (lemma: string): string => lemma.toLowerCase().replace(/men$/, 'man').replace(/^children$/, 'child');

const ARMED = new Set(KINDS.armed);
/** An armed non-state side among the tokens ("militants", "rebels", "gunmen"). */
export const namesArmedSide = (lemmas: Iterable<string>): boolean => [...lemmas].some((l) => ARMED.has(singular(l)));
