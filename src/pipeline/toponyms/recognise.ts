// Recognition: capitalised runs of words, matched longest-first against the gazetteer's name index.
// Pure: (text, { gazetteer }) → mentions with candidates and cues; resolution picks among candidates.
import type { Candidate, Gazetteer } from '../gazetteer/load.ts';
import { CAPITAL_ABBREVIATIONS } from '../gazetteer/regions.ts';
import { ARABIC_ARTICLES, CONNECTORS, HYPHEN_CONNECTORS, MONTHS_DAYS, NEVER_PLACE_PHRASES, NEVER_PLACES, ORG_WORDS, POSTAL_CODES, STATE_ABBREVIATIONS, TRANSLITERATED } from './lexicon.ts';
import { contextOf, personNames, isDateline } from './context.ts';
import { tokenize, type Token } from './tokens.ts';
import type { DemonymMention, Mention, Recognition } from './types.ts';

const MAX_WORDS = 6;

/** Runs of name words: capitalised tokens joined by blanks or hyphens, with connectors inside. */
export function nameRuns(tokens: Token[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const startsArticle = ARABIC_ARTICLES.has(t.text) && tokens[i + 1]?.gap === '-' && tokens[i + 1]!.cap;
    if ((!t.cap || MONTHS_DAYS.has(t.text)) && !startsArticle) {
      i++;
      continue;
    }
    let j = i + 1;
    let lastCap = i;
    while (j < tokens.length && tokens[j]!.gap !== 'x') {
      const u = tokens[j]!;
      if (u.cap && !MONTHS_DAYS.has(u.text)) lastCap = j;
      else if (u.cap || j - lastCap > 2) break;
      else if (!CONNECTORS.has(u.text) && !(HYPHEN_CONNECTORS.has(u.text) && u.gap === '-' && tokens[j + 1]?.gap === '-')) break;
      j++;
    }
    runs.push([i, lastCap + 1]);
    i = lastCap + 1;
  }
  return runs;
}

function span(text: string, tokens: Token[], i: number, j: number): string {
  return text.slice(tokens[i]!.start, tokens[j - 1]!.end);
}

function isCapitalForm(surface: string): boolean {
  return CAPITAL_ABBREVIATIONS.has(surface);
}

/** Gazetteer candidates for a span, or null when the span cannot be a toponym by itself. */
function candidatesFor(surface: string, tokens: Token[], i: number, j: number, g: Gazetteer): Candidate[] | null {
  const first = tokens[i]!;
  const last = tokens[j - 1]!;
  if (!first.cap && !ARABIC_ARTICLES.has(first.text)) return null;
  if (!last.cap) return null;
  if (j - i === 1 && (MONTHS_DAYS.has(surface) || NEVER_PLACES.has(surface))) return null;
  if (NEVER_PLACE_PHRASES.has(surface)) return null;
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
  const hits = g.lookupName(surface);
  return hits.length ? hits : null;
}

export function recognise(text: string, options: { gazetteer: Gazetteer }): Recognition {
  const g = options.gazetteer;
  const tokens = tokenize(text);
  const runs = nameRuns(tokens);
  const persons = personNames(text, tokens, runs, g);
  const mentions: Mention[] = [];
  const demonyms: DemonymMention[] = [];
  for (const [a, b] of runs) {
    const before = mentions.length + demonyms.length;
    let i = a;
    while (i < b) {
      let matched = false;
      for (let j = Math.min(b, i + MAX_WORDS); j > i; j--) {
        const surface = span(text, tokens, i, j);
        const cc = g.demonym(surface);
        if (cc) {
          demonyms.push({ start: tokens[i]!.start, end: tokens[j - 1]!.end, country: cc });
          i = j;
          matched = true;
          break;
        }
        const cands = candidatesFor(surface, tokens, i, j, g);
        if (!cands) continue;
        // "Zawiya Mountain", "Bekaa Valley": a name that qualifies a natural feature the gazetteer lacks is
        // not the town of that name.
        if (j < b && NATURAL_HEADS.has(tokens[j]!.text)) {
          i = j + 1;
          matched = true;
          break;
        }
        const ctx = contextOf(text, tokens, i, j, a, b, g, persons);
        if (!ctx && j - i > 1) continue; // a shorter name inside may still be a place
        if (ctx) {
          mentions.push({
            start: tokens[i]!.start, end: tokens[j - 1]!.end, surface, candidates: cands,
            embedded: ctx.embedded, weak: ctx.weak, common: ctx.common, hint: ctx.hint, prep: ctx.prep,
            dateline: isDateline(text, tokens, i), container: null,
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
  addPostalStates(text, tokens, mentions, g);
  repeatUnknownNames(text, mentions);
  mentions.sort((x, y) => x.start - y.start);
  linkContainers(text, mentions);
  return { mentions, demonyms };
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

/** "Vancouver, BC": two capitals after a place and a comma name its state or province. */
function addPostalStates(text: string, tokens: Token[], mentions: Mention[], g: Gazetteer): void {
  const ends = new Set(mentions.map((m) => m.end));
  for (const t of tokens) {
    const code = POSTAL_CODES[t.text];
    if (!code) continue;
    const before = text.slice(Math.max(0, t.start - 2), t.start);
    if (before !== ', ' || !ends.has(t.start - 2)) continue;
    const e = g.admin1Entry(code);
    if (!e) continue;
    mentions.push({
      start: t.start, end: t.end, surface: t.text, candidates: [{ entry: e, primary: true }], embedded: false,
      weak: false, common: false, hint: 'admin', prep: false, dateline: false, container: null,
    });
  }
}

/** "Homs, Syria" and "Aleppo province, Syria": the next mention after a comma may contain this one. */
function linkContainers(text: string, mentions: Mention[]): void {
  for (let k = 0; k + 1 < mentions.length; k++) {
    const m = mentions[k]!;
    const n = mentions[k + 1]!;
    const between = text.slice(m.end, n.start);
    if (/^(?:\s+(?:province|governorate|state|county|district|region))?,\s*$/i.test(between)) m.container = k + 1;
  }
}

/**
 * A name the gazetteer lacks under this spelling but that the text marks as a place ("the villages of
 * Kafruwed", "shelling in Tal Kalakh"): kept without candidates; resolution may find a transliteration
 * variant in the document's country.
 */
function unknownName(text: string, tokens: Token[], a: number, b: number, g: Gazetteer, persons: Set<string>): Mention | null {
  // "In Deir Ezzor, residents said": the capital of a sentence's first word is no part of a transliterated name.
  if (b - a >= 2 && /^(?:In|At|Near|Outside|Around|Inside|Across)$/.test(tokens[a]!.text) && TRANSLITERATED.test(span(text, tokens, a + 1, b))) a++;
  if (b - a > 4 || tokens[a]!.weakCap || tokens[a]!.allCaps) return null;
  for (let k = a; k < b; k++) if (ORG_WORDS.has(tokens[k]!.text) || NEVER_PLACES.has(tokens[k]!.text) || MONTHS_DAYS.has(tokens[k]!.text)) return null;
  const surface = span(text, tokens, a, b);
  if (surface.replace(/[^\p{L}]/gu, '').length < 4 || g.isCommonWord(surface.toLowerCase()) || g.isFirstName(tokens[a]!.text)) return null;
  const ctx = contextOf(text, tokens, a, b, a, b, g, persons);
  if (!ctx || ctx.weak || ctx.embedded || (!ctx.prep && !ctx.hint)) return null;
  return {
    start: tokens[a]!.start, end: tokens[b - 1]!.end, surface, candidates: [], embedded: false, weak: false,
    common: false, hint: ctx.hint, prep: ctx.prep, dateline: false, container: null,
  };
}
