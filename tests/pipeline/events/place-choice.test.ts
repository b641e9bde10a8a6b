import { describe, expect, it } from 'vitest';
import type { Toponym } from '../../../src/shared/schema.ts';
import { choosePlace, coordinatedPlaces, otherRole } from '../../../src/pipeline/events/place.ts';

const top = (text: string, name: string, kind: Toponym['kind'], admin1: string, from = 0): Toponym => {
  const start = text.indexOf(name, from);
  return { start, end: start + name.length, name, lat: 0, lon: 0, geonameid: start + 1, country: 'AF', admin1, kind };
};

describe('place choice', () => {
  it('a protest in a town is in the town; a protest from a government is metonymy', () => {
    const text = 'About 30 employees staged a protest in Fier on Monday.';
    expect(otherRole(text, top(text, 'Fier', 'place', 'AL.45'))).toBeNull();
    const other = 'The embassy received protests from Tirana over the visit.';
    expect(otherRole(other, top(other, 'Tirana', 'place', 'AL.50'))).toMatch(/metonymy/);
  });
  it('"in Maywand district, Kandahar": the district, not the town that names the province', () => {
    const text = '10 militants were killed by an airstrike in Maywand district, Kandahar.';
    const maywand = top(text, 'Maywand', 'admin2', 'AF.23');
    const kandahar = top(text, 'Kandahar', 'place', 'AF.23');
    const clause = { start: 0, end: text.length };
    expect(choosePlace(text, clause, [maywand, kandahar], text.indexOf('killed'))?.toponym.name).toBe('Maywand');
    expect(coordinatedPlaces(text, maywand, clause, [maywand, kandahar])).toEqual([maywand]);
  });
  it('a dateline with the country and the agency in brackets is a dateline', () => {
    const text = "BEIRUT (Lebanon) (AFP) – Lebanon's health ministry said Israeli strikes killed a woman in the south.";
    expect(otherRole(text, top(text, 'BEIRUT', 'place', 'LB.04'))).toBe('dateline');
  });
  it('a place name that is part of an outlet\'s name is no place of the act', () => {
    const text = 'One was killed in Silopi, state-run Anatolia news agency said.';
    expect(otherRole(text, top(text, 'Anatolia', 'admin1', 'TR.07'))).toMatch(/outlet/);
    expect(otherRole(text, top(text, 'Silopi', 'place', 'TR.80'))).toBeNull();
  });
});

