import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { figureSpans, highlightQuote, numberForms, numberSpans, segmentsOf } from '../../src/app/overlays/highlight.ts';
import { buildPopupContent } from '../../src/app/overlays/popup-content.ts';
import { event } from './helpers.ts';

const marked = (segs: Array<{ text: string; mark: boolean }>): string[] => segs.filter((s) => s.mark).map((s) => s.text);
const joined = (segs: Array<{ text: string }>): string => segs.map((s) => s.text).join('');

describe('segmentsOf', () => {
  it('cuts a sentence into plain and marked pieces that join back to the sentence', () => {
    const segs = segmentsOf('killed at least 18 people', [[7, 18]]);
    expect(segs).toEqual([
      { text: 'killed ', mark: false },
      { text: 'at least 18', mark: true },
      { text: ' people', mark: false },
    ]);
  });
  it('merges overlapping and touching spans and clips spans outside the text', () => {
    const s = 'between 18 and 24 died';
    const segs = segmentsOf(s, [[8, 10], [9, 17], [17, 17], [-5, 0], [20, 99]]);
    expect(joined(segs)).toBe(s);
    expect(marked(segs)).toEqual(['18 and 24', 'ed']);
    expect(marked(segmentsOf('abcdef', [[0, 3], [3, 5]]))).toEqual(['abcde']);
  });
  it('gives one plain segment when nothing is marked, even for an empty sentence', () => {
    expect(segmentsOf('no toll here', [])).toEqual([{ text: 'no toll here', mark: false }]);
    expect(segmentsOf('', [])).toEqual([{ text: '', mark: false }]);
  });
});

describe('figureSpans', () => {
  it('shifts article offsets into the quote', () => {
    const source = { quote: 'An estimated 300 people have been killed.', start: 1857, figures: [{ text: 'An estimated 300', start: 1857, end: 1873 }] };
    expect(figureSpans(source)).toEqual([[0, 16]]);
  });
  it('finds a figure by its text when its offsets do not fit the quote', () => {
    const source = { quote: 'Forces killed at least 18 protesters.', start: 0, figures: [{ text: 'at least 18', start: 500, end: 511 }] };
    expect(figureSpans(source)).toEqual([[14, 25]]);
  });
  it('drops a figure that is not in the quote at all', () => {
    expect(figureSpans({ quote: 'Nothing.', start: 0, figures: [{ text: '42', start: 0, end: 2 }] })).toEqual([]);
  });
});

describe('numberSpans', () => {
  it('writes numbers with and without thousands separators, and small ones in words', () => {
    expect(numberForms(4500)).toEqual(expect.arrayContaining(['4500', '4,500', '4 500']));
    expect(numberForms(18)).toContain('eighteen');
  });
  it('finds whole numbers only: 18 is not found inside 180 or 1.8', () => {
    expect(numberSpans('180 wounded, 1.8 km away, 18 killed', [18])).toEqual([[26, 28]]);
    expect(numberSpans('Eighteen people died', [18])).toEqual([[0, 8]]);
    expect(numberSpans('4,500 soldiers', [4500])).toEqual([[0, 5]]);
  });
});

describe('highlightQuote', () => {
  it("uses the source's figures when it has them", () => {
    const segs = highlightQuote({ quote: 'At least 18 and later 20 were killed.', start: 10, figures: [{ text: 'At least 18', start: 10, end: 21 }] }, { low: 18, best: 20, high: null });
    expect(marked(segs)).toEqual(['At least 18']);
  });
  it("falls back to the toll's numbers in the sentence when the source has no figures", () => {
    const segs = highlightQuote({ quote: 'Between 18 and 24 people were killed in Hama.', start: 0 }, { low: 18, best: 20, high: 24 });
    expect(marked(segs)).toEqual(['18', '24']);
    expect(joined(segs)).toBe('Between 18 and 24 people were killed in Hama.');
  });
  it('marks nothing without a toll', () => {
    expect(marked(highlightQuote({ quote: '3 tanks entered.', start: 0 }, null))).toEqual([]);
  });
});

describe('the popup marks the figure', () => {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  it('puts the figure in a <mark> as text, and hostile text stays text', () => {
    const quote = '<img src=x onerror=alert(1)> killed at least 18 protesters';
    const el = buildPopupContent(
      event({
        fatalities: { low: 18, best: 18, high: null },
        sources: [{ article: 'a', quote, start: 100, end: 100 + quote.length, figures: [{ text: 'at least 18', start: 136, end: 147 }] }],
      }).properties,
      document as unknown as Document,
    );
    expect([...el.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['at least 18']);
    expect(el.querySelector('blockquote')?.textContent).toBe(quote);
    expect(el.querySelector('img')).toBeNull();
  });
  it('says the date and place precision in words', () => {
    const el = buildPopupContent(
      event({ geo_precision: 'admin1', place: { name: 'Hama', geonameid: null, admin1: 'SY.10', country: 'SY' }, summary: 'Battle in Hama' }).properties,
      document as unknown as Document,
    );
    const text = el.textContent ?? '';
    expect(text).toContain('On 5 Aug 2011 (day)');
    expect(text).toContain('Somewhere in Hama governorate');
    expect(text).toContain('Battle in Hama');
  });
});

describe('the popup lists every source', () => {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  it('shows three sentences open and folds the others into a "more" list', () => {
    const sources = Array.from({ length: 5 }, (_, i) => ({ article: `a${i}`, quote: `Sentence ${i}.`, start: 0, end: 11, outlet: `Outlet ${i}`, published: '2011-08-06' }));
    const el = buildPopupContent(event({ sources }).properties, document as unknown as Document);
    expect(el.querySelectorAll('blockquote')).toHaveLength(5);
    expect(el.querySelector('details.cm-popup__more summary')?.textContent).toBe('and 2 more source sentences');
    expect(el.querySelectorAll('details blockquote')).toHaveLength(2);
    expect(el.textContent).toContain('Outlet 4, 6 Aug 2011');
  });
});
