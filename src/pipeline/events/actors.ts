// Actors and victims named in a clause: "Syrian security forces", "the army", "protesters", "armed gangs".

const ACTOR_NOUNS = [
  'security forces', 'security services', 'government forces', 'regime forces', 'loyalist forces', 'armed forces',
  'army', 'troops', 'soldiers', 'tanks', 'snipers', 'police', 'riot police', 'secret police', 'militia',
  'militias', 'shabiha', 'thugs', 'gunmen', 'armed gangs', 'armed groups', 'rebels', 'insurgents', 'militants',
  'fighters', 'defectors', 'deserters', 'protesters', 'protestors', 'demonstrators', 'mourners', 'worshippers',
  'civilians', 'residents', 'activists', 'villagers', 'women', 'children', 'students', 'officers', 'border guards',
  'jihadists', 'opposition', 'air force', 'navy', 'intelligence agents',
];
const NOUN_RE = ACTOR_NOUNS.slice().sort((a, b) => b.length - a.length).map((n) => n.replace(/ /g, '\\s+')).join('|');
/** Capitalised modifiers ("Syrian", "Free Syrian", "Kurdish") and a few lower-case ones ("pro-Assad"). */
const ACTOR_RE = new RegExp(
  `\\b((?:(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?|pro-[A-Za-z]+|anti-[A-Za-z]+|armed|unarmed|government|opposition)\\s+){0,2})(${NOUN_RE})\\b`,
  'g',
);
const NOT_MODIFIERS = new Set(['The', 'A', 'An', 'Some', 'Many', 'Several', 'Other', 'Hundreds', 'Dozens', 'Thousands', 'Scores', 'Later', 'When', 'As', 'But', 'And', 'In', 'On', 'At']);

/** Actors in order of first mention, without duplicates, e.g. ["Syrian security forces", "protesters"]. */
export function findActors(clause: string): string[] {
  const out: string[] = [];
  for (let m = ACTOR_RE.exec(clause); m; m = ACTOR_RE.exec(clause)) {
    const mods = (m[1] ?? '').trim().split(/\s+/).filter((w) => w && !NOT_MODIFIERS.has(w));
    const noun = (m[2] as string).replace(/\s+/g, ' ').toLowerCase().replace('protestors', 'protesters');
    const name = [...mods, noun].join(' ');
    if (!out.some((a) => a === name || a.endsWith(` ${noun}`) || name.endsWith(` ${a}`))) out.push(name);
  }
  ACTOR_RE.lastIndex = 0;
  return out;
}
