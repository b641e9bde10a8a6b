// Where the toll stands inside a quoted sentence, so the popup can mark it. Pure: a sentence and its
// figures in, segments out; the popup turns marked segments into <mark> elements with textContent.
import type { Fatalities, Source } from '../../shared/schema.ts';

export interface Segment {
  text: string;
  mark: boolean;
}

/** [start, end) offsets into the sentence, end exclusive. */
export type Span = [number, number];

/** Cuts a sentence into plain and marked segments; spans may overlap, touch or fall outside the text. */
export function segmentsOf(sentence: string, spans: readonly Span[]): Segment[] {
  const clean = spans
    .map(([s, e]): Span => [Math.max(0, s), Math.min(sentence.length, e)])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Span[] = [];
  for (const span of clean) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([span[0], span[1]]);
  }
  const out: Segment[] = [];
  let at = 0;
  for (const [s, e] of merged) {
    if (s > at) out.push({ text: sentence.slice(at, s), mark: false });
    out.push({ text: sentence.slice(s, e), mark: true });
    at = e;
  }
  if (at < sentence.length || out.length === 0) out.push({ text: sentence.slice(at), mark: false });
  return out.filter((seg) => seg.text.length > 0 || out.length === 1);
}

/**
 * The figures' spans inside the quote. A figure's offsets point into the article; the quote starts at
 * `source.start`, so they are shifted and checked against the text. A figure whose offsets do not fit is
 * looked up by its text instead.
 */
export function figureSpans(source: Pick<Source, 'quote' | 'start' | 'figures'>): Span[] {
  const spans: Span[] = [];
  for (const f of source.figures ?? []) {
    if (!f.text) continue;
    const rel = f.start - source.start;
    if (rel >= 0 && source.quote.slice(rel, rel + f.text.length) === f.text) spans.push([rel, rel + f.text.length]);
    else {
      const at = source.quote.indexOf(f.text);
      if (at >= 0) spans.push([at, at + f.text.length]);
    }
  }
  return spans;
}

const WORDS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty',
];
const TENS: Record<number, string> = { 30: 'thirty', 40: 'forty', 50: 'fifty', 60: 'sixty', 70: 'seventy', 80: 'eighty', 90: 'ninety' };

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The ways a number is written: "4500", "4,500", "4 500", and small numbers in words. */
export function numberForms(n: number): string[] {
  const forms = new Set([String(n), n.toLocaleString('en-US'), n.toLocaleString('en-US').replace(/,/g, ' ')]);
  const word = n <= 20 ? WORDS[n] : TENS[n];
  if (word) forms.add(word);
  return [...forms];
}

/** Spans of the toll's numbers written in the sentence (whole numbers only: "18" is not found in "180"). */
export function numberSpans(sentence: string, numbers: readonly number[]): Span[] {
  const spans: Span[] = [];
  for (const n of new Set(numbers)) {
    for (const form of numberForms(n)) {
      const re = new RegExp(`(?<![\\w.,])${escapeRe(form)}(?![\\w]|[.,]\\d)`, 'giu');
      for (const m of sentence.matchAll(re)) spans.push([m.index, m.index + m[0].length]);
    }
  }
  return spans;
}

/** The quote cut into segments, the toll's figures marked: the source's own figures, else the toll's numbers. */
export function highlightQuote(source: Pick<Source, 'quote' | 'start' | 'figures'>, toll: Fatalities | null | undefined): Segment[] {
  let spans = figureSpans(source);
  if (spans.length === 0 && toll) {
    const numbers = [toll.low, toll.best, toll.high].filter((n): n is number => n !== null && n > 0);
    spans = numberSpans(source.quote, numbers);
  }
  return segmentsOf(source.quote, spans);
}
