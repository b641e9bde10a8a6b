// Context cues around a matched name: people ("President Assad", "George Washington"), organisations
// ("Bank of England"), kind hints ("Idlib province", "the town of Kafr Nubl") and locative words ("in X").
import type { Gazetteer } from '../gazetteer/load.ts';
import { ADMIN_WORDS, ARABIC_ARTICLES, ARABIC_HEAD_WORDS, NEVER_PLACES, ORG_WORDS, PLACE_HEADS, PLACE_PREPOSITIONS, SPEECH_VERBS, TITLES, TOWN_WORDS } from './lexicon.ts';
import { afterKin, isAreaName } from './evidence.ts';
import type { Token } from './tokens.ts';

const AREA_OF = /\b(?:countryside|outskirts|vicinity|environs|suburbs|surroundings)\s+of\s+(?:the\s+)?$/;

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

/**
 * A strong place reading: countries, regions, big cities, and states or provinces unless their name is also a
 * first name or a word of organisations' and places' names ("Mary", "City", "Capital").
 */
export function isMajorPlace(name: string, g: Gazetteer): boolean {
  const state = !g.isFirstName(name) && !ORG_WORDS.has(name) && !NEVER_PLACES.has(name) && !PLACE_HEADS.has(name);
  return g.lookupName(name).some((c) => c.primary && (MAJOR_KINDS.has(c.entry.kind) || c.entry.population >= 200_000 || (state && c.entry.kind === 'admin1')));
}

/** Lower-case words for an institution that a capitalised name before them is the name of ("the X Y hospital"). */
const INSTITUTION_NOUNS = new Set(['hospital', 'clinic', 'university', 'college', 'school', 'academy', 'institute', 'company', 'factory', 'mosque', 'church', 'temple', 'cathedral', 'hotel', 'stadium', 'bank']);

/** Locative words after which a name the document uses for a person is still a place ("a fire in Nelson"). */
const LOCATIVES = new Set(['in', 'near', 'outside', 'around', 'across', 'throughout', 'inside', 'within', 'into', 'towards', 'toward']);

/** The first token of a line written in capitals and followed by "(Agency)" or a dash: "AMMAN (Reuters) -". */
export function isDateline(text: string, tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!t.allCaps) return false;
  const lineStart = text.lastIndexOf('\n', t.start - 1) + 1;
  const rest = text.slice(t.end, t.end + 60);
  const before = text.slice(lineStart, t.start);
  if (before.trim() === '') return /^[A-Z\s.,'-]*(?:,\s*[A-Z][\w.]+(?:\s[A-Z][\w.]+)?)?\s*(?:\(|—|–|--|-\s|:)/.test(rest);
  // "Storm hits coast RALEIGH, N.C. (AP) — …": a headline run into its dateline on one line. The capitals start
  // after a headline's words (no sentence ends there) and end with an agency in brackets or a dash.
  const prev = tokens[i - 1];
  if (!prev || prev.allCaps || prev.end <= lineStart || /[.!?]\s*$/.test(before)) return false;
  return /^[A-Z\s'-]*(?:,\s*[A-Z][\w.]+(?:\s[A-Z][\w.]+)?)?\s*(?:\([A-Za-z. ]{2,24}\)\s*)?(?:—|–|--|-\s)/.test(rest);
}

/**
 * Where the name's own run starts: past a capitalised common word glued on at a sentence start ("A Rolling
 * Meadows resident", "The Venice Commission") and past a person's name with "of" ("James Tauber of Nelson":
 * his home, not an organisation's name).
 */
function narrowRun(tokens: Token[], a: number, i: number, g: Gazetteer): number {
  for (let k = i - 1; k > a; k--) {
    if (tokens[k]!.text !== 'of') continue;
    const head = tokens[a]!;
    const person = (g.isFirstName(head.text) || isTitle(head) || isTitle(tokens[a - 1])) && !tokens.slice(a, k).some((t) => ORG_WORDS.has(t.text));
    if (person) return k + 1;
    break;
  }
  const glued = (t: Token) => t.weakCap && !g.isFirstName(t.text) && (NEVER_PLACES.has(t.text) || g.isCommonWord(t.text.toLowerCase())) && !g.lookupName(t.text).some((c) => c.primary);
  while (a < i && glued(tokens[a]!)) a++;
  return a;
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

  const before2 = text.slice(Math.max(0, first.start - 30), first.start).toLowerCase();
  const prevWord = /([a-z]+)\s+(?:the\s+)?$/.exec(before2)?.[1];
  // "R-Elbow Lake", "D-Texas": a party's initial and a hyphen before a name tag a member's home.
  const partyTag = !!prevAdj && first.gap === '-' && /^[RDI]$/.test(prevAdj.text);
  a = narrowRun(tokens, a, i, g);
  if (partyTag) a = i;
  // People: a title or a first name right before, or this word is a known person's name here (unless the
  // context says place: "a fire in Nelson", "Nelson, B.C.", "Nelson County").
  if (isTitle(prevAdj) || (prevAdj && i > a && prevAdj.cap && g.isFirstName(prevAdj.text) && !prevAdj.allCaps)) return null;
  // "husband Kanye West", "his daughter Georgia": a name run after a word for kin is a person (a country's name too).
  if (afterKin(text, tokens[a]!.start) && b - a <= 3) return null;
  if (single && persons.has(first.text)) {
    const placeSaid = (!!prevWord && LOCATIVES.has(prevWord)) || /^,\s+\p{Lu}/u.test(text.slice(first.end, first.end + 4)) || (!!nextAdj && (ADMIN_WORDS.has(nextAdj.text.toLowerCase()) || PLACE_HEADS.has(nextAdj.text)));
    if (!placeSaid) return null;
  }
  const firstName = single && g.isFirstName(first.text);
  const surface = text.slice(first.start, tokens[j - 1]!.end);
  const major = isMajorPlace(surface, g);
  const strong = major || g.lookupName(surface).some((c) => c.primary && (c.entry.kind === 'admin1' || c.entry.population >= 100_000));
  if (firstName && j < b && nextAdj?.cap && !ORG_WORDS.has(nextAdj.text) && !PLACE_HEADS.has(nextAdj.text)) {
    if (!g.lookupName(surface).some((c) => c.primary && c.entry.kind === 'country') || !g.lookupName(nextAdj.text).length) return null;
  }
  // Capitalised neighbours unknown to the gazetteer: most likely a person's name ("Wang Quanzhang").
  const outsideCaps = [...tokens.slice(a, i), ...tokens.slice(j, b)].filter((t) => t.cap);
  const unknown = outsideCaps.filter((t) => !ORG_WORDS.has(t.text) && !PLACE_HEADS.has(t.text) && !TITLES.has(bare(t.text)) && !NEVER_PLACES.has(bare(t.text)) && !g.lookupName(t.text).length);
  if (unknown.length && !strong && !ORG_WORDS.has(tokens[b - 1]!.text)) return null;
  // "Nelson said", "Toyota said": a town's name before a verb of saying is a person or a firm (an area or a
  // capital speaks for its government: "Damascus said"; the town's size says nothing).
  // "The News & Observer of Raleigh reported", "the mayor of Nelson said": after "of" the name is the speaker's place.
  if (single && nextAdj && SPEECH_VERBS.has(nextAdj.text) && !isAreaName(surface, g) && !(prevWord && (LOCATIVES.has(prevWord) || prevWord === 'of'))) return null;
  // "Abu Salim", "Ras al-Ain", "Abu Tawilah": a name opened by a word that opens Arabic place names is one name;
  // neither its opening word alone nor a later part is a place.
  if (ARABIC_HEAD_WORDS.has(tokens[a]!.text) && b - a > 1 && (i > a || j - i === 1)) return null;
  // "Mayo-Sava", "Dhaka - Mirpur": a part of a hyphenated name the gazetteer lacks is no place by itself, unless
  // it is a country or a big city ("the Syria-Turkey border", "the Kyiv-Odesa road").
  const hyphenPart = (i > a && first.gap === '-' && !ARABIC_ARTICLES.has(tokens[i - 1]!.text) && !partyTag) || (j < b && next!.gap === '-');
  if (hyphenPart && !g.lookupName(surface).some((c) => c.primary && (MAJOR_KINDS.has(c.entry.kind) || c.entry.population >= 200_000))) return null;
  // An all-capitals word outside a dateline is an acronym unless it is a major place or an abbreviation with dots.
  if (single && first.allCaps && !major && !first.text.includes('.') && !isDateline(text, tokens, i) && !first.weakCap) return null;

  // Organisations: capitalised words around the name in the same run that make it an organisation's.
  // "in Hebron City", "in Al Mukalla City": after a locative word, "City" names the town, not a club.
  const located = !!prevWord && PLACE_PREPOSITIONS.has(prevWord) && i === a;
  let embedded = false;
  for (let k = a; k < b; k++) {
    if (k >= i && k < j) continue;
    const w = tokens[k]!.text;
    if (ORG_WORDS.has(w) && !(located && w === 'City' && k === j && j === b - 1)) embedded = true;
  }
  // "PD11 of Herat city", "Bat Galim Square of Haifa", "Dhaka - Dhanmondi", "Zagreb-Tresnjevka-jug": unknown words
  // before "of" or joined by hyphens name a part of the place (a quarter, a square), not an organisation.
  const partOfPlace = (k: number) => (k < i && tokens[i - 1]!.text === 'of' && !tokens.slice(a, i).some((t) => ORG_WORDS.has(t.text))) ||
    tokens.slice(Math.min(k, i) + 1, Math.max(k, j - 1) + 1).every((t) => t.gap === '-');
  if (!embedded && unknown.some((t) => !partOfPlace(tokens.indexOf(t)))) embedded = true;
  // "the San Pedro Claver hospital": a longer capitalised name before a lower-case word for an organisation is
  // that organisation's name (a saint's here), and the place inside it is embedded.
  const tail = tokens[b];
  if (!embedded && j < b && tail && tail.gap === ' ' && INSTITUTION_NOUNS.has(tail.text)) embedded = true;

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
  // "the Mexico border" is a country's border, not a border town.
  else if (after && TOWN_WORDS.has(after) && after !== 'district' && !(after === 'border' && isAreaName(surface, g))) hint = 'town';
  // "the province of Idlib", "the provinces of Homs and Idlib" (every name of the list).
  const before3 = text.slice(Math.max(0, first.start - 90), first.start).toLowerCase();
  const ofM =
    /\b(city|town|village|suburb|capital|port|province|governorate|state|county|region|district)\s+of\s+(?:the\s+)?$/.exec(before2) ??
    /\b(cities|towns|villages|suburbs|provinces|governorates|states|counties|regions|districts)\s+of\s+(?:the\s+)?(?:[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}\s*,\s*)*(?:[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}\s*,?\s+and\s+)?$/.exec(before3);
  // "the Bab Amr district of Homs": a named district of a city, not a district called Homs.
  const namedPart = ofM && /district/.test(ofM[1]!) && /[A-Z][\w'’-]*\s+district\s+of\s+(?:the\s+)?$/.test(text.slice(Math.max(0, first.start - 40), first.start));
  if (ofM) hint = namedPart || /cit|town|village|suburb|capital|port/.test(ofM[1]!) ? 'town' : 'admin';
  // "in the countryside of Al-Hasakeh", "the vicinity of Abu Rasin": the area of a place is a place's cue too.
  const prep = partyTag || (!!prevWord && PLACE_PREPOSITIONS.has(prevWord)) || AREA_OF.test(before2);
  return { embedded, weak, common, hint, prep };
}
