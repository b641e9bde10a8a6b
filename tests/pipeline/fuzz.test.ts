// Property tests: random and mutated articles never make the text and event stages throw, the events
// always validate, and every offset slices the text it claims.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Toponym } from '../../src/shared/schema.ts';
import { validateEvent } from '../../src/shared/validate.ts';
import { extractEvents } from '../../src/pipeline/events/extract.ts';
import { parseTextArticle } from '../../src/pipeline/ingest.ts';
import { splitSentences } from '../../src/pipeline/text.ts';

const WORDS = [
  'Syrian', 'forces', 'killed', 'at least', '18', 'protesters', 'on Friday', 'in', 'Hama', 'shelled', 'since Sunday',
  'dozens', 'wounded', '4,500', 'defected', 'yesterday', 'the city of', 'London-based', 'said', '.', ';', '\n',
  '\r\n', 'مرحبا', '\u202E', '😀', '𝒳', 'between 3 and 5', 'arrested', 'Feb. 30', '2011-02-30', '"', "'", '—',
];
const prose = fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string(), fc.string({ unit: 'grapheme', maxLength: 5 })), { maxLength: 80 })
  .map((ws) => ws.join(' '));
const day = fc.oneof(fc.constant(undefined), fc.constantFrom('2011-08-06', '2000-01-01', '2024-02-29'));

/** Toponyms at random word positions of the text, so the place stage sees real offsets. */
function toponymsFor(text: string, picks: number[]): Toponym[] {
  const words = [...text.matchAll(/[A-Z][a-z]+/g)];
  return picks.flatMap((p, i) => {
    const w = words[p % Math.max(1, words.length)];
    if (!w || w.index === undefined) return [];
    const kind = i % 3 === 0 ? 'country' : 'place';
    return [{ start: w.index, end: w.index + w[0].length, name: w[0], lat: 35, lon: 38, geonameid: i + 1, country: 'SY', admin1: null, kind } as Toponym];
  });
}

describe('pipeline fuzzing', () => {
  it('sentences always slice the text they claim, with astral characters, RTL text and CRLF', () => {
    fc.assert(fc.property(prose, (text) => {
      for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
    }), { numRuns: 300 });
  });

  it('extraction never throws, its events validate and their quotes slice the text', () => {
    fc.assert(fc.property(prose, day, fc.array(fc.nat(), { maxLength: 6 }), (text, published, picks) => {
      const article = { id: 'fuzz', text, ...(published ? { published } : {}) };
      const out = extractEvents({ article, toponyms: toponymsFor(text, picks) }, {
        countryPoint: (cc) => ({ name: cc, lat: 35, lon: 38, geonameid: null, country: cc }),
      });
      for (const e of out.events) {
        expect(validateEvent(e).errors).toEqual([]);
        for (const s of e.properties.sources) expect(text.slice(s.start, s.end)).toBe(s.quote);
      }
    }), { numRuns: 300 });
  });

  it('front matter parsing never throws: an article or a reason', () => {
    fc.assert(fc.property(fc.string(), prose, (meta, body) => {
      const r = parseTextArticle(`---\n${meta}\n---\n${body}`, 'x');
      expect(typeof r === 'string' || typeof r.text === 'string').toBe(true);
    }), { numRuns: 300 });
  });

  it('a 10 MB article is split without throwing', () => {
    const text = 'Troops shelled Hama on Friday, killing 3 people. '.repeat(210_000);
    expect(splitSentences(text).length).toBe(210_000);
  });
});
