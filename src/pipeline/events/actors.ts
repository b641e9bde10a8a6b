// Actors and victims named in a clause: "Syrian security forces", "the army", "protesters", "armed gangs".

const ACTOR_NOUNS = [
  'security forces', 'security services', 'government forces', 'regime forces', 'loyalist forces', 'armed forces',
  'army', 'troops', 'soldiers', 'tanks', 'snipers', 'police', 'policemen', 'riot police', 'secret police', 'militia',
  'militias', 'shabiha', 'thugs', 'gunmen', 'armed gangs', 'armed groups', 'rebels', 'insurgents', 'militants',
  'fighters', 'defectors', 'deserters', 'protesters', 'protestors', 'demonstrators', 'mourners', 'worshippers',
  'civilians', 'residents', 'activists', 'villagers', 'women', 'children', 'students', 'officers', 'border guards',
  'jihadists', 'opposition', 'air force', 'navy', 'intelligence agents', 'forces',
];
const NOUNS = new Set(ACTOR_NOUNS);
/** Each noun also with a capital first letter: "Security forces killed …" opens a sentence. */
const NOUN_RE = ACTOR_NOUNS.slice()
  .sort((a, b) => b.length - a.length)
  .map((n) => `[${n[0]!.toUpperCase()}${n[0]}]${n.slice(1).replace(/ /g, '\\s+')}`)
  .join('|');
/** Capitalised modifiers ("Syrian", "Free Syrian", "Kurdish") and a few lower-case ones ("pro-Assad"). */
const ACTOR_RE = new RegExp(
  `\\b((?:(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?|pro-[A-Za-z]+|anti-[A-Za-z]+|armed|unarmed|government|opposition)\\s+){0,2})(${NOUN_RE})\\b`,
  'g',
);
const NOT_MODIFIERS = new Set(['The', 'A', 'An', 'Some', 'Many', 'Several', 'Other', 'Hundreds', 'Dozens', 'Thousands', 'Scores', 'Later', 'When', 'As', 'But', 'And', 'In', 'On', 'At']);
/** "Twelve protesters", "Fifty-two soldiers": a count, not a name. */
const COUNT_WORD = /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|[A-Z][a-z]+teen|Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety|Hundred)(?:-[A-Za-z]+)?$/;

interface Mention {
  name: string;
  noun: string;
  start: number;
  end: number;
}

/** Every actor noun phrase of a clause, in order. */
function mentions(clause: string): Mention[] {
  const out: Mention[] = [];
  for (const m of clause.matchAll(ACTOR_RE)) {
    const mods = (m[1] ?? '').trim().split(/\s+/).filter((w) => w && !NOT_MODIFIERS.has(w) && !COUNT_WORD.test(w));
    let noun = (m[2] as string).replace(/\s+/g, ' ').toLowerCase().replace('protestors', 'protesters');
    // "Security forces": the capital opens the sentence; the words are one noun, not a name and a noun.
    const last = mods[mods.length - 1]?.toLowerCase();
    if (last && NOUNS.has(`${last} ${noun}`)) {
      mods.pop();
      noun = `${last} ${noun}`;
    }
    out.push({ name: [...mods, noun].join(' '), noun, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Adds a name unless it or a longer form of it is there ("Syrian security forces" covers "security forces"). */
function add(list: string[], m: Mention): void {
  if (!list.some((a) => a === m.name || a.endsWith(` ${m.noun}`) || m.name.endsWith(` ${a}`))) list.push(m.name);
}

/** "activists said", "according to residents": who tells of the act, not who took part in it. */
const TELLS_AFTER = /^(?:\s*,|(?:\s+[\w-]+){0,4}?)\s+(?:said|say|says|told|reported|claimed|added|described|quoted)\b/i;
const TELLS_BEFORE = /\b(?:according to|quoted|told|said)\s+(?:the\s+|local\s+|some\s+)*$/i;
/** A passive act: "were killed", "was shot dead by". */
const PASSIVE_BEFORE = /\b(?:were|was|been|being|are|is|got)\s+(?:[a-z]+ly\s+)?$/i;
/** Acts with two armed sides. */
const MUTUAL = /^(?:clash|fight|battle|gun ?battle|firefight|exchanged fire)/i;
/** Those who act, never those acted on. */
const NEVER_VICTIMS = new Set(['tanks', 'snipers', 'army', 'troops', 'security forces', 'shabiha', 'thugs', 'gunmen', 'militia', 'militias', 'air force', 'navy']);

export interface Sides {
  /** Who did it or took part ("Syrian security forces", "protesters" at a protest). */
  actors: string[];
  /** Who it was done to ("protesters" shot at, "civilians" killed). */
  victims: string[];
}

/**
 * Actors and victims of the act whose trigger stands at `triggerAt`: in "security forces killed 12
 * protesters" the forces act and the protesters are victims; in "12 protesters were killed by security
 * forces" the subject of the passive is the victim and the agent after "by" acts. Sources ("activists
 * said") are neither.
 */
export function findSides(clause: string, triggerAt: number): Sides {
  const actors: string[] = [];
  const victims: string[] = [];
  const passive = PASSIVE_BEFORE.test(clause.slice(Math.max(0, triggerAt - 30), triggerAt));
  const by = clause.slice(triggerAt).search(/\bby\b/i);
  const agentFrom = by < 0 ? Infinity : triggerAt + by;
  // "clashes between armed gangs and defectors": both sides act; only those then killed are victims.
  const mutual = MUTUAL.test(clause.slice(triggerAt, triggerAt + 16));
  const killedFrom = mutual ? triggerAt + Math.max(0, clause.slice(triggerAt).search(/\b(?:killing|leaving|left)\b/i)) : triggerAt;
  for (const m of mentions(clause)) {
    if (TELLS_AFTER.test(clause.slice(m.end, m.end + 50)) || TELLS_BEFORE.test(clause.slice(Math.max(0, m.start - 30), m.start))) continue;
    const before = m.end <= triggerAt;
    // "demonstrators marched": the act named by the people doing it.
    const isTrigger = m.start <= triggerAt && m.end > triggerAt;
    const victim = !isTrigger && !NEVER_VICTIMS.has(m.noun) && (passive ? before : !before && m.start < agentFrom && (!mutual || m.start > killedFrom && killedFrom > triggerAt));
    add(victim ? victims : actors, m);
  }
  return { actors, victims };
}
