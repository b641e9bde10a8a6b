// Document-level evidence for what a name is (issue 13, part 1): one test per reading.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Toponym } from '../../../src/shared/schema.ts';
import { loadGazetteer, type Gazetteer } from '../../../src/pipeline/gazetteer/load.ts';
import { geoparse } from '../../../src/pipeline/geoparse.ts';

let g: Gazetteer;
beforeAll(async () => {
  g = await loadGazetteer({ user: null });
});
const parse = (text: string): Toponym[] => geoparse(text, { gazetteer: g });
const all = (text: string, name: string) => parse(text).filter((t) => text.slice(t.start, t.end) === name);

describe('a name the document uses for a person keeps that reading', () => {
  it('a name after a word for kin is a person, in its later uses too: "his brother Tyler"', () => {
    expect(all('The court did not charge his brother Tyler. In 2001 Tyler was given 21 years.', 'Tyler')).toEqual([]);
    expect(all('The reality star posed with husband Kanye West and their children.', 'Kanye')).toEqual([]);
  });
  it("a dateline's capitals are no part of the name after them: \"WASHINGTON Christopher Steele, who …\"", () =>
    expect(all('WASHINGTON Christopher Steele, who wrote the reports, left the service. Officials said Steele spent years abroad.', 'Steele')).toEqual([]));
  it('an agency that reports is no place: "Xinhua reported"', () =>
    expect(all('Twelve were injured, Xinhua reported on Friday.', 'Xinhua')).toEqual([]));
  it('after "of", a name before a verb of saying is the speaker\'s place: "The News & Observer of Raleigh reported"', () =>
    expect(all('The News & Observer of Raleigh reported that schools closed.', 'Raleigh')[0]).toMatchObject({ country: 'US' }));
  it('a surname first given with a first name is a person later on', () =>
    expect(all('Andrew Trapani spoke to reporters. Trapani said he would return.', 'Trapani')).toEqual([]));
  it("a place's population does not override person evidence", () =>
    expect(all('Jordan Henderson scored twice. Henderson was later substituted.', 'Henderson')).toEqual([]));
  it('a middle initial makes a name a person', () =>
    expect(all('Gino D. Bassett was arrested on Wednesday. Police say Bassett fled.', 'Bassett')).toEqual([]));
  it('a name followed by an age or by ", who" is a person', () => {
    expect(all('Nelson, 56, was arrested. Nelson was held overnight.', 'Nelson')).toEqual([]);
    expect(all('Nelson, who chairs the board, spoke. Later Nelson left.', 'Nelson')).toEqual([]);
  });
  it('a name before a verb of saying is a speaker wherever else it comes', () =>
    expect(all('The carmaker Toyota said sales fell. Shares of Toyota dropped.', 'Toyota')).toEqual([]));
  it("a person's name is still a place where the context says place", () => {
    const text = 'Mayor Nelson spoke on Monday. A fire broke out in Nelson overnight.';
    expect(all(text, 'Nelson')).toHaveLength(1);
  });
  it('an area or a capital is not taken for a person by its use for one', () =>
    expect(all('Michael Jordan visited Amman. Jordan hosts many refugees.', 'Jordan').at(-1)?.kind).toBe('country'));
});

describe('a name used for an armed group or its members', () => {
  it('is no place abroad ("Hamas fighters" are not in Hamm, Germany)', () =>
    expect(all('Hamas fighters attacked Israeli positions near Gaza. Hamas said it would go on.', 'Hamas')).toEqual([]));
  it('is no town abroad ("the Fano militia" in Ethiopia is not Fano, Italy)', () =>
    expect(all('Fano militia fighters clashed with the army in Amhara, Ethiopia.', 'Fano')).toEqual([]));
  it("stays a place in the document's own country", () =>
    expect(all('Misrata militias moved on Sirte. Fighting spread across Libya.', 'Misrata')[0]?.country).toBe('LY'));
});

describe('words that are no places', () => {
  it("a currency's name is no place (US$, the US dollar)", () => {
    expect(all('The price is US$ 40.', 'US')).toEqual([]);
    expect(all('The US dollar rose against the pound.', 'US')).toEqual([]);
    expect(all('Syria and the US talked.', 'US')).toHaveLength(1);
  });
  it('a pronoun with a contracted verb is no place', () => expect(all("I'll go there, he said.", "I'll")).toEqual([]));
});
