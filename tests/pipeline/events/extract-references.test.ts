// Clauses that borrow a verb, restate an act already told, or place nothing: what becomes an event.
import { describe, expect, it } from 'vitest';
import type { Toponym } from '../../../src/shared/schema.ts';
import { extractEvents } from '../../../src/pipeline/events/extract.ts';
import { splitClauses, splitSentences } from '../../../src/pipeline/text.ts';

const PLACES: Record<string, Omit<Toponym, 'start' | 'end' | 'name'>> = {
  Idlib: { lat: 35.93, lon: 36.63, geonameid: 169389, country: 'SY', admin1: 'SY.12', kind: 'place' },
  Homs: { lat: 34.73, lon: 36.72, geonameid: 169577, country: 'SY', admin1: 'SY.11', kind: 'place' },
  Deraa: { lat: 32.62, lon: 36.1, geonameid: 170905, country: 'SY', admin1: 'SY.06', kind: 'place' },
  Syria: { lat: 35, lon: 38.5, geonameid: 163843, country: 'SY', admin1: null, kind: 'country' },
};
const countryPoint = (cc: string) => (cc === 'SY' ? { name: 'Syria', lat: 35, lon: 38.5, geonameid: 163843, country: 'SY' } : null);

/** Every mention of a known place in the text, as the geoparser would give it. */
function run(text: string, published = '2011-12-21') {
  const toponyms: Toponym[] = [];
  for (const [name, t] of Object.entries(PLACES))
    for (const m of text.matchAll(new RegExp(`\\b${name}\\b`, 'g'))) toponyms.push({ ...t, name, start: m.index, end: m.index + name.length });
  toponyms.sort((a, b) => a.start - b.start);
  return extractEvents({ article: { id: 'a', published, text }, toponyms }, { countryPoint, focusCountry: 'SY' }).events.map((e) => e.properties);
}

describe('gapped clauses', () => {
  it('"and another 12 in Homs" is a clause of its own', () => {
    const [s] = splitSentences('Troops killed 37 people in Idlib on Monday, and another 12 in the central city of Homs.');
    expect(splitClauses(s!).map((c) => c.text)).toEqual(['Troops killed 37 people in Idlib on Monday', 'and another 12 in the central city of Homs.']);
  });
  it('a gapped clause borrows the death verb and the day: each place gets its own toll', () => {
    const events = run('Troops killed 37 people in Idlib on Monday, and another 12 in the central city of Homs.');
    expect(events.map((e) => [e.place.name, e.fatalities?.best, e.date_start])).toEqual([
      ['Idlib', 37, '2011-12-19'],
      ['Homs', 12, '2011-12-19'],
    ]);
  });
  it('"another" with no verb before it to borrow makes no event', () => expect(run('Another 12 in Homs.')).toEqual([]));
});

describe('acts already told', () => {
  it('"The attack came after ..." with no place or toll of its own is not a second event', () => {
    const events = run('Gunmen attacked a checkpoint in Homs on Monday, killing three soldiers. The attack came after talks failed.');
    expect(events).toHaveLength(1);
  });
  it('"Those killed included ..." adds no event', () => {
    const events = run('Security forces killed six people in Deraa on Wednesday. Those killed included a doctor.');
    expect(events.map((e) => e.place.name)).toEqual(['Deraa']);
  });
  it('a definite act with a place of its own is still an event', () => {
    const events = run('Security forces killed six people in Deraa on Wednesday. The shelling of Homs continued on Tuesday.');
    expect(events.map((e) => e.place.name)).toEqual(['Deraa', 'Homs']);
  });
});

describe('acts placed only at the main country', () => {
  it('are dropped, with no toll, when the article places other events', () => {
    const events = run('Troops stormed Homs on Monday. Dr Mahamid was shot by a sniper.');
    expect(events.map((e) => e.place.name)).toEqual(['Homs']);
  });
  it('are kept when nothing else is placed', () => {
    const events = run('Dr Mahamid was shot by a sniper on Monday.');
    expect(events.map((e) => [e.place.name, e.geo_precision])).toEqual([['Syria', 'country']]);
  });
  it('are kept when the clause names the country', () => {
    const events = run('Troops stormed Homs on Monday. Hundreds of officers sit in jails around Syria.');
    expect(events.map((e) => e.place.name)).toEqual(['Homs', 'Syria']);
  });
  it('are kept when they carry a toll', () => {
    const events = run('Troops stormed Homs on Monday. Talks failed. At least 40 people were killed on Tuesday, activists said.');
    expect(events.map((e) => [e.place.name, e.fatalities?.best])).toEqual([['Homs', undefined], ['Syria', 40]]);
  });
});

describe('statements joined by "and claims that"', () => {
  it('split into clauses, each placed on its own', () => {
    const events = run('He said officers sit in jails around Syria, and claims that soldiers have defected in Homs.', '2011-08-06');
    expect(events.map((e) => [e.place.name, e.sub_event_type])).toEqual([['Syria', 'Arrests'], ['Homs', 'Other']]);
  });
});

describe('background and movement', () => {
  const text = 'Syrian troops and tanks poured into Deraa on Monday. An activist said at least 18 people were killed in the first use of tanks in a city since demonstrations began on March 18.';
  it('"the first ... since protests began" is background: not a running total, not a date, not a protest', () => {
    const [e] = run(text, '2011-04-25');
    expect(e).toMatchObject({ event_type: 'Violence against civilians', date_start: '2011-04-25', fatalities: { low: 18 } });
  });
  it('troops pouring into a town go where the violence is: the town is no refugee destination', () =>
    expect(run(text, '2011-04-25')[0]?.place.name).toBe('Deraa'));
  it('"A third of the victims were shot" is a share of a figure already given, not an event', () =>
    expect(run('Security forces killed six people in Deraa on Wednesday. A third of the victims were shot in the past three days.')).toHaveLength(1));
});

describe('the day a sentence reports from', () => {
  it('dates an act the clause leaves undated ("the chief said Tuesday, as activists reported 100 killed")', () => {
    const [e] = run('The Arab League chief said Tuesday, as activists reported at least 100 people killed in Idlib.', '2011-12-21');
    expect(e).toMatchObject({ date_start: '2011-12-20', date_end: '2011-12-20' });
  });
});

describe('an act named again', () => {
  it('"The killings occurred in Homs and Deraa" keeps the type the killings were told with', () => {
    const events = run('Security forces killed at least 11 protesters at demonstrations on Friday. The killings, they said, occurred in Homs and Deraa.', '2011-09-03');
    expect(events.map((e) => [e.place.name, e.event_type, e.sub_event_type])).toEqual([
      ['Syria', 'Protests', 'Excessive force against protesters'],
      ['Homs', 'Protests', 'Excessive force against protesters'],
      ['Deraa', 'Protests', 'Excessive force against protesters'],
    ]);
  });
});

describe('details of a shelling', () => {
  it('"the district came under attack in the early hours" is part of the shelling of the city that day', () => {
    const events = run('Syrian army tanks have been shelling the city of Homs. A district of Homs came under attack in the early hours of the morning.', '2011-05-11');
    expect(events.map((e) => [e.place.name, e.event_type, e.date_start, e.sources.length])).toEqual([['Homs', 'Explosions/Remote violence', '2011-05-11', 2]]);
  });
});

describe('"including six in Homs"', () => {
  it('a share of a country-wide toll placed in a town is an event of its own; the total stays an aggregate', () => {
    const events = run('The Observatory said 15 civilians were killed across Syria on Friday, including six in Homs.', '2011-08-01');
    expect(events.map((e) => [e.place.name, e.fatalities?.best, !!e.aggregate])).toEqual([['Syria', 15, true], ['Homs', 6, false]]);
  });
  it('"including three children" names no place and stays in the clause', () =>
    expect(splitClauses(splitSentences('Troops killed 20 people, including three children, in Deraa.')[0]!)).toHaveLength(1));
});

describe('the dead of an act already told', () => {
  it('"Funerals were held in Homs for those killed the day before" is no new event, though it names a place', () =>
    expect(run('A bomb killed two soldiers in Deraa on Monday. Funerals were held in Homs on Tuesday for those killed the day before.').map((e) => e.place.name)).toEqual(['Deraa']));
});

describe('deployments and places the gazetteer lacks', () => {
  it('tanks that pushed into a town are a strategic development', () =>
    expect(run('Syrian tanks pushed into Homs on Monday.').map((e) => e.sub_event_type)).toEqual(['Other']));
  it('a deployment on the day and at the place of a killing is part of that act', () => {
    const events = run('Syrian troops and tanks poured into Deraa on Monday. Troops killed at least 18 people in Deraa on Monday.', '2011-04-25');
    expect(events.map((e) => [e.place.name, e.event_type, e.sources.length])).toEqual([['Deraa', 'Violence against civilians', 2]]);
  });
  it('an act at a place the gazetteer lacks ("around Arida") is kept at country level, though others are placed', () => {
    const events = run('Troops stormed Homs on Monday. Later, tanks deployed around Arida, near the border crossing with northern Lebanon.');
    expect(events.map((e) => [e.place.name, e.geo_precision])).toEqual([['Homs', 'place'], ['Syria', 'country']]);
  });
  it('"pushed into a rural area" is somewhere new too', () =>
    expect(run('Troops stormed Homs on Monday. Later, tanks pushed into a rural area near the border.')).toHaveLength(2));
});

describe('landmarks', () => {
  it('"near the Omari mosque" names a landmark, not a place the gazetteer lacks', () =>
    expect(run('Troops stormed Homs on Monday. Talks failed. Police shot two men near the Omari mosque.').map((e) => e.place.name)).toEqual(['Homs']));
});

describe('a country named in passing', () => {
  it('"Tuesday\'s clashes came after one of the bloodiest days in Syria" is no new country-wide event', () =>
    expect(run("Rebels clashed with troops in Idlib on Tuesday. Tuesday's clashes came after one of the bloodiest days in Syria.").map((e) => e.place.name)).toEqual(['Idlib']));
});

describe('the day a report comes from', () => {
  const text =
    'Troops killed 30 people in Homs on Monday. The Observatory reported Tuesday that Idlib was shelled. ' +
    'It also reported 37 civilians killed in Deraa. “Clashes broke out this morning in Idlib,” the group told AFP.';
  it('"It also reported 37 killed" with no day of its own comes from the last day named, a day of reporting too', () =>
    expect(run(text).find((e) => e.place.name === 'Deraa')?.date_start).toBe('2011-12-20'));
  it('"this morning" in a quoted report is the day of that report, not the running date of the story', () =>
    expect(run(text).filter((e) => e.place.name === 'Idlib').map((e) => e.date_start)).toEqual(['2011-12-20']));
  it('"this morning" with no report day is the day of publication', () =>
    expect(run('On Monday troops entered Homs. Security forces shot dead two protesters in Idlib this morning.').find((e) => e.place.name === 'Idlib')?.date_start).toBe('2011-12-21'));
});

describe('history', () => {
  it('an act dated by a year or decade before the report, with no day, is background', () => {
    expect(run('In the 1990s, a series of bombings killed 36 people in Homs.')).toEqual([]);
    expect(run('In 2008, troops killed 12 people in Homs.')).toEqual([]);
  });
  it('a year that names an election or an agreement dates nothing', () =>
    expect(run('Troops killed 12 people in Homs on Monday, in the 2011 election campaign.').length).toBe(1));
});

describe('who did it', () => {
  it('"no immediate claim of responsibility for the bombing" is no second bombing', () => {
    const text = 'A car bomb killed 28 people in Homs on Friday. There was no immediate claim of responsibility for the bombing.';
    const toponyms = [...text.matchAll(/Homs/g)].map((m) => ({ name: 'Homs', start: m.index!, end: m.index! + 4, ...PLACES.Homs! }));
    const { events } = extractEvents({ article: { id: 'a', text, published: '2011-08-06' }, toponyms }, { countryPoint });
    expect(events).toHaveLength(1);
  });
});

describe('a report that tells no day', () => {
  const toponymsOf = (text: string) => [...text.matchAll(/Homs/g)].map((m) => ({ name: 'Homs', start: m.index!, end: m.index! + 4, ...PLACES.Homs! }));
  it('reports what happened on the day it was published', () => {
    const text = 'Armed group kills civilians in Homs.';
    const { events } = extractEvents({ article: { id: 'a', text, published: '2013-05-22' }, toponyms: toponymsOf(text) }, { countryPoint });
    expect(events[0]!.properties).toMatchObject({ date_start: '2013-05-22', date_end: '2013-05-22', date_precision: 'day' });
  });
  it('while an act left undated in a report that tells days stays undated', () => {
    const text = 'Tanks shelled Homs on Friday. Snipers have killed civilians in Homs.';
    const { events } = extractEvents({ article: { id: 'a', text, published: '2011-08-06' }, toponyms: toponymsOf(text) }, { countryPoint });
    const snipers = events.find((e) => e.properties.sources.some((s) => /Snipers/.test(s.quote)));
    expect(snipers?.properties.date_start ?? null).not.toBe('2011-08-06');
  });
});

describe('a place the gazetteer lacks', () => {
  const BALOCHISTAN: Record<string, Omit<Toponym, 'start' | 'end' | 'name'>> = {
    Kalat: { lat: 29.03, lon: 66.59, geonameid: 1174062, country: 'PK', admin1: 'PK.02', kind: 'place' },
    Mastung: { lat: 29.8, lon: 66.85, geonameid: 1170395, country: 'PK', admin1: 'PK.02', kind: 'place' },
    Lahore: { lat: 31.56, lon: 74.35, geonameid: 1172451, country: 'PK', admin1: 'PK.04', kind: 'place' },
  };
  const admin1Point = (code: string) => (code === 'PK.02' ? { name: 'Balochistan', lat: 28.5, lon: 65.5, geonameid: 1183606, country: 'PK', admin1: 'PK.02' } : null);
  const pkPoint = (cc: string) => (cc === 'PK' ? { name: 'Pakistan', lat: 30, lon: 70, geonameid: 1168579, country: 'PK' } : null);
  function runPk(text: string) {
    const toponyms: Toponym[] = [];
    for (const [name, t] of Object.entries(BALOCHISTAN))
      for (const m of text.matchAll(new RegExp(`\\b${name}\\b`, 'g'))) toponyms.push({ ...t, name, start: m.index, end: m.index + name.length });
    toponyms.sort((a, b) => a.start - b.start);
    return extractEvents({ article: { id: 'a', published: '2024-08-26', text }, toponyms }, { countryPoint: pkPoint, admin1Point, focusCountry: 'PK' }).events.map((e) => e.properties);
  }
  it('in an article whose places lie in one province, the place keeps its name and that province ("six bodies were discovered in Bolan")', () => {
    const events = runPk('Militants attacked police stations in Kalat on Sunday. Gunmen also struck in Mastung on Sunday. Six bodies were discovered in Bolan on Sunday.');
    expect(events.at(-1)).toMatchObject({ place: { name: 'Bolan', admin1: 'PK.02', geonameid: null }, geo_precision: 'admin1', fatalities: { best: 6 } });
  });
  it('in an article whose places lie in several provinces, it stays at the country', () => {
    const events = runPk('Militants attacked police stations in Kalat on Sunday. Gunmen also struck in Lahore on Sunday. Six bodies were discovered in Bolan on Sunday.');
    expect(events.at(-1)).toMatchObject({ place: { name: 'Pakistan' }, geo_precision: 'country' });
  });
});

describe('a day of history', () => {
  it('a day told months before the report is not the day the story goes on from ("rebels seized Homs on 15 March")', () => {
    const events = run('Rebels seized Homs on 15 March, months before the siege. Shelling killed five people in Idlib, activists said.');
    const idlib = events.find((e) => e.place.name === 'Idlib');
    expect(idlib?.date_start).not.toBe('2011-03-15');
  });
  it('a day told days before the report still is ("on Sunday" … "activists said")', () => {
    const events = run('Troops shelled Homs on Sunday. Shelling killed five people in Idlib, activists said.');
    expect(events.find((e) => e.place.name === 'Idlib')?.date_start).toBe('2011-12-18');
  });
});
