import { describe, expect, it } from 'vitest';
import { analyse, sentenceTokens } from '../../../src/pipeline/nlp/analyse.ts';

const TEXT = "Suspected militants killed at least twenty-two villagers in Nguetchewe on Sunday, officials said. They have been killed.\n\nTwo dozen people weren't hurt.";

describe('analyse', () => {
  const a = analyse(TEXT);
  it('gives every token offsets that slice its text', () => {
    for (const t of a.tokens) expect(TEXT.slice(t.start, t.end)).toBe(t.text);
  });
  it('splits sentences and starts a sentence at its first word, not at a paragraph break', () => {
    expect(a.sentences.map((s) => s.text)).toEqual([
      'Suspected militants killed at least twenty-two villagers in Nguetchewe on Sunday, officials said.',
      'They have been killed.',
      "Two dozen people weren't hurt.",
    ]);
  });
  it('tags parts of speech and lemmas (killed → kill, a verb)', () => {
    const killed = a.tokens.find((t) => t.text === 'killed')!;
    expect(killed.pos).toBe('VERB');
    expect(killed.lemma).toBe('kill');
  });
  it('finds numbers written in words as cardinals and days as dates', () => {
    expect(a.entities.filter((e) => e.type === 'CARDINAL').map((e) => e.text)).toContain('twenty-two');
    expect(a.entities.find((e) => e.type === 'DATE')?.text).toBe('Sunday');
  });
  it('marks a negated verb', () => {
    expect(a.tokens.find((t) => t.text === 'hurt')!.negated).toBe(true);
    expect(a.tokens.find((t) => t.text === 'killed')!.negated).toBe(false);
  });
  it('gives the tokens of the sentence holding an offset', () => {
    expect(sentenceTokens(a, TEXT.indexOf('been')).map((t) => t.text).join(' ')).toBe('They have been killed .');
    expect(sentenceTokens(a, TEXT.length + 5)).toEqual([]);
  });
  it('reads an empty text and text with no words', () => {
    expect(analyse('').tokens).toEqual([]);
    expect(analyse('  \n ').sentences.length).toBeLessThanOrEqual(1);
  });
});
