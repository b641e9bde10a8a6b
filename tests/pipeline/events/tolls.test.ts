import { describe, expect, it } from 'vitest';
import { findTolls } from '../../../src/pipeline/events/tolls.ts';

const f = (s: string) => findTolls(s).fatalities;

describe('findTolls', () => {
  it('takes a number attached to a death word', () => {
    expect(f('Syrian security forces killed at least 18 protesters on Friday.')).toEqual({ low: 18, best: 18, high: null });
    expect(f('An estimated 300 people have been killed since the assault began.')).toEqual({ low: 300, best: 300, high: 300 });
    expect(f('Four women were shot dead near the town.')).toEqual({ low: 4, best: 4, high: 4 });
    expect(f('The death toll rose to 37 on Saturday.')).toEqual({ low: 37, best: 37, high: 37 });
  });
  it('never takes a population, a crowd, defectors, a distance, an age or a photo number', () => {
    expect(f('tanks attacked the city of 700,000 people, killing residents')).toBeNull();
    expect(f('tens of thousands of protesters poured into the streets')).toBeNull();
    expect(f('4,500 soldiers have defected in the Damascus area')).toBeNull();
    expect(f('shelling was heard 5 kilometers away from the border')).toBeNull();
    expect(f('a 14-year-old boy was among those arrested')).toBeNull();
    expect(f('Hama residents duck to avoid bullets 311 R')).toBeNull();
  });
  it('one person named as killed is a toll of one', () => {
    expect(f('Security forces shot dead a 10-year-old boy in Deraa.')).toEqual({ low: 1, best: 1, high: 1 });
    expect(f('A protester was killed in Homs on Friday.')).toEqual({ low: 1, best: 1, high: 1 });
    expect(f('A soldier was wounded in Homs on Friday.')).toBeNull();
    expect(f('A man whose house was shelled said he had seen tanks.')).toBeNull();
  });
  it('a count joined by "and" to a toll, too far from the death verb, is part of it; a count of things is not', () => {
    expect(f('4 pro-government militia members and 3 Taliban militants were killed in Nijrab.')).toEqual({ low: 7, best: 7, high: 7 });
    expect(f('10 houses were burned and 3 people were killed.')).toEqual({ low: 3, best: 3, high: 3 });
    expect(f('Gunmen torched 10 houses and killed 3 people.')).toEqual({ low: 3, best: 3, high: 3 });
    expect(f('1 civilian was kidnapped and killed by Taliban militants.')).toEqual({ low: 1, best: 1, high: 1 });
  });
  it('the dead may be named by a longer "of" phrase ("2 members of the regime\'s Air Force Intelligence were killed")', () => {
    expect(f("2 members of the regime's Air Force Intelligence were killed and a 3rd was injured.")).toEqual({ low: 2, best: 2, high: 2 });
    expect(f('5 officers of the local police station were shot dead.')).toEqual({ low: 5, best: 5, high: 5 });
  });
  it('"no one was killed" is no toll', () => expect(f('No one was killed in the protests in Deraa on Friday.')).toBeNull());
  it('"one of the dead", "two of those killed": a part of a toll already told is no toll', () => {
    expect(f('Moreno confirmed that one of the dead was an Ecuadorean cadet.')).toBeNull();
    expect(f('Two of those killed were children, the ministry said.')).toBeNull();
  });
  it('a death toll named with a long "from" phrase is still the toll it rose to', () =>
    expect(f('The death toll from Thursday’s car bomb attack on a Colombian police academy has risen to 21 overnight.')).toEqual({ low: 21, best: 21, high: 21 }));
  it('"two children were among the dead" is at least two', () =>
    expect(f('Two children were among the dead in Hama on Sunday.')).toEqual({ low: 2, best: 2, high: null }));
  it('a bare year is no toll, but "2,000" is a number', () => {
    expect(f('The 1982 massacre in Hama killed thousands.')).toEqual({ low: 2000, best: 2000, high: null });
    expect(f('More than 2,000 people were killed in the assault on Hama.')).toEqual({ low: 2000, best: 2000, high: null });
  });
  it('adds up counts joined by "and" under one death verb', () =>
    expect(f('It said one soldier and two armed men were killed in clashes around the town.')).toEqual({ low: 3, best: 3, high: 3 }));
  it('a toll "in the crackdown" or "since protests began" is a running total', () => {
    expect(f('Thousands have been arrested and hundreds killed in the crackdown.')).toBeNull();
    expect(f('More than 1,650 people have been killed since pro-democracy protests began, activists said.')).toBeNull();
  });
  it('records wounded counts as injured, not killed', () => {
    const t = findTolls('At least 12 people were wounded in the attack.');
    expect(t.fatalities).toBeNull();
    expect(t.injured).toEqual({ low: 12, best: 12, high: null });
  });
  it('records running totals since the uprising began as cumulative figures, not tolls', () => {
    const t = findTolls('More than 1,600 people have been killed since the uprising began in March.');
    expect(t.fatalities).toBeNull();
    expect(t.cumulative[0]?.range.low).toBe(1600);
  });
});

describe('findTolls, asides and mixed counts', () => {
  it('"At least 30 civilians, including eight children, were killed": the aside does not cut the toll off', () =>
    expect(f('At least 30 civilians, including eight children, were killed in Idlib.')).toEqual({ low: 30, best: 30, high: null }));
  it('"Over 100 people, mainly defectors, were reported killed" is a toll', () =>
    expect(f('Over 100 people, mainly defectors, were reported killed.')).toMatchObject({ low: 100, high: null }));
  it('"killed or wounded" counts the dead and the hurt together: at most that many died', () =>
    expect(f('100 deserters were besieged then killed or wounded.')).toEqual({ low: null, best: null, high: 100 }));
  it('"killed and injured" likewise', () => expect(f('Twenty people were killed and injured in the blast.')).toEqual({ low: null, best: null, high: 20 }));
});

describe('findTolls, tolls that rise', () => {
  it('"the death toll from Sunday\'s assault on Hama had risen to 140" is a toll of 140', () =>
    expect(f("the death toll from Sunday's assault on Hama had risen to 140")).toEqual({ low: 140, best: 140, high: 140 }));
  it('"the death toll in Homs rose to 12"', () => expect(f('The death toll in Homs rose to 12 on Monday.')).toMatchObject({ low: 12, high: 12 }));
});

describe('findTolls, the hurt after "left"', () => {
  it('"the attack left dozens injured" counts the injured, not the dead', () => {
    expect(f('the attack that also left dozens injured')).toBeNull();
    expect(findTolls('the attack Friday left another 128 people wounded').injured).toMatchObject({ low: 128 });
  });
  it('"killing 5 and wounding 10" and "left 3 dead and 7 injured" keep both counts apart', () => {
    expect(f('killing 5 and wounding 10')).toMatchObject({ low: 5, high: 5 });
    expect(findTolls('left 3 dead and 7 injured')).toMatchObject({ fatalities: { low: 3 }, injured: { low: 7 } });
  });
});

describe('findTolls, verbs of mass killing', () => {
  it('"massacring more than 80 people" is a toll of 80 or more', () =>
    expect(f('Activists accuse forces of massacring more than 80 people in Zahedan.')).toEqual({ low: 80, best: 80, high: null }));
});

describe('findTolls, a war\'s running total', () => {
  it('"a conflict that has resulted in the deaths of more than 6,000 people" is a running total, not a toll', () => {
    const t = findTolls('The suppression has led to a full-blown conflict that has resulted in the deaths of more than 6,000 people.');
    expect(t.fatalities).toBeNull();
    expect(t.cumulative.map((c) => c.range.low)).toEqual([6000]);
  });
  it('"fighting that has killed more than 2,000 soldiers and civilians" is a running total too', () =>
    expect(f('While ending fighting that has killed more than 2,000 soldiers and civilians on both sides, the deal was rejected.')).toBeNull());
  it('but "fighting has killed 12 people" tells the toll of the fighting', () => expect(f('Fighting has killed 12 people in the town.')).toMatchObject({ low: 12 }));
});
