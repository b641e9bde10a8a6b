// Tokens for recognition: words with offsets, whether they are capitalised, and where sentences begin.
import { STATE_ABBREVIATIONS } from './lexicon.ts';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Starts with a capital letter (or is an abbreviation like "U.S."). */
  cap: boolean;
  allCaps: boolean;
  /** First word of a sentence, a line, a quote or a headline-cased line: capitals say nothing there. */
  weakCap: boolean;
  /** What separates it from the previous token: ' ' (blank on one line), '-', or 'x' (anything else). */
  gap: ' ' | '-' | 'x';
}

// Abbreviations with dots (U.S., B.C., D.C.), then words (letters, digits, apostrophes inside).
const TOKEN_RE = /(?:\p{Lu}\.){2,}(?:\p{Lu}\b)?|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’ʿ‘`][\p{L}\p{M}\p{N}]+)*/gu;
/** Marks after which a capital says nothing: ends of sentences, quotes, brackets, dashes, bullets. */
const OPENERS = new Set('.!?:;"“”‘\'([—–•|');
const SPACE = /\s/;

/**
 * The word at `start` opens a sentence, a line, a quote or the text: within the 12 characters before it, only
 * blanks back to one of the OPENERS or a line break (or to the text's start).
 */
function opensSentence(text: string, start: number): boolean {
  const from = Math.max(0, start - 12);
  let k = start - 1;
  for (; k >= from; k--) {
    const c = text[k]!;
    if (c === '\n') return true;
    if (c !== ' ' && !SPACE.test(c)) break;
  }
  if (k < from) return start < 12;
  return OPENERS.has(text[k]!);
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let prevEnd = 0;
  for (const m of text.matchAll(TOKEN_RE)) {
    let s = m[0];
    const start = m.index;
    // Possessives: "Syria's" → "Syria".
    if (s.length > 3 && s.charCodeAt(s.length - 1) === 115 && (s[s.length - 2] === "'" || s[s.length - 2] === '’')) s = s.slice(0, -2);
    // Abbreviations that end with a dot: "Ky.", "St.", "Calif."
    if (text[start + s.length] === '.' && (STATE_ABBREVIATIONS[`${s}.`] || /^(St|Mt|Ft|Pt)$/.test(s))) s += '.';
    // A middle initial: "Gino D. Bassett" is one name.
    else if (s.length === 1 && text.charCodeAt(start + 1) === 46 && /^\p{Lu}$/u.test(s) && /^\. \p{Lu}\p{Ll}/u.test(text.slice(start + 1, start + 5)) && out.at(-1)?.cap && prevEnd === start - 1 && text[prevEnd] === ' ') s += '.';
    const between = start - prevEnd === 1 ? text[prevEnd]! : text.slice(prevEnd, start);
    // "Jang/Geo Group": capitalised names joined by a slash are read as one run of names.
    const slash = between === '/' && !!out.at(-1)?.cap && /^\p{Lu}/u.test(s);
    const gap: Token['gap'] = between === ' ' || slash || /^[ \t\u00a0]+$/.test(between) ? ' ' : /^\s*[-‐‑]\s*$/.test(between) && !/\n/.test(between) ? '-' : 'x';
    const first = s.charAt(0);
    const cap = first !== first.toLowerCase() && first === first.toUpperCase();
    const allCaps = cap && s.length > 1 && s === s.toUpperCase() && /\p{L}{2}/u.test(s.replace(/\./g, ''));
    const weakCap = out.length === 0 || opensSentence(text, start);
    out.push({ start, end: start + s.length, text: s, cap, allCaps, weakCap, gap });
    prevEnd = start + s.length;
  }
  markHeadlines(text, out);
  return out;
}

/** Lines written in Title Case (headlines) or all capitals give no evidence by capitals. */
function markHeadlines(text: string, tokens: Token[]): void {
  let i = 0;
  while (i < tokens.length) {
    const lineEnd = text.indexOf('\n', tokens[i]!.start);
    const end = lineEnd === -1 ? text.length : lineEnd;
    let j = i;
    while (j < tokens.length && tokens[j]!.start < end) j++;
    const words = tokens.slice(i, j).filter((t) => /\p{L}/u.test(t.text) && t.text.length > 3);
    if (words.length >= 3) {
      const caps = words.filter((t) => t.cap).length;
      if (caps / words.length >= 0.8) for (let k = i; k < j; k++) tokens[k]!.weakCap = true;
    }
    i = j;
  }
}
