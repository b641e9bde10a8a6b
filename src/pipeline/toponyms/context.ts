// Context cues around a matched name: people ("President Assad", "George Washington"), organisations
// ("Bank of England"), kind hints ("Idlib province", "the town of Kafr Nubl") and locative words ("in X").
import type { Gazetteer } from '../gazetteer/load.ts';
import { ADMIN_WORDS, ORG_WORDS, PLACE_HEADS, PLACE_PREPOSITIONS, SPEECH_VERBS, TITLES, TOWN_WORDS } from './lexicon.ts';
import type { Token } from './tokens.ts';

export interface Context {
  embedded: boolean;
  weak: boolean;
  common: boolean;
  hint: 'admin' | 'town' | null;
  prep: boolean;
}

const bare = (s: string) => s.replace(/\.$/, '');
const isTitle = (t: Token | undefined) => !!t && TITLES.has(bare(t.text));

const MAJOR_KINDS = new Set(['country', 'continent', 'region', 'sea']);

/** A strong place reading that a person's name must not shadow: countries, regions, big cities. */
export function isMajorPlace(name: string, g: Gazetteer): boolean {
  return g.lookupName(name).some((c) => c.primary && (MAJOR_KINDS.has(c.entry.kind) || c.entry.population >= 200_000));
}

/**
 * Words that name people in this document: the last word of runs that begin with a title or a first name
 * ("President Bashar al-Assad" → Assad), so that "Assad" alone later is not read as a place.
 */
export function personNames(text: string, tokens: Token[], runs: Array<[number, number]>, g: Gazetteer): Set<string> {
  const out = new Set<string>();
  for (const [a, b] of runs) {
    if (b - a < 2) continue;
    const first = tokens[a]!;
    const lastTok = tokens[b - 1]!;
    const prev = tokens[a - 1];
    const titled = isTitle(first) || (prev?.gap !== 'x' && isTitle(prev));
    const named = g.isFirstName(first.text) && !first.allCaps;
    if (!titled && !named) continue;
    const whole = text.slice(first.start, lastTok.end);
    if (g.lookupName(whole).length) continue;
    if (ORG_WORDS.has(lastTok.text) || PLACE_HEADS.has(lastTok.text)) continue;
    if (!isMajorPlace(lastTok.text, g)) out.add(lastTok.text);
  }
  return out;
}

/** The first token of a line written in capitals and followed by "(Agency)" or a dash: "AMMAN (Reuters) -". */
export function isDateline(text: string, tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!t.allCaps) return false;
  const lineStart = text.lastIndexOf('\n', t.start - 1) + 1;
  if (text.slice(lineStart, t.start).trim() !== '') return false;
  const rest = text.slice(t.end, t.end + 60);
  return /^[A-Z\s.,'-]*(?:,\s*[A-Z][\w.]+(?:\s[A-Z][\w.]+)?)?\s*(?:\(|—|–|--|-\s|:)/.test(rest);
}

export function contextOf(
  text: string, tokens: Token[], i: number, j: number, a: number, b: number, g: Gazetteer, persons: Set<string>,
): Context | null {
  const first = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[j];
  const single = j - i === 1;
  const prevAdj = prev && first.gap !== 'x' ? prev : undefined;
  const nextAdj = next && next.gap !== 'x' ? next : undefined;

  // People: a title or a first name right before, or this word is a known person's name here.
  if (isTitle(prevAdj) || (prevAdj && i > a && prevAdj.cap && g.isFirstName(prevAdj.text) && !prevAdj.allCaps)) return null;
  if (single && persons.has(first.text)) return null;
  const firstName = single && g.isFirstName(first.text);
  const surface = text.slice(first.start, tokens[j - 1]!.end);
  const major = isMajorPlace(surface, g);
  const strong = major || g.lookupName(surface).some((c) => c.primary && (c.entry.kind === 'admin1' || c.entry.population >= 100_000));
  if (firstName && j < b && nextAdj?.cap && !ORG_WORDS.has(nextAdj.text) && !PLACE_HEADS.has(nextAdj.text)) {
    if (!g.lookupName(surface).some((c) => c.primary && c.entry.kind === 'country') || !g.lookupName(nextAdj.text).length) return null;
  }
  // Capitalised neighbours unknown to the gazetteer: most likely a person's name ("Wang Quanzhang").
  const outsideCaps = [...tokens.slice(a, i), ...tokens.slice(j, b)].filter((t) => t.cap);
  const unknown = outsideCaps.filter((t) => !ORG_WORDS.has(t.text) && !PLACE_HEADS.has(t.text) && !TITLES.has(bare(t.text)) && !g.lookupName(t.text).length);
  if (unknown.length && !strong && !ORG_WORDS.has(tokens[b - 1]!.text)) return null;
  // "Nelson said": a small place name before a verb of saying is a person.
  if (single && !major && nextAdj && SPEECH_VERBS.has(nextAdj.text)) return null;
  // An all-capitals word outside a dateline is an acronym unless it is a major place.
  if (single && first.allCaps && !major && !isDateline(text, tokens, i) && !first.weakCap) return null;

  // Organisations: capitalised words around the name in the same run that make it an organisation's.
  let embedded = false;
  for (let k = a; k < b; k++) {
    if (k >= i && k < j) continue;
    const w = tokens[k]!.text;
    if (ORG_WORDS.has(w)) embedded = true;
  }
  if (!embedded && unknown.length) embedded = true;

  const lower = surface.toLowerCase();
  const common = single && (g.isCommonWord(lower) || firstName);
  // A common word inside a longer capitalised name ("Riverdale Lukoil South", "Detention Centre").
  if (common && outsideCaps.length && !major) return null;
  const weak = (first.weakCap && (common || !first.cap)) || (first.allCaps && !isDateline(text, tokens, i) && lower.length > 3 && common);

  let hint: Context['hint'] = null;
  const after = nextAdj?.text.toLowerCase();
  // "the Damascus district of Kafr Sousa": a district of the city, not the Damascus district.
  const ofAfter = !!nextAdj && /^\s+of\s/i.test(text.slice(nextAdj.end, nextAdj.end + 5));
  if ((after === 'district' || after === 'districts') && ofAfter) hint = 'town';
  else if (after && ADMIN_WORDS.has(after)) hint = 'admin';
  else if (after && TOWN_WORDS.has(after) && after !== 'district') hint = 'town';
  const before2 = text.slice(Math.max(0, first.start - 30), first.start).toLowerCase();
  // "the province of Idlib", "the provinces of Homs and Idlib" (every name of the list).
  const before3 = text.slice(Math.max(0, first.start - 90), first.start).toLowerCase();
  const ofM =
    /\b(city|town|village|suburb|capital|port|province|governorate|state|county|region|district)\s+of\s+(?:the\s+)?$/.exec(before2) ??
    /\b(cities|towns|villages|suburbs|provinces|governorates|states|counties|regions|districts)\s+of\s+(?:the\s+)?(?:[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}\s*,\s*)*(?:[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}\s*,?\s+and\s+)?$/.exec(before3);
  // "the Bab Amr district of Homs": a named district of a city, not a district called Homs.
  const namedPart = ofM && /district/.test(ofM[1]!) && /[A-Z][\w'’-]*\s+district\s+of\s+(?:the\s+)?$/.test(text.slice(Math.max(0, first.start - 40), first.start));
  if (ofM) hint = namedPart || /cit|town|village|suburb|capital|port/.test(ofM[1]!) ? 'town' : 'admin';
  const prevWord = /([a-z]+)\s+(?:the\s+)?$/.exec(before2)?.[1];
  const prep = !!prevWord && PLACE_PREPOSITIONS.has(prevWord);
  return { embedded, weak, common, hint, prep };
}
