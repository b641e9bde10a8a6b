// Document-level evidence for what a name is. A name the text uses for a person ("Andrew Trapani", "Gino D.
// Bassett", "Bassett, 56,", "Nelson, who …", "Mayor Nelson") or for an organisation that speaks ("Toyota said")
// keeps that reading wherever else the document uses it, unless the context there says place ("in Nelson").
// A name used for an armed group or its members ("Hamas fighters", "the Fano militia") is a group's name:
// resolution keeps it as a place only inside the document's own country. A place's population never overrides
// this evidence; only an area's name (a country, a state, a region) or a capital is exempt, since those are
// used for people and governments by metonymy ("Jordan", "Damascus said").
import type { Gazetteer } from '../gazetteer/load.ts';
import { GROUP_NOUNS, KIN_NOUNS, ORG_WORDS, PLACE_HEADS, SPEECH_VERBS, TITLES } from './lexicon.ts';
import type { Token } from './tokens.ts';

export interface Readings {
  /** Names the document uses for a person or a speaking organisation. */
  persons: Set<string>;
  /** Names the document uses for an armed group, a party or their members. */
  groups: Set<string>;
}

const bare = (s: string) => s.replace(/\.$/, '');
const isTitle = (t: Token | undefined) => !!t && TITLES.has(bare(t.text));
const AREA_KINDS = new Set(['country', 'continent', 'region', 'sea']);

/** A name whose main readings include an area or a capital: people and governments are named by it. */
export function isAreaName(name: string, g: Gazetteer): boolean {
  return g.lookupName(name).some((c) => c.primary && (AREA_KINDS.has(c.entry.kind) || c.entry.fcode === 'PPLC'));
}

const KIN_BEFORE = /(\p{Ll}+),?\s+$/u;

/** The name starting at `start` follows a word for kin: "his brother Tyler", "husband, Jerome". */
export function afterKin(text: string, start: number): boolean {
  const kin = KIN_BEFORE.exec(text.slice(Math.max(0, start - 16), start))?.[1];
  return !!kin && KIN_NOUNS.has(kin);
}
const LOCATED = /\b(?:in|at|from|near|outside|across|inside)\s+(?:the\s+)?$/i;

/** "Gino D. Bassett": a one-letter initial inside a run of names. */
const isInitial = (t: Token) => /^\p{Lu}\.$/u.test(t.text);

/** The words after a run: ", 56," (an age), ", who", or a verb of saying. */
function personAfter(text: string, end: number): boolean {
  return /^,\s+(?:\d{1,3},|who\b)/.test(text.slice(end, end + 8));
}

export function documentReadings(text: string, tokens: Token[], runs: Array<[number, number]>, g: Gazetteer): Readings {
  const persons = new Set<string>();
  const groups = new Set<string>();
  for (const [a0, b0] of runs) {
    // "WASHINGTON Christopher Steele, who …": a dateline's or a headline's capitals are no part of the name after them.
    let a = a0;
    while (a < b0 - 1 && tokens[a]!.allCaps && !tokens[a + 1]!.allCaps) a++;
    // "King Abdullah II of Jordan": the person's name ends before "of" ("Mike de Kock" goes on).
    let b = b0;
    for (let k = a + 1; k < b0; k++) if (tokens[k]!.text === 'of') { b = k; break; }
    const first = tokens[a]!;
    const last = tokens[b - 1]!;
    const name = last.text;
    if (ORG_WORDS.has(name) || PLACE_HEADS.has(name) || isInitial(last)) continue;
    const after = tokens[b0];
    const nextAdj = after && after.gap !== 'x' ? after : undefined;
    // "Hamas fighters", "the Fano militia": a name before a noun for a group's members.
    if (b0 - a === 1 && nextAdj && GROUP_NOUNS.has(nextAdj.text)) groups.add(name);
    let person = personAfter(text, last.end) && !first.allCaps;
    // "Nelson says": a speaker; at a sentence start only when the word is no common one ("Officials said").
    // Not after a locative word: "a representative in Silopi told me" is someone in Silopi; nor after "of" ("the
    // mayor of Raleigh said").
    const located = LOCATED.test(text.slice(Math.max(0, first.start - 12), first.start)) || /\bof\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, first.start - 8), first.start));
    if (b - a === 1 && nextAdj && SPEECH_VERBS.has(nextAdj.text) && !located && (!first.weakCap || !g.isCommonWord(name.toLowerCase()))) person = true;
    // "his brother Tyler", "girlfriend Olivia", "husband Kanye West": a name after a word for kin is a person's.
    if (b0 - a <= 3 && afterKin(text, first.start)) person = true;
    if (b - a >= 2) {
      const prev = tokens[a - 1];
      const titled = isTitle(first) || (first.gap !== 'x' && isTitle(prev));
      const named = g.isFirstName(first.text) && !first.allCaps;
      const initial = tokens.slice(a + 1, b - 1).some(isInitial);
      if ((titled || named || initial) && !g.lookupName(text.slice(first.start, last.end)).length) person = true;
    }
    if (person && !isAreaName(name, g)) persons.add(name);
  }
  return { persons, groups };
}
