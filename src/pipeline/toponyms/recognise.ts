// Recognition: capitalised runs of words, matched longest-first against the gazetteer's name index.
// Pure: (text, { gazetteer }) → mentions with candidates and cues; resolution picks among candidates.
import type { Candidate, Gazetteer } from '../gazetteer/load.ts';
import { CAPITAL_ABBREVIATIONS } from '../gazetteer/regions.ts';
import { ADMIN_WORDS, ARABIC_ARTICLES, CONNECTORS, HYPHEN_CONNECTORS, MONTHS_DAYS, NATURAL_NOUNS, NEVER_PLACE_PHRASES, ORGANISATIONS, SITE_NOUNS, NEVER_PLACES, ORG_WORDS, STATE_ABBREVIATIONS, TRANSLITERATED } from './lexicon.ts';
import { addRegionAbbreviations, addStateCodes, joinSameNameStates } from './state-codes.ts';
import { withSiblingCountries } from './country-siblings.ts';
import { contextOf, isDateline } from './context.ts';
import { documentReadings } from './evidence.ts';
import { tokenize, type Token } from './tokens.ts';
import type { DemonymMention, Mention, Recognition } from './types.ts';

const MAX_WORDS = 6;

/** Short forms of months and days ("Mar", "Sun", "Mon"): a name's word when a name goes on after them ("Mar del
 * Plata", "Sun City", "Mon State"); the full names ("May", "Monday") are dates wherever they stand. */
const SHORT_DATE_WORDS = new Set(['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thurs', 'Fri', 'Sat', 'Sun']);

/** Whether token k is a date's word (a month or a day), not part of a name. */
export function isDateWord(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  if (!MONTHS_DAYS.has(t.text)) return false;
  if (!SHORT_DATE_WORDS.has(t.text)) return true;
  const next = tokens[k + 1];
  if (!next || next.gap !== ' ') return true;
  const after = CONNECTORS.has(next.text) && tokens[k + 2]?.gap === ' ' ? tokens[k + 2]! : next;
  return !after.cap || MONTHS_DAYS.has(after.text) || /^\p{N}/u.test(after.text);
}

/** Runs of name words: capitalised tokens joined by blanks or hyphens, with connectors inside. */
export function nameRuns(tokens: Token[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const startsArticle = ARABIC_ARTICLES.has(t.text) && tokens[i + 1]?.gap === '-' && tokens[i + 1]!.cap;
    if ((!t.cap || isDateWord(tokens, i)) && !startsArticle) {
      i++;
      continue;
    }
    let j = i + 1;
    let lastCap = i;
    while (j < tokens.length && tokens[j]!.gap !== 'x') {
      const u = tokens[j]!;
      // "Washington, D.C. Fires raged": a state's abbreviation ends the sentence it closes.
      if (u.weakCap && STATE_ABBREVIATIONS[tokens[j - 1]!.text]) break;
      if (u.cap && !isDateWord(tokens, j)) lastCap = j;
      else if (u.cap || j - lastCap > 2) break;
      else if (!CONNECTORS.has(u.text) && !(HYPHEN_CONNECTORS.has(u.text) && u.gap === '-' && tokens[j + 1]?.gap === '-')) break;
      j++;
    }
    runs.push([i, lastCap + 1]);
    i = lastCap + 1;
  }
  return runs;
}

/** "Cox's Bazar", "Martha's Vineyard": a possessive inside a name the gazetteer knows joins two runs. */
function joinPossessives(text: string, tokens: Token[], runs: Array<[number, number]>, g: Gazetteer): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const r of runs) {
    const prev = out.at(-1);
    if (prev && prev[1] === r[0] && /^['’]s $/.test(text.slice(tokens[r[0] - 1]!.end, tokens[r[0]]!.start))) {
      const from = tokens[prev[1] - 1]!.start;
      if (g.lookupName(text.slice(from, tokens[r[0]]!.end)).some((c) => c.primary)) {
        prev[1] = r[1];
        continue;
      }
    }
    out.push([r[0], r[1]]);
  }
  return out;
}

function span(text: string, tokens: Token[], i: number, j: number): string {
  return text.slice(tokens[i]!.start, tokens[j - 1]!.end);
}

function isCapitalForm(surface: string): boolean {
  return CAPITAL_ABBREVIATIONS.has(surface);
}

let currencyWords: Set<string> | null = null;
/** Units of the world's currencies in English (ICU, through Intl): dollar, pound, rupee, dinar, naira… less
 * those that are ordinary English words too ("won", "mark", "real", "gold"). */
function currencyWord(w: string): boolean {
  if (!currencyWords) {
    currencyWords = new Set();
    const names = new Intl.DisplayNames('en', { type: 'currency' });
    const ordinary = new Set(['mark', 'real', 'won', 'sol', 'rights', 'gold', 'leone', 'dong', 'som', 'kip', 'rand', 'lev']);
    for (const code of Intl.supportedValuesOf('currency')) {
      const unit = names.of(code)?.split(' ').pop()?.toLowerCase();
      if (unit && /^\p{Ll}+$/u.test(unit) && !ordinary.has(unit)) currencyWords.add(unit).add(`${unit}s`);
    }
  }
  return currencyWords.has(w.toLowerCase());
}

function namesCurrency(text: string, end: number): boolean {
  if (text[end] === '$') return true;
  const m = /^ (\p{L}+)/u.exec(text.slice(end, end + 14));
  return !!m && currencyWord(m[1]!);
}

/** A pronoun with a contracted verb ("I'll", "We've") is no name. */
const CONTRACTION = /^(?:I|you|we|they|he|she|it|that|there|who|what)['’](?:ll|ve|re|d|m|s)$/i;

/** Gazetteer candidates for a span, or null when the span cannot be a toponym by itself. */
function candidatesFor(surface: string, tokens: Token[], i: number, j: number, g: Gazetteer): Candidate[] | null {
  const first = tokens[i]!;
  const last = tokens[j - 1]!;
  if (!first.cap && !ARABIC_ARTICLES.has(first.text)) return null;
  if (!last.cap) return null;
  if (j - i === 1 && (MONTHS_DAYS.has(surface) || NEVER_PLACES.has(surface))) return null;
  if (NEVER_PLACE_PHRASES.has(surface) || CONTRACTION.test(surface)) return null;
  const abbr = STATE_ABBREVIATIONS[surface];
  if (abbr) {
    const e = g.admin1Entry(abbr);
    return e ? [{ entry: e, primary: true }] : null;
  }
  const letters = surface.replace(/[^\p{L}]/gu, '');
  // Short capitals are acronyms unless they are a known abbreviation of a country.
  if (letters.length <= 3 && letters === letters.toUpperCase()) {
    if (!isCapitalForm(surface)) return null;
  } else if (letters.length < 3) return null;
  // "LoC", "PoK", "DfID": capitals inside a short word make an acronym.
  if (j - i === 1 && letters.length <= 4 && !/^Ma?c/.test(letters) && /\p{Lu}/u.test(letters.slice(1)) && /\p{Ll}/u.test(letters) && !isCapitalForm(surface)) return null;
  const hits = g.lookupName(surface);
  return hits.length ? withSiblingCountries(surface, hits, g) : null;
}

export function recognise(text: string, options: { gazetteer: Gazetteer }): Recognition {
  const g = options.gazetteer;
  const tokens = tokenize(text);
  const runs = joinPossessives(text, tokens, nameRuns(tokens), g);
  const { persons, groups } = documentReadings(text, tokens, runs, g);
  const mentions: Mention[] = [];
  const demonyms: DemonymMention[] = [];
  for (const [a, b] of runs) {
    const before = mentions.length + demonyms.length;
    // "Nahri Saraj district", "the Kush Tut area": a run the gazetteer lacks, with a word it does not know, before
    // a kind of place is that place's one name; a known word inside it ("Saraj", "Tut") is no place by itself.
    if (oneUnknownName(text, tokens, a, b, g)) {
      const unknown = unknownName(text, tokens, a, b, g, persons);
      if (unknown) mentions.push(unknown);
      continue;
    }
    let i = a;
    while (i < b) {
      let matched = false;
      for (let j = Math.min(b, i + MAX_WORDS); j > i; j--) {
        const surface = span(text, tokens, i, j);
        const cc = g.demonym(surface);
        // "Somali region", "Somali state": a province of that name (Ethiopia's), not the nationality.
        if (cc && !provinceByWord(text, tokens[j - 1]!.end, surface, g)) {
          demonyms.push({ start: tokens[i]!.start, end: tokens[j - 1]!.end, country: cc });
          i = j;
          matched = true;
          break;
        }
        const cands = candidatesFor(surface, tokens, i, j, g);
        if (!cands) continue;
        // "US$ 40", "the US dollar", "Hong Kong dollars": a currency's name, not the place.
        if (namesCurrency(text, tokens[j - 1]!.end)) {
          i = j;
          matched = true;
          break;
        }
        // "Zawiya Mountain", "Bekaa Valley": a name that qualifies a natural feature the gazetteer lacks is
        // not the town of that name.
        if (j < b && NATURAL_HEADS.has(tokens[j]!.text)) {
          i = j + 1;
          matched = true;
          break;
        }
        // "the Sari river", "MS-13", "F-16", "(NISA)": a feature's or a gang's name, a model, an acronym.
        if (notAPlaceHere(text, tokens, i, j, b, cands)) {
          i = j;
          matched = true;
          break;
        }
        const ctx = contextOf(text, tokens, i, j, a, b, g, persons);
        if (!ctx && j - i > 1) continue; // a shorter name inside may still be a place
        // "Hamas", "Toyota": an organisation's name unless the text says place ("in Toyota", "Toyota city").
        if (ctx && j - i === 1 && ORGANISATIONS.has(surface) && !ctx.hint && !LOCATIVE_BEFORE.test(text.slice(Math.max(0, tokens[i]!.start - 12), tokens[i]!.start))) {
          i = j;
          matched = true;
          break;
        }
        if (ctx) {
          mentions.push({
            start: tokens[i]!.start, end: tokens[j - 1]!.end, surface, candidates: cands,
            embedded: ctx.embedded, weak: ctx.weak, common: ctx.common, hint: ctx.hint, prep: ctx.prep,
            dateline: isDateline(text, tokens, i), container: null, group: groups.has(surface),
          });
        }
        i = j;
        matched = true;
        break;
      }
      if (!matched) i++;
    }
    if (mentions.length + demonyms.length === before) {
      const unknown = unknownName(text, tokens, a, b, g, persons);
      if (unknown) mentions.push(unknown);
    }
  }
  addStateCodes(text, tokens, mentions, g);
  addRegionAbbreviations(text, mentions, g);
  repeatUnknownNames(text, mentions);
  mentions.sort((x, y) => x.start - y.start);
  joinSameNameStates(text, mentions);
  linkContainers(text, mentions);
  return { mentions, demonyms, text };
}

const AREA_KINDS = new Set(['country', 'continent', 'region', 'sea', 'admin1']);

/** Lower-case words after a name that say what kind of place the whole name is. */
const KIND_AFTER = new Set(['district', 'sub-district', 'subdistrict', 'area', 'village', 'town', 'county', 'province', 'region',
  'locality', 'commune', 'upazila', 'tehsil', 'taluka', 'municipality', 'neighbourhood', 'neighborhood', 'camp', 'governorate']);

function oneUnknownName(text: string, tokens: Token[], a: number, b: number, g: Gazetteer): boolean {
  const next = tokens[b];
  // "the 'Kush Tut' area": a closing quote may stand between.
  const between = next ? text.slice(tokens[b - 1]!.end, next.start) : '';
  if (b - a < 2 || b - a > 4 || !next || !/^['’"”]? $/.test(between) || !KIND_AFTER.has(next.text)) return false;
  if (g.lookupName(span(text, tokens, a, b)).length) return false;
  const unknownWord = (t: Token) => t.cap && !t.allCaps && t.text.length >= 3 && !g.lookupName(t.text).length && !g.demonym(t.text) &&
    !g.isCommonWord(t.text.toLowerCase()) && !g.isFirstName(t.text) && !ORG_WORDS.has(t.text) && !NEVER_PLACES.has(t.text) && !MONTHS_DAYS.has(t.text);
  return tokens.slice(a, b).some(unknownWord);
}
const LOCATIVE_BEFORE = /\b(?:in|near|outside|around|inside|across)\s+(?:the\s+)?$/i;

/**
 * Spans the gazetteer knows that the text uses for something else: a name before a lower-case noun of a natural
 * feature ("the Sari river": the gazetteer has no rivers, and the town of that name is not meant; an area's name
 * stays, "the Jordan valley"), a name joined to a number by a hyphen ("MS-13", "F-16", "Su-25": gangs and models),
 * and a word in capitals alone in brackets ("(NISA)", "(SNA)": an acronym, unless a major place).
 */
function notAPlaceHere(text: string, tokens: Token[], i: number, j: number, b: number, cands: Candidate[]): boolean {
  const next = tokens[j];
  const area = cands.some((c) => c.primary && AREA_KINDS.has(c.entry.kind));
  if (j === b && next && next.gap === ' ' && NATURAL_NOUNS.has(next.text) && !area) return true;
  // A small town's name before a site ("the Mira market"); a city's market or bridge is still in the city.
  if (j === b && next && next.gap === ' ' && SITE_NOUNS.has(next.text) && !area && !cands.some((c) => c.entry.population >= 100_000)) return true;
  const end = tokens[j - 1]!.end;
  if (/^[-‐‑]\d/.test(text.slice(end, end + 2))) return true;
  const t = tokens[i]!;
  if (j - i === 1 && t.allCaps && text[t.start - 1] === '(' && text[end] === ')') {
    return !cands.some((c) => c.entry.kind === 'country' || (c.primary && c.entry.population >= 1_000_000));
  }
  return false;
}

/**
 * A name the text once marked as a place ("in Deir el-Zour") is the same place where it comes again without
 * the mark ("the streets of Deir el-Zour").
 */
const NATURAL_HEADS = new Set(['Mountain', 'Mountains', 'Valley', 'Desert', 'Plain', 'Plains', 'Hills', 'Range', 'Plateau']);

function repeatUnknownNames(text: string, mentions: Mention[]): void {
  // Marked by a kind ("the town of X"), or a transliterated name with an article ("Deir el-Zour"): not a
  // "White House" that followed an "in" once.
  const unknown = mentions.filter((m) => !m.candidates.length && m.surface.length >= 4 && (m.hint || TRANSLITERATED.test(m.surface)));
  if (!unknown.length) return;
  const taken = mentions.map((m) => [m.start, m.end] as const);
  for (const u of unknown) {
    for (let at = text.indexOf(u.surface); at >= 0; at = text.indexOf(u.surface, at + u.surface.length)) {
      const end = at + u.surface.length;
      if (taken.some(([x, y]) => at < y && end > x) || /[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
      mentions.push({ ...u, start: at, end, container: null, dateline: false });
      taken.push([at, end]);
    }
  }
}

/** "Kut (Wasit)", "Kolofata town (Mayo-Sava, Extreme-Nord)": a name in brackets after a place contains it. */
const CONTAINER_PARENS = /^(?:\s+(?:town|city|village|area|district|county|province|governorate|region|state|neighbourhood|neighborhood|camp))?\s*\(\s*$/i;

/** "the Kosovo area of Naivasha", "Kotwali police area of Nimbahera taluka": a locality named as part of a place. */
const PART_OF = /^['’"”]?\s+(?:police\s+)?(?:area|areas|neighbou?rhood|quarter|locality|section|sector)\s+(?:of|in)\s+(?:the\s+)?$/i;

/** "Homs, Syria", "Aleppo province, Syria", "Kut (Wasit)": the next mention may contain this one. */
function linkContainers(text: string, mentions: Mention[]): void {
  for (let k = 0; k + 1 < mentions.length; k++) {
    const m = mentions[k]!;
    const n = mentions[k + 1]!;
    const between = text.slice(m.end, n.start);
    // "the Kosovo area of Naivasha", "the 'Kush Tut' area of Tash Qurgahan district": a part of the next place.
    if (PART_OF.test(between)) {
      m.container = k + 1;
      m.part = true;
      // "the Qom Qishlaq area of …": every name of the run before the word is the part's name.
      for (let p = k - 1; p >= 0 && text.slice(mentions[p]!.end, mentions[p + 1]!.start) === ' '; p--) {
        mentions[p]!.container = k + 1;
        mentions[p]!.part = true;
      }
      continue;
    }
    if (/^(?:\s+(?:province|governorate|state|county|district|region))?,\s*$/i.test(between) || CONTAINER_PARENS.test(between)) {
      m.container = k + 1;
      // "Obe district, Herat", "Andar district (Ghazni)": what holds a district is a province, not the town of its name.
      if ((m.hint === 'admin' || /^\s+(?:county|district)/i.test(between)) && n.hint === null) n.hint = 'admin';
    }
  }
  // "… town (Adan Yabaal, Middle Shabelle)": the last of two or more names in brackets after a name is where that
  // place lies, a cue like a locative word, also when the name before is unknown.
  for (const l of mentions) {
    const open = text.lastIndexOf('(', l.start);
    if (open < 1 || !/^\s*\)/.test(text.slice(l.end, l.end + 3)) || !/\p{L}\s*$/u.test(text.slice(Math.max(0, open - 30), open))) continue;
    const inner = text.slice(open + 1, l.start);
    if (inner.includes(',') && !/[()\n]/.test(inner) && inner.length < 60) l.prep = true;
  }
  // "Kolofata town (Mayo-Sava, Extreme-Nord)", "Analalava (Analalava, Sofia)": the last of two or more names in
  // brackets after a place is its province (or country).
  mentions.forEach((m, k) => {
    const open = /^(?:\s+\p{Ll}+)?\s*\(/u.exec(text.slice(m.end, m.end + 24));
    if (!open) return;
    const from = m.end + open[0].length;
    const close = text.indexOf(')', from);
    const inner = close < 0 ? '' : text.slice(from, close);
    if (!inner.includes(',') || inner.includes('\n') || inner.length > 80) return;
    const l = mentions.findIndex((x) => x.start >= from && x.end <= close && /^\s*$/.test(text.slice(x.end, close)));
    if (l < 0) return;
    if (mentions[l]!.hint === null) mentions[l]!.hint = 'admin';
    // "Carmo town (Bossaso, Bari)" with Bossaso unknown: the province contains the place itself.
    if (m.container === null && l > k) m.container = l;
  });
}

/**
 * A name the gazetteer lacks under this spelling but that the text marks as a place ("the villages of
 * Kafruwed", "shelling in Tal Kalakh"): kept without candidates; resolution may find a transliteration
 * variant in the document's country.
 */
function unknownName(text: string, tokens: Token[], a: number, b: number, g: Gazetteer, persons: Set<string>): Mention | null {
  // "In Deir Ezzor, residents said": the capital of a sentence's first word is no part of a transliterated name.
  if (b - a >= 2 && /^(?:In|At|Near|Outside|Around|Inside|Across)$/.test(tokens[a]!.text) && TRANSLITERATED.test(span(text, tokens, a + 1, b))) a++;
  // "(Baramulla district, J&K)", "(Irumu, Ituri)": a capital after an opening bracket starts no sentence when a
  // comma, a closing bracket or a kind of place follows the name.
  const inBrackets = text[tokens[a]!.start - 1] === '(' && /^(?:\s+\p{Ll}+)?\s*[,)]/u.test(text.slice(tokens[b - 1]!.end, tokens[b - 1]!.end + 16));
  if (b - a > 4 || (tokens[a]!.weakCap && !inBrackets) || tokens[a]!.allCaps) return null;
  for (let k = a; k < b; k++) if (ORG_WORDS.has(tokens[k]!.text) || NEVER_PLACES.has(tokens[k]!.text) || MONTHS_DAYS.has(tokens[k]!.text)) return null;
  const surface = span(text, tokens, a, b);
  if (surface.replace(/[^\p{L}]/gu, '').length < 4 || g.isCommonWord(surface.toLowerCase()) || g.isFirstName(tokens[a]!.text)) return null;
  const ctx = contextOf(text, tokens, a, b, a, b, g, persons);
  if (!ctx || ctx.weak || ctx.embedded || (!ctx.prep && !ctx.hint)) return null;
  return {
    start: tokens[a]!.start, end: tokens[b - 1]!.end, surface, candidates: [], embedded: false, weak: false,
    common: false, hint: ctx.hint, prep: ctx.prep, dateline: false, container: null, group: false,
  };
}

/** A demonym-like name followed by a word for an administrative area and known as a province. */
function provinceByWord(text: string, end: number, surface: string, g: Gazetteer): boolean {
  const next = /^\s+([a-z]+)/.exec(text.slice(end, end + 20))?.[1];
  return !!next && ADMIN_WORDS.has(next) && g.lookupName(surface).some((c) => c.entry.kind === 'admin1' && c.primary);
}
