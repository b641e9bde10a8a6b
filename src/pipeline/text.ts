// Stage "text": splits an article into sentences with exact UTF-16 offsets, and marks page furniture
// (photo captions, related-article headlines, "click here" lines) so later stages can skip it.

export interface Sentence {
  start: number;
  end: number;
  text: string;
  /** Photo caption, stand-alone headline or navigation line: never a source of events. */
  furniture: boolean;
}

export interface TextOptions {
  /** Abbreviations that never end a sentence (lower case, without the final dot). */
  abbreviations?: Iterable<string>;
}

const DEFAULT_ABBREVIATIONS = [
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'capt', 'maj', 'sgt', 'cpl', 'pvt', 'adm', 'cmdr',
  'gov', 'sen', 'rep', 'rev', 'st', 'sr', 'jr', 'no', 'nos', 'vs', 'etc', 'approx', 'est', 'inc', 'ltd',
  'co', 'corp', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'a.m', 'p.m', 'u.s', 'u.n',
  'u.k', 'e.g', 'i.e', 'km', 'ft', 'pres', 'sheikh', 'mt', 'ave', 'fig',
];

const FURNITURE = [
  /\(photo credit:/i,
  /^\s*\(?photo(?:s|graph)?(?: credit)?\s*:/i,
  /^\s*click (?:here|for)\b/i,
  /^\s*(?:read more|related|see also|advertisement|share this)\b/i,
  /^\s*(?:reporting|writing|editing) by\b/i,
];

/** True when a line has no sentence-final punctuation: a headline, caption or link text. */
function isUnpunctuatedLine(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && !/[.!?…:;]["'”’)\]]*$/.test(t);
}

/** A whole line that is page furniture: a caption, a "click here" line, or a headline with no final stop. */
function isFurnitureLine(line: string): boolean {
  return isUnpunctuatedLine(line) || FURNITURE.some((re) => re.test(line.length > 2000 ? line.slice(0, 2000) : line));
}

/** Offsets of sentence ends inside one line (exclusive), found at . ! ? followed by space and a capital. */
function sentenceBreaks(line: string, abbreviations: Set<string>): number[] {
  const breaks: number[] = [];
  const re = /[.!?…]+["'”’)\]]*(?=\s+["'“‘(]?[A-Z0-9\u0600-\u06FF])/g;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const dot = m.index;
    if (line[dot] === '.') {
      const before = line.slice(Math.max(0, dot - 24), dot);
      const word = /([A-Za-z][A-Za-z.]*)$/.exec(before)?.[1] ?? '';
      const lower = word.toLowerCase();
      // An initial ("John F. Kennedy") or a known abbreviation does not end a sentence.
      if (/^[A-Z]$/.test(word) || abbreviations.has(lower) || abbreviations.has(lower.replace(/\.$/, ''))) continue;
      // Acronyms written with dots ("U.S.") end a sentence only before a clear sentence start.
      if (/^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word)) continue;
    }
    breaks.push(m.index + m[0].length);
  }
  // A space lost in copy-editing ("armed rebels.The Observatory"): a stop between a word and a capitalised
  // word still ends the sentence.
  for (const m of line.matchAll(/(?<=[a-z]{3})[.!?](?=[A-Z][a-z]{2})(?!(?:Com|Org|Net|Gov|Edu|Info|Html?)\b)/g)) breaks.push((m.index ?? 0) + 1);
  return breaks.sort((a, b) => a - b);
}

const DEFAULT_SET = new Set(DEFAULT_ABBREVIATIONS);

/** Splits text into sentences: every line break ends one, and so does final punctuation. */
export function splitSentences(text: string, options: TextOptions = {}): Sentence[] {
  const abbreviations = options.abbreviations ? new Set(options.abbreviations) : DEFAULT_SET;
  const out: Sentence[] = [];
  const lineRe = /[^\r\n]+/g;
  for (let lm = lineRe.exec(text); lm; lm = lineRe.exec(text)) {
    const line = lm[0];
    const lineStart = lm.index;
    const breaks = sentenceBreaks(line, abbreviations);
    // A headline or caption is one unpunctuated sentence; a paragraph whose last sentence lost its stop
    // ("… was shot dead in Colonia Deportiva. 1 fatality") is text.
    const lineFurniture = breaks.length ? FURNITURE.some((re) => re.test(line.length > 2000 ? line.slice(0, 2000) : line)) : isFurnitureLine(line);
    let from = 0;
    for (const cut of [...breaks, line.length]) {
      const piece = line.slice(from, cut);
      const lead = piece.length - piece.trimStart().length;
      const body = piece.trim();
      if (body) {
        const start = lineStart + from + lead;
        out.push({ start, end: start + body.length, text: body, furniture: lineFurniture || FURNITURE.some((re) => re.test(body)) });
      }
      from = cut;
    }
  }
  // A text that is all one unpunctuated line or two ("Armed group kills civilians in Garissa", a coder's note
  // without its stop) has no headline above a body: its lines are the text.
  if (out.length && out.every((s) => s.furniture)) return out.map((s) => ({ ...s, furniture: FURNITURE.some((re) => re.test(s.text)) }));
  return out;
}

/**
 * A clause whose verb is left out because it is the previous clause's: "37 killed in Idlib, and another 12
 * in Homs", "five in Hama and three more in Homs", "15 killed across Syria, including six in Homs".
 */
const GAP_HEAD = String.raw`(?:another|a further|(?:\d[\d,]*|[a-z]+)\s+(?:more|others))`;
/** A count in words or digits ("five", "12", "a dozen"). */
const COUNT = String.raw`(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]{3,5}teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a dozen|dozens)`;
/** One place's share of a total: "five in Homs", "three of them in the city of Hama". */
const SHARE = String.raw`${COUNT}\s+(?:of\s+them\s+)?(?:[a-z]+\s+){0,2}?(?:in|at|near)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?[A-Z]`;
export const GAPPED = new RegExp(
  String.raw`^(?:(?:and|while|with|plus)\s+)?${GAP_HEAD}\b|^including\s+(?:\d[\d,]*|[a-z]+)\s|^(?:and\s+|among them\s+|of whom\s+|of them\s+)?${SHARE}|^(?:${COUNT}|most|many|some|all|half|the majority)\s+of\s+them\b`,
  'i',
);
const GAP_CUT = String.raw`,?\s+(?=(?:and|while|with|plus)\s+${GAP_HEAD}(?:\s+[\w,'’-]+){0,4}?\s+(?:in|at|near|from|on)\s)|,\s+(?=including\s+(?:\d[\d,]*|[a-z]+)\s+(?:[a-z]+\s+){0,2}?(?:in|at|near)\s+(?:the\s+)?(?:[a-z]+\s+){0,3}?[A-Z])|,\s+(?=including\s+${COUNT}\s+(?:[a-z]+\s+){0,2}?(?:on|late on|early on)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)|,\s+(?=(?:among them|of whom|of them)\s+${SHARE})|:\s+(?=${SHARE})|,\s+(?=(?:${COUNT}|most|many|some|all|half|the majority)\s+of\s+them\s)|(?<![Bb]etween\s+\S+),?\s+and\s+(?=${SHARE})`;
/** ", six in Homs" after a toll ("11 killed in Irbeen, six in Homs"): a share, when a count stands shortly before. */
const COMMA_SHARE = new RegExp(String.raw`,\s+(?=${SHARE})`, 'g');
const COUNT_BEFORE = new RegExp(String.raw`\b${COUNT}\s[^;:]*$`, 'i');
/** Within a list of shares ("including five in Homs and three in Hama"), each share is a clause. */
const LIST_HEAD = new RegExp(String.raw`^(?:including\s+)?${SHARE}|^${COUNT}\s+of\s+them\b`, 'i');
const NEXT_SHARE = new RegExp(String.raw`(?:,\s+(?:and\s+)?|,?\s+and\s+)(?=${SHARE})`, 'g');

/** "Twenty-two were killed in Cizre while one was killed in Silopi": a second toll, at a place of its own. */
const WHILE_CUT = String.raw`,?\s+(?=while\s+(?:${COUNT}|another|one)\s[^;.]{0,60}?\b(?:killed|died|dead)\b)`;

/** "..., and claims that ...": a second statement, with places and acts of its own. */
/** "The attack came | only six days after …": a clause that continues an act told just before it. */
export const CAME_BEFORE = /\b(?:came|comes|come)\s*$/;
/** "The attack came only six days after a missile struck …": the act told after "came … after" is another. */
export const AFTER_CUT = String.raw`(?<=\b(?:came|comes|come))\s+(?=(?:only\s+|just\s+)?(?:hours|minutes|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:days?|weeks?|hours?)|a\s+week|the\s+day)\s+after\b)`;
const SAYS_CUT = String.raw`,\s+and\s+(?=(?:claims?|claimed|says?|said|adds?|added|insists?|insisted|reports?|reported)\s+that\b)`;

/** Where one clause ends and the next starts (compiled once: matchAll works on a copy). */
const CLAUSE_CUT = new RegExp(String.raw`;|,\s+(?=(?:where|when)\s)|\s+(?=where\s)|${GAP_CUT}|${SAYS_CUT}|${WHILE_CUT}|${AFTER_CUT}`, 'g');

/**
 * Clauses of a sentence, split at semicolons, before ", and claims that", before ", where" / ", when" (which report a second event:
 * "fired on a funeral in Dara, where at least 25 people were killed on Friday") and before a gapped clause
 * ("..., and another 12 in Homs").
 */
export function splitClauses(s: Sentence): Sentence[] {
  // Cut points [end of one clause, start of the next].
  const cuts: Array<[number, number]> = [];
  for (const m of s.text.matchAll(CLAUSE_CUT)) {
    const at = m.index ?? 0;
    if (!cuts.some(([x, y]) => at < y && at + m[0].length > x)) cuts.push([at, at + m[0].length]);
  }
  for (const m of s.text.matchAll(COMMA_SHARE)) {
    const at = m.index;
    if (COUNT_BEFORE.test(s.text.slice(Math.max(0, at - 160), at)) && !cuts.some(([x, y]) => at < y && at + m[0].length > x))
      cuts.push([at, at + m[0].length]);
  }
  cuts.push([s.text.length, s.text.length]);
  cuts.sort((x, y) => x[0] - y[0]);
  // The shares listed after a total: "…, including five in Homs and three in Hama".
  for (let i = 0, from = 0; i < cuts.length; from = cuts[i]![1], i++) {
    const piece = s.text.slice(from, cuts[i]![0]);
    if (i === 0 || !LIST_HEAD.test(piece.trimStart())) continue;
    for (const m of piece.matchAll(NEXT_SHARE)) cuts.push([from + m.index, from + m.index + m[0].length]);
  }
  const parts: Sentence[] = [];
  let from = 0;
  for (const [end, next] of cuts.sort((x, y) => x[0] - y[0])) {
    const piece = s.text.slice(from, end);
    const lead = piece.length - piece.trimStart().length;
    const body = piece.trim();
    if (body) {
      const start = s.start + from + lead;
      parts.push({ start, end: start + body.length, text: body, furniture: s.furniture });
    }
    from = next;
  }
  return parts;
}
