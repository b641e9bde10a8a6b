import { describe, expect, it } from 'vitest';
import { findTrigger } from '../../../src/pipeline/events/triggers.ts';
import { findSides } from '../../../src/pipeline/events/actors.ts';

const type = (s: string) => {
  const t = findTrigger(s);
  return t && `${t.event_type} / ${t.sub_event_type}`;
};

describe('findTrigger', () => {
  it('fire from small arms or machine guns at the other side\'s positions, or an exchange of fire or shelling, is an armed clash', () => {
    expect(type('Rebel forces fired mortars, heavy machine guns and small arms at government positions near the town.')).toBe('Battles / Armed clash');
    expect(type('A clash between the two forces, involving an exchange of shelling, was reported on the airport road.')).toBe('Battles / Armed clash');
    expect(type('Troops shelled the town with mortars.')).toMatch(/^Explosions/);
  });
  it('strikes that kill or hit are a weapon\'s; a strike of workers is none', () => {
    expect(type('Israeli strikes killed a woman in the south.')).toBe('Explosions/Remote violence / Air/drone strike');
    expect(findTrigger('Teachers strikes hit schools across the region.')?.event_type).not.toBe('Explosions/Remote violence');
    expect(findTrigger('The general strike hit the capital.')?.event_type).not.toBe('Explosions/Remote violence');
  });
  it('what someone is suspected, accused or charged of is no act told ("a man suspected of kidnapping a child was beaten")', () => {
    expect(type('A man suspected of kidnapping a child was beaten up by locals.')).toBe('Violence against civilians / Attack');
    expect(findTrigger('Police arrested a man accused of kidnapping.')?.sub_event_type).toBe('Arrests');
  });
  it('the dead that are honoured or mourned are no killing told ("rallied … to honor the dead of the pandemic")', () => {
    expect(findTrigger('About 30 doctors rallied in Athens to honor the dead of the coronavirus pandemic.')?.event_type).toBe('Protests');
    expect(findTrigger('Residents mourned the dead in the square.')).toBeNull();
  });
  it('a killing at a protest is excessive force against protesters', () =>
    expect(type('Security forces killed 18 protesters.')).toBe('Protests / Excessive force against protesters'));
  it('a baton charge on traders is an attack; on demonstrators, an intervention in their protest', () => {
    expect(type('Troopers baton charged traders at the market in Agartala.')).toBe('Violence against civilians / Attack');
    expect(type('Police lathi-charged the demonstrators protesting at the office.')).toMatch(/^Protests/);
  });
  it('burning rubber tyres on a road is a violent demonstration', () =>
    expect(type('Residents closed the road by burning rubber tires.')).toBe('Riots / Violent demonstration'));
  it('shelling is explosions/remote violence', () =>
    expect(type('Tanks have been shelling the city of Homs.')).toBe('Explosions/Remote violence / Shelling/artillery/missile attack'));
  it('killing livestock is no attack on people', () => expect(type('Soldiers killed livestock in the villages.')).toBeNull());
  it('forces that "pounded" a district shelled it', () =>
    expect(type('Syrian forces pounded the district of Baba Amr.')).toBe('Explosions/Remote violence / Shelling/artillery/missile attack'));
  it('an army assault on a town is violence against civilians', () =>
    expect(type('Tanks launched an attack on the city of Hama.')).toBe('Violence against civilians / Attack'));
  it('words that only look like acts are none: a team called the Rockets, weapons in a deal, "shot down rumours", "beat rival bidders"', () => {
    expect(findTrigger('The Rockets swept their four-game season series with Portland.')).toBeNull();
    expect(findTrigger('The deal includes tanks, combat ships and missile defense systems.')).toBeNull();
    expect(findTrigger('The president immediately shot down rumours of a sale.')).toBeNull();
    expect(findTrigger('Star beat rival bidders to win the rights.')).toBeNull();
    expect(findTrigger('More than 150 dead mullet washed up on the shore.')).toBeNull();
    expect(type('Rockets hit the town of Sderot on Friday.')).toBe('Explosions/Remote violence / Shelling/artillery/missile attack');
    expect(type('Protesters were beaten by security forces.')).toBe('Protests / Protest with intervention');
  });
  it('clashes of people against people, with no armed side, are riots', () => {
    expect(type('At least 12 people were killed in clashes in the city, raising fears of a sectarian tone.')).toBe('Riots / Mob violence');
    expect(type('Troops clashed with defectors near the border.')).toBe('Battles / Armed clash');
  });
  it('the act of the whole comes before the act of a part named after "including"', () =>
    expect(type('Another 40 people were killed across the country including three government soldiers fighting armed rebels.')).toBe('Violence against civilians / Attack'));
  it('armed groups firing on security forces is a battle; gunmen firing on a bus is not made one by the firing', () => {
    expect(type('Armed groups had opened fire on security forces in Daraa, killing two policemen.')).toBe('Battles / Armed clash');
    expect(type('Gunmen opened fire on a bus carrying workers.')).toBe('Violence against civilians / Attack');
  });
  it('rebels shooting down a helicopter is a battle', () => expect(type('Rebels said they had shot down a government helicopter near Aleppo.')).toBe('Battles / Armed clash'));
  it('"no one was killed" names no killing', () => expect(findTrigger('No one was killed in Deraa.')).toBeNull());
  it('soldiers killed by "armed terrorist groups" is a battle', () =>
    expect(type('Two members of the security forces were killed by armed terrorist groups in Homs.')).toBe('Battles / Armed clash'));
  it('clashes with defectors are battles', () => expect(type('The army clashed with defectors near the border.')).toBe('Battles / Armed clash'));
  it('defections are strategic developments', () => expect(type('4,500 soldiers have defected.')).toBe('Strategic developments / Other'));
  it('arrests are strategic developments', () => expect(type('Police arrested 300 people.')).toBe('Strategic developments / Arrests'));
  it('a peaceful protest is a protest', () => expect(type('Thousands protested in the square.')).toBe('Protests / Peaceful protest'));
  it('a negated act is no event', () => expect(findTrigger('He told his soldiers not to fire on anyone.')).toBeNull());
  it('an order to shoot is a claim', () => expect(findTrigger('He was ordered to shoot at everyone.')?.claim).toBe(true));
  it('no trigger, no event', () => expect(findTrigger('The minister visited the capital.')).toBeNull());
});

describe('findSides', () => {
  const sides = (text: string) => findSides(text, findTrigger(text)?.index ?? 0);
  it('keeps demonyms on actors and lists each once, in order; the people acted on are victims', () =>
    expect(sides('Syrian security forces killed at least 18 protesters in attacks on protesters')).toEqual({ actors: ['Syrian security forces'], victims: ['protesters'] }));
  it('the subject of a passive act is its victim, the agent after "by" its actor', () =>
    expect(sides('Twelve protesters were killed by security forces in Hama.')).toEqual({ actors: ['security forces'], victims: ['protesters'] }));
  it('both sides of a clash are actors', () => expect(sides('clashes between armed gangs and defectors')).toEqual({ actors: ['armed gangs', 'defectors'], victims: [] }));
  it('those who tell of it are neither ("activists said", "according to residents")', () =>
    expect(sides('The army shelled Rastan, killing at least 11 civilians, activists said.')).toEqual({ actors: ['army'], victims: ['civilians'] }));
  it('a sentence may open with the actor ("Security forces arrested 300 activists")', () =>
    expect(sides('Security forces arrested 300 activists in raids.')).toEqual({ actors: ['security forces'], victims: ['activists'] }));
  it('people who protest take part: they are actors', () => expect(sides('Tens of thousands of demonstrators marched in Hama.')).toEqual({ actors: ['demonstrators'], victims: [] }));
});

describe('findTrigger recoding by sides', () => {
  it('killing defectors is a battle, not violence against civilians', () =>
    expect(type('Between 60 and 70 defectors were gunned down by the army.')).toBe('Battles / Armed clash'));
  it('clashes with protesters that kill are excessive force against protesters', () =>
    expect(type('Clashes between security forces and protesters left 30 dead.')).toBe('Protests / Excessive force against protesters'));
});

describe('findTrigger: weapons, fights and who fights', () => {
  it('a bomb that was planted and killed is a remote explosive, not the killing', () => {
    expect(type('A bomb planted by the group killed 1 soldier in the city.')).toBe('Explosions/Remote violence / Remote explosive/landmine/IED');
    expect(type('Militants detonated an explosive device near the market.')).toBe('Explosions/Remote violence / Remote explosive/landmine/IED');
  });
  it('a thrown grenade is a grenade; grenade launchers fire like artillery', () => {
    expect(type('Militants lobbed a grenade at the forces in the town.')).toBe('Explosions/Remote violence / Grenade');
    expect(type('The forces fired grenade launchers at the positions of the militia.')).toBe('Explosions/Remote violence / Shelling/artillery/missile attack');
  });
  it('a shoot-out or an exchange of fire is a battle even with no side named', () => {
    expect(type('A shoot-out took place in the neighborhood.')).toBe('Battles / Armed clash');
    expect(type('An exchange of fire took place near the border.')).toBe('Battles / Armed clash');
  });
  it('repelling or thwarting an attack is a fight', () =>
    expect(type('The military forces repelled an attack of Boko Haram in the town.')).toBe('Battles / Armed clash'));
  it('crowds that clash with no armed side are mob violence; a gang, a militia or a clan makes it a battle', () => {
    expect(type('Supporters of two candidates clashed in the town.')).toBe('Riots / Mob violence');
    expect(type('Gang members clashed with police agents.')).toBe('Battles / Armed clash');
    expect(type('Militias from rival clans clashed in the district.')).toBe('Battles / Armed clash');
  });
  it('protesters who clash with police, with no one killed, make a violent demonstration', () =>
    expect(type('Students staged a demonstration and clashed with police forces.')).toBe('Riots / Violent demonstration'));
});


describe('findTrigger: weapons kept from use and prisoners freed', () => {
  it('a bomb defused, a mine that went off in its planters\' hands, a drone shot down, a cache seized is disrupted weapons use', () => {
    expect(type('Iraqi forces defused a booby-trapped vehicle before it exploded.')).toBe('Strategic developments / Disrupted weapons use');
    expect(type('2 militants were killed when landmines they were planting exploded prematurely.')).toBe('Strategic developments / Disrupted weapons use');
    expect(type('LNA forces reportedly shot down a Turkish drone near the base.')).toBe('Strategic developments / Disrupted weapons use');
    expect(type('Police recovered arms and ammunition including one AK-56 rifle.')).toBe('Strategic developments / Disrupted weapons use');
  });
  it('taking a town after defusing its mines is still the taking', () =>
    expect(type('Government soldiers took control of the town after defusing explosives planted by gunmen.')).toBe('Battles / Government regains territory'));
  it('prisoners released are a development, not an arrest', () =>
    expect(type('The government released 98 Taliban prisoners from the prison.')).toBe('Strategic developments / Other'));
});

describe('findTrigger: causes and burning barricades', () => {
  it('a killing named as the cause of a protest is no killing told here: the protest is the act', () => {
    expect(type('Journalists staged a protest in front of the press club, demanding justice against the prior killing of a journalist.')).toBe('Protests / Peaceful protest');
    expect(type('Teachers staged protest rallies against the killings and assault on protesters.')).toBe('Protests / Peaceful protest');
  });
  it('roads barricaded with burning tyres or tyres on fire are a violent demonstration', () => {
    expect(type('Workers barricaded roads with burning tires in front of the headquarters.')).toBe('Riots / Violent demonstration');
    expect(type('About 30 people blocked the highway with tires and branches on fire.')).toBe('Riots / Violent demonstration');
  });
});

describe('findTrigger: acts told as background', () => {
  it('what a protest is of or over, and what had been done to someone before, are no acts of the clause', () => {
    expect(type('A group gathered outside the town administration in protest of the abduction of a civilian.')).toBe('Protests / Peaceful protest');
    expect(type('Residents demonstrated over the killing of a taxi driver.')).toBe('Protests / Peaceful protest');
    expect(type('Activists held a protest with two activists who had been detained 10 days ago.')).toBe('Protests / Peaceful protest');
    expect(type('Unrest erupted, two weeks into protests over the death of a woman following her arrest.')).toBe('Protests / Peaceful protest');
  });
});

describe('findTrigger: the wounded as people cared for', () => {
  it('"airlifted the wounded", "unable to reach wounded civilians" tell no act', () => {
    expect(findTrigger('The military said it airlifted some of the wounded to Zamboanga.')).toBeNull();
    expect(findTrigger('Ambulances were unable to reach wounded civilians.')).toBeNull();
  });
  it('"were wounded" still tells one', () => expect(findTrigger('Five people were wounded in the blast')).not.toBeNull());
});

describe('findTrigger: every form of the verb', () => {
  it('"accuse forces of massacring 80 people" tells a killing', () =>
    expect(findTrigger('Activists accuse security forces of massacring more than 80 people in Zahedan.')?.event_type).toBe('Violence against civilians'));
});

describe('findTrigger: offensives', () => {
  it('"troops launched a major military offensive" is a battle', () =>
    expect(findTrigger('Georgian troops launched a major military offensive Friday to regain control over the province.')?.event_type).toBe('Battles'));
  it('a company launching an offensive of marketing is none', () =>
    expect(findTrigger('The company launched a marketing offensive on Friday.')).toBeNull());
});
