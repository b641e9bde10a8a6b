import { describe, expect, it } from 'vitest';
import { splitClauses, splitSentences } from '../../src/pipeline/text.ts';

describe('splitSentences', () => {
  it('gives offsets that slice each sentence out of the text', () => {
    const text = 'Tanks entered Hama. At least 3 died!\nMr. Smith said so.';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(splitSentences(text).map((s) => s.text)).toEqual(['Tanks entered Hama.', 'At least 3 died!', 'Mr. Smith said so.']);
  });
  it('does not end a sentence at an abbreviation or an initial', () => {
    expect(splitSentences('Lt. Col. Riad al-Asaad spoke on Aug. 5 in Turkey.')).toHaveLength(1);
    expect(splitSentences('John F. Kennedy was there.')).toHaveLength(1);
  });
  it('marks photo captions and unpunctuated headline lines as furniture', () => {
    const s = splitSentences('Residents flee the city (photo credit: REUTERS)\nDozens killed in Hama\nTroops fired on crowds.');
    expect(s.map((x) => x.furniture)).toEqual([true, true, false]);
  });
  it('reads a paragraph whose last sentence lost its stop as text, not as a headline', () => {
    const s = splitSentences('On 28 April, a man was shot dead in Petatlan. 1 fatality\nDozens killed in Hama');
    expect(s.map((x) => [x.text, x.furniture])).toEqual([['On 28 April, a man was shot dead in Petatlan.', false], ['1 fatality', false], ['Dozens killed in Hama', true]]);
  });
  it('reads a text that is only unpunctuated lines as text: there is no body for them to head', () => {
    expect(splitSentences('Armed group kills civilians in Garissa').map((x) => x.furniture)).toEqual([false]);
    expect(splitSentences('Gunmen kill 3 in Garissa (photo credit: AP)\nPolice say').map((x) => x.furniture)).toEqual([true, false]);
  });
  it('handles CRLF line ends', () => {
    const text = 'One died.\r\nTwo fled.';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(['One died.', 'Two fled.']);
  });
  it('returns nothing for empty text', () => expect(splitSentences('')).toEqual([]));
});

describe('splitClauses', () => {
  it('"while" before a second toll at a place of its own opens a clause', () => {
    const [s] = splitSentences('Twenty-two were killed in Cizre while one was killed in Silopi, the agency said.');
    expect(splitClauses(s!).map((c) => c.text)).toEqual(['Twenty-two were killed in Cizre', 'while one was killed in Silopi, the agency said.']);
    const [t] = splitSentences('Troops fired while protesters fled the square.');
    expect(splitClauses(t!)).toHaveLength(1);
  });
  it('splits at semicolons with offsets into the text', () => {
    const text = 'Officers sit in jails; 4,500 soldiers defected.';
    const [s] = splitSentences(text);
    const c = splitClauses(s!);
    expect(c.map((x) => text.slice(x.start, x.end))).toEqual(['Officers sit in jails', '4,500 soldiers defected.']);
  });
});

describe('splitClauses at relative clauses', () => {
  it('"a city where 25 were killed on Friday" is a clause of its own', () => {
    const text = 'Troops fired on a funeral in Dara, a southern city where at least 25 people were killed on Friday.';
    const [s] = splitSentences(text);
    expect(splitClauses(s!).map((c) => text.slice(c.start, c.end))).toEqual([
      'Troops fired on a funeral in Dara, a southern city',
      'where at least 25 people were killed on Friday.',
    ]);
  });
  it('", when" starts a clause but "when" without a comma does not', () => {
    const [s] = splitSentences('Shots rang out, when the march began. They left when it ended.');
    expect(splitClauses(s!).map((c) => c.text)).toEqual(['Shots rang out', 'when the march began.']);
  });
});

describe('splitSentences, a lost space', () => {
  it('"rebels.The Observatory" is two sentences', () =>
    expect(splitSentences('Three soldiers fought armed rebels.The Observatory said so.').map((s) => s.text)).toEqual([
      'Three soldiers fought armed rebels.',
      'The Observatory said so.',
    ]));
  it('a web address is not cut', () => expect(splitSentences('See example.Com for more.')).toHaveLength(1));
});

describe('splitClauses on hostile input', () => {
  it('a 300 KB sentence of commas, counts and relative clauses splits without backtracking blow-up', () => {
    const text = Array.from({ length: 40_000 }, (_, i) => (i % 7 === 0 ? '5 in Homs' : i % 5 === 0 ? 'which has been under siege since Sunday' : 'word')).join(', ');
    const [s] = splitSentences(text);
    const clauses = splitClauses(s!);
    expect(clauses.length).toBeGreaterThan(1000);
    for (const c of clauses) expect(text.slice(c.start, c.end)).toBe(c.text);
  });
});
