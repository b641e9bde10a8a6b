// Number expressions in news prose ("4,500", "four", "a dozen", "dozens", "at least 18", "between 20 and
// 30") turned into {low, best, high} ranges, following the conventions of the eval README:
// "at least N" / "more than N" → low N; "as many as N" / "up to N" / "nearly N" → high N;
// "an estimated N" and a plain N → N/N/N; "dozens" → low 24, "scores" → low 40, "hundreds" → low 200.
import type { Fatalities } from '../../shared/schema.ts';

const UNITS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { dozen: 12, hundred: 100, thousand: 1000, million: 1_000_000 };
/** Vague plurals: a lower bound only. */
const VAGUE: Record<string, number> = { dozens: 24, scores: 40, hundreds: 200, thousands: 2000 };

const WORD = Object.keys(UNITS).filter((w) => w !== 'a' && w !== 'an').join('|');
const NUMERAL = String.raw`\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?`;
/** One number: digits (with separators), optional scale word, or spelled-out words ("and" only after a scale:
 * "one hundred and five", not "killing one and injuring two"). */
export const NUMBER_SOURCE = String.raw`(?:(?:${NUMERAL})(?:\s+(?:million|thousand|hundred))?|(?:a|an)\s+(?:dozen|hundred|thousand)|(?:(?:${WORD})(?:[\s-]+(?:${WORD}|dozen|hundred|thousand)|(?<=hundred|thousand)\s+and\s+(?:${WORD}))*)|dozens|scores|hundreds|thousands)`;

const LOW_ONLY = String.raw`at\s+least|more\s+than|over|upwards\s+of|in\s+excess\s+of|no\s+fewer\s+than|not\s+less\s+than|a\s+minimum\s+of`;
const HIGH_ONLY = String.raw`as\s+many\s+as|up\s+to|nearly|almost|no\s+more\s+than|fewer\s+than|less\s+than|just\s+under|close\s+to`;
const POINT = String.raw`an\s+estimated|about|around|approximately|roughly|some|estimated|reportedly`;
export const QUANTITY_SOURCE = String.raw`(?:between\s+(${NUMBER_SOURCE})\s+(?:and|to)\s+(${NUMBER_SOURCE})|(?:(${LOW_ONLY}|${HIGH_ONLY}|${POINT})\s+)?(${NUMBER_SOURCE})(?:\s*(?:-|–|to)\s*(${NUMBER_SOURCE}))?(\s+or\s+more)?)`;

const LOW_ONLY_RE = new RegExp(`^(?:${LOW_ONLY})$`);
const HIGH_ONLY_RE = new RegExp(`^(?:${HIGH_ONLY})$`);
const QUANTITY_RE = new RegExp(`\\b${QUANTITY_SOURCE}\\b`, 'gi');

/** Parses one number expression ("4,500", "twenty-five", "a dozen", "1.2 million", "dozens"). */
export function parseNumber(expr: string): { value: number; vague: boolean } | null {
  const s = expr.trim().toLowerCase().replace(/\s+/g, ' ');
  if (s in VAGUE) return { value: VAGUE[s] as number, vague: true };
  const digits = /^(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?: (million|thousand|hundred))?$/.exec(s);
  if (digits) {
    const n = Number((digits[1] as string).replace(/,/g, ''));
    return { value: Math.round(n * (digits[2] ? (SCALES[digits[2]] as number) : 1)), vague: false };
  }
  let total = 0;
  let current = 0;
  let seen = false;
  for (const w of s.split(/[\s-]+/)) {
    if (w === 'and') continue;
    if (w in UNITS) {
      current += UNITS[w] as number;
      seen = true;
    } else if (w in SCALES) {
      const scale = SCALES[w] as number;
      current = (current || 1) * scale;
      if (scale >= 1000) {
        total += current;
        current = 0;
      }
      seen = true;
    } else return null;
  }
  return seen ? { value: total + current, vague: false } : null;
}

export interface Quantity {
  range: Fatalities;
  /** The expression as written, e.g. "at least 18". */
  text: string;
  start: number;
  end: number;
}

/** Turns a matched quantity (qualifier + number, or "between A and B") into a range. */
export function quantityRange(
  qualifier: string | undefined,
  num: string,
  upper?: string,
  orMore?: boolean,
): Fatalities | null {
  const a = parseNumber(num);
  if (!a) return null;
  if (upper) {
    const b = parseNumber(upper);
    if (b && b.value >= a.value) return { low: a.value, best: a.value, high: b.value };
  }
  const q = (qualifier ?? '').toLowerCase().replace(/\s+/g, ' ');
  if (a.vague || orMore || LOW_ONLY_RE.test(q)) return { low: a.value, best: a.value, high: null };
  if (q && HIGH_ONLY_RE.test(q)) return { low: null, best: a.value, high: a.value };
  return { low: a.value, best: a.value, high: a.value };
}

/** Finds every quantity expression in a text, with offsets relative to it. */
export function findQuantities(text: string): Quantity[] {
  const re = QUANTITY_RE;
  re.lastIndex = 0;
  const out: Quantity[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const range = m[1] && m[2] ? quantityRange(undefined, m[1], m[2]) : quantityRange(m[3], m[4] ?? '', m[5], !!m[6]);
    if (range) out.push({ range, text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * Combines tolls for one incident from several statements: never a sum. The range runs from the smallest
 * lower bound to the largest figure given ("at least 18" and "at least 24" → 18–24).
 */
export function combineRanges(ranges: Array<Fatalities | null | undefined>): Fatalities | null {
  const rs = ranges.filter((r): r is Fatalities => !!r);
  if (rs.length <= 1) return rs[0] ?? null;
  const nums = (xs: Array<number | null>): number[] => xs.filter((n): n is number => n !== null);
  const lows = nums(rs.map((r) => r.low));
  const tops = nums(rs.map((r) => r.high ?? r.best ?? r.low));
  const low = lows.length ? Math.min(...lows) : null;
  const high = tops.length ? Math.max(...tops) : null;
  const agreeOpen = rs.every((r) => r.high === null) && new Set(lows).size === 1;
  const bests = nums(rs.map((r) => r.best));
  const best = bests.length ? Math.max(...bests) : high;
  return { low, best, high: agreeOpen ? null : high };
}

/**
 * "over 100 killed in the Zawiya Mountain area … between 60 and 70 defectors gunned down there": within one
 * report, a toll whose top lies below another's open lower bound is a part of that toll, not a rival figure.
 */
export function isPartOf(part: Fatalities, whole: Fatalities): boolean {
  const top = part.high ?? part.best ?? part.low;
  return whole.high === null && whole.low !== null && top !== null && top < whole.low;
}

/** Two tolls of one event told in one report: the whole when one is a part of the other, else their range. */
export function combineInReport(a: Fatalities | null, b: Fatalities | null): Fatalities | null {
  if (a && b && isPartOf(b, a)) return a;
  if (a && b && isPartOf(a, b)) return b;
  return combineRanges([a, b]);
}
