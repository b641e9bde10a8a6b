import { beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer, type Gazetteer } from '../../src/pipeline/gazetteer/load.ts';
import { recognise } from '../../src/pipeline/toponyms/recognise.ts';
import { resolve } from '../../src/pipeline/resolve/resolve.ts';
import { expectFixture, fixtureCases, readFixture } from '../helpers/fixtures.ts';

let g: Gazetteer;
beforeAll(async () => {
  g = await loadGazetteer();
});

const run = (text: string) => resolve(recognise(text, { gazetteer: g }), { gazetteer: g });

describe('resolution fixtures', () => {
  for (const c of fixtureCases('resolve')) {
    it(c.name, () => {
      const { text } = JSON.parse(readFixture(c.dir, 'input.json')) as { text: string };
      expectFixture(c.dir, run(text).map((t) => ({ name: t.name, geonameid: t.geonameid, country: t.country, admin1: t.admin1, kind: t.kind })));
    });
  }
});

describe('resolution rules', () => {
  it('Tripoli in a text about Lebanon is the Lebanese one', () => {
    expect(run('In Lebanon, fighting in Tripoli spread.').find((t) => t.name === 'Tripoli')?.country).toBe('LB');
  });
  it("Tripoli follows the document's focus, from its other towns or a nationality word: Lebanon's or Libya's", () => {
    const tripoli = (text: string) => run(text).find((t) => t.name === 'Tripoli')?.country;
    expect(tripoli('Protesters gathered in Beirut on Monday. In Tripoli, rioters clashed with the army.')).toBe('LB');
    expect(tripoli('Militias clashed in Benghazi. In Tripoli, the government met.')).toBe('LY');
    expect(tripoli('On 27 April 2020, rioters clashed with Lebanese Military forces in Tripoli.')).toBe('LB');
    expect(tripoli('On 27 April 2020, rioters clashed with Libyan forces in Tripoli.')).toBe('LY');
  });
  it('a name with only weak readings is dropped rather than forced onto a village', () => {
    expect(run('Mission said nothing. Police arrived later.')).toEqual([]);
  });
  it('a big province wins over a same-name town: Quebec', () => {
    expect(run('Voters in Quebec went to the polls.')[0]?.kind).toBe('admin1');
  });
  it('a small province loses to its same-name city: Hama', () => {
    expect(run('Tanks entered Hama on Sunday.')[0]?.geonameid).toBe(170017);
  });
  it('a mention that says its kind keeps that sense: "Idlib province" is the province where bare "Idlib" is the city', () => {
    const ts = run('Troops shelled Idlib on Monday. Battles raged in villages around Idlib province. Idlib was quiet.');
    expect(ts.map((t) => t.kind)).toEqual(['place', 'admin1', 'place']);
  });
  it('"the provinces of Homs and Idlib": every name of the list is a province', () =>
    expect(run('Troops killed 18 people on Saturday, mainly in the provinces of Homs and Idlib.').map((t) => t.kind)).toEqual(['admin1', 'admin1']));
  it('"the Bab Amr district of Homs": Homs is the city, a named district lies in it', () =>
    expect(run('Troops killed five people in the Bab Amr district of Homs.').find((t) => t.name === 'Homs')?.kind).toBe('place'));
  it('"the Damascus district of Kafr Sousa" is a district of the city, not the Damascus governorate', () =>
    expect(run('A car bomb exploded in the Damascus district of Kafr Sousa.').find((t) => t.name === 'Damascus')?.kind).toBe('place'));
  it('one name keeps one sense within a document', () => {
    const ts = run('Clashes in Homs killed five. Later, Homs was quiet.');
    expect(new Set(ts.map((t) => t.geonameid)).size).toBe(1);
  });
});

describe('transliteration variants', () => {
  it('an article run into the next word ("Deir Ezzor"), even after a sentence\'s first "In", is found', () => {
    const ts = run('Syrian troops attacked Hama. In Deir Ezzor, residents reported heavy gunfire.');
    expect(ts.find((t) => t.name === 'Deir Ezzor')?.geonameid).toBe(170794);
  });
  it('a name opened by an article right after another ("Dara\'a al-Balad") is no second place', () => {
    const ts = run("Syrian troops entered Dara'a al-Balad, the old quarter of the southern city, before dawn.");
    expect(ts.map((t) => t.name)).toEqual(["Dara'a"]);
  });
  it('an unknown spelling marked as a town is found in the document\'s country by its consonants', () => {
    const ts = run('Syrian tanks shelled Hama, Syria, and the Idlib province town of Maarat al-Numan.');
    expect(ts.find((t) => t.name === 'Maarat al-Numan')?.country).toBe('SY');
  });
});
