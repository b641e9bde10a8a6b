import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/pipeline/nlp/analyse.ts';
import { recodeBySides } from '../../../src/pipeline/events/sides-recode.ts';
import type { Trigger } from '../../../src/pipeline/events/triggers.ts';

const recode = (text: string, word: string, event_type: Trigger['event_type'] = 'Violence against civilians', sub_event_type = 'Attack') =>
  recodeBySides({ event_type, sub_event_type, word, index: text.indexOf(word), claim: false }, analyse(text), 0);

describe('recodeBySides', () => {
  it('an attack on the state\'s forces is a battle, active or passive', () => {
    expect(recode('Taliban militants attacked and killed 15 Afghan soldiers in the district.', 'killed').event_type).toBe('Battles');
    expect(recode('On 19 March, 1 soldier was killed by a Taliban sniper in the district.', 'killed').event_type).toBe('Battles');
  });
  it('the forces as doers, or a source that is police, change nothing', () => {
    expect(recode('Security forces killed 12 protesters in the square.', 'killed').event_type).toBe('Violence against civilians');
    expect(recode('Gunmen killed them, a police commander told reporters.', 'killed').event_type).toBe('Violence against civilians');
    expect(recode('Eleven people, including security personnel, were killed in the town.', 'killed').event_type).toBe('Violence against civilians');
  });
  it('a crowd that attacks the state\'s forces riots, even as the noun "attack" ("came under attack from a group of rioters")', () => {
    expect(recode('Officers in Tsuen Wan came under attack from a group of rioters.', 'attack')).toMatchObject({ event_type: 'Riots', sub_event_type: 'Violent demonstration' });
    expect(recode('Villagers attacked police officers at the station.', 'attacked')).toMatchObject({ event_type: 'Riots', sub_event_type: 'Mob violence' });
    expect(recode('Officers came under attack from gunmen.', 'attack').event_type).not.toBe('Riots');
  });
  it('protesters who storm or beat make their demonstration violent; villagers who do are a mob', () => {
    expect(recode('Angry protesters stormed government buildings and parliament.', 'stormed')).toMatchObject({ event_type: 'Riots', sub_event_type: 'Violent demonstration' });
    expect(recode('Villagers stormed the house of the suspect.', 'stormed')).toMatchObject({ event_type: 'Riots', sub_event_type: 'Mob violence' });
  });
  it('hand-to-hand violence by a crowd or by ordinary people is mob violence', () => {
    expect(recode('On 23 August, villagers assaulted and killed a person on suspicion of theft.', 'assaulted')).toMatchObject({ event_type: 'Riots', sub_event_type: 'Mob violence' });
    expect(recode('A suspected thief was beaten up by locals in the market.', 'beaten')).toMatchObject({ event_type: 'Riots' });
    expect(recode('At least 14 people killed in the strike.', 'killed').event_type).toBe('Violence against civilians');
  });
  it('a crowd named with an acronym ("supporters of a UP chairman") or told with a participle ("burnt to death by a mob") is still a crowd', () => {
    expect(recode('At least 20 supporters of a UP chairman assaulted and injured a street vendor in the union.', 'assaulted')).toMatchObject({ event_type: 'Riots', sub_event_type: 'Mob violence' });
    expect(recode('A man was burnt to death by a mob in Meru.', 'burnt')).toMatchObject({ event_type: 'Riots', sub_event_type: 'Mob violence' });
    expect(recode('A man was burnt to death by gunmen in Meru.', 'burnt').event_type).toBe('Violence against civilians');
  });
  it('tyres burnt on a road are a protest\'s, not the destruction of property', () => {
    expect(recode('People cut off roads and burned tires in the district.', 'burned', 'Riots', 'Violent demonstration').event_type).toBe('Riots');
  });
  it('people killed by no one named during an operation or fighting fell in a battle, unless they are civilians', () => {
    expect(recode('The spokesman said 18 more Maute Group members were killed during Thursday’s operation.', 'killed').event_type).toBe('Battles');
    expect(recode('Five villagers were killed during the operation.', 'killed').event_type).toBe('Violence against civilians');
  });
  it('a protest whose people vandalise, loot or throw stones is a violent demonstration', () => {
    expect(recode('Demonstrators marched and vandalised several vehicles.', 'marched', 'Protests', 'Peaceful protest')).toMatchObject({ event_type: 'Riots', sub_event_type: 'Violent demonstration' });
    expect(recode('Riot police fired tear gas at the protest.', 'protest', 'Protests', 'Protest with intervention').event_type).toBe('Protests');
  });
  it('armed men who kill civilians commit violence against civilians, even after a battle reading', () => {
    expect(recode('On 8 May, unidentified gunmen shot and killed 2 civilians in the town.', 'shot', 'Battles', 'Armed clash')).toMatchObject({ event_type: 'Violence against civilians', sub_event_type: 'Attack' });
    expect(recode('Suspected militants have killed at least 48 people near the resort.', 'killed', 'Battles', 'Armed clash').event_type).toBe('Violence against civilians');
    expect(recode('On 2 March, a former soldier was killed by Taliban militants while travelling.', 'was killed', 'Battles', 'Armed clash').event_type).toBe('Violence against civilians');
  });
  it('forces against forces, or an attack on armed men, is a battle', () => {
    expect(recode('On 3 May, GNA forces attacked LNA forces in the camp.', 'attacked').event_type).toBe('Battles');
    expect(recode('NAS rebels conducted attacks on SSPDF forces in the county.', 'attacks').event_type).toBe('Battles');
    expect(recode('On 8 May, 1 TMF fighter was shot and killed by IS snipers near the river.', 'was shot').event_type).toBe('Battles');
  });
  it('the doers are read past an aside and through "of" ("supporters of the candidate, backed by the party, assaulted")', () =>
    expect(recode('On 12 June, at least 30 supporters of the candidate for mayor, backed by the party, assaulted and injured a rival in the city.', 'assaulted').event_type).toBe('Riots'));
  it('a trigger that starts with its auxiliary is read at its verb ("was beaten")', () =>
    expect(recode('A suspected thief was beaten up by locals before being arrested.', 'was beaten').event_type).toBe('Riots'));
  it('a clash keeps its type whoever was hit', () =>
    expect(recode('Troops clashed with villagers and killed 3 civilians.', 'clashed', 'Battles', 'Armed clash').event_type).toBe('Battles'));
  it('a protest is violent by what its crowd burns, throws or breaks, even told in the next sentence', () => {
    const violent = (text: string, word: string) => recode(text, word, 'Protests', 'Peaceful protest').event_type;
    expect(violent('On 28 April, demonstrators barricaded roads with burning tires to demand assistance.', 'demonstrators')).toBe('Riots');
    expect(violent('Members of the party staged a demonstration in the city. Party members vandalized several vehicles during the demonstration.', 'demonstration')).toBe('Riots');
    expect(violent('Police used teargas to disperse violent demonstrations by prisoners.', 'demonstrations')).toBe('Riots');
    expect(violent('Residents demonstrated, with some pelting stones, at the district office.', 'demonstrated')).toBe('Riots');
  });
  it('stones not thrown, flags burnt, a riot told as background or riot police make no violent protest', () => {
    const violent = (text: string, word: string) => recode(text, word, 'Protests', 'Peaceful protest').event_type;
    expect(violent('Truck drivers staged a protest over the non-clearance of imported stones.', 'protest')).toBe('Protests');
    expect(violent('Residents blocked the road with stones to protest against energy prices.', 'protest')).toBe('Protests');
    expect(violent('Protesters burned the flag of the party outside the embassy.', 'Protesters')).toBe('Protests');
    expect(violent('Residents performed a pot-banging protest. It was the first day of protests, after riots in the prisons last week.', 'protest')).toBe('Protests');
    expect(violent('Riot police watched the protest in the square.', 'protest')).toBe('Protests');
  });
  it('property burnt or damaged by armed or unknown men, with no one hurt and no crowd, is property destruction', () => {
    expect(recode('Two trucks of a company were set on fire by a group of armed men.', 'set on fire', 'Riots', 'Violent demonstration')).toMatchObject({ event_type: 'Strategic developments', sub_event_type: 'Looting/property destruction' });
    expect(recode('Unknown gunmen attacked and damaged the building of the radio offices.', 'attacked').sub_event_type).toBe('Looting/property destruction');
    expect(recode('A building was set on fire by unknown rioters in the suburb.', 'set on fire', 'Riots', 'Violent demonstration').event_type).toBe('Riots');
    expect(recode('Security forces attacked the mosque before dawn.', 'attacked').event_type).toBe('Violence against civilians');
  });
});


describe('recodeBySides: a crowd in a clash', () => {
  it('protesters who clash with a party\'s men, killing some, are mob violence', () =>
    expect(recode('Three were killed in clashes between the protesters and Chhatra League men in Chattogram.', 'killed')).toMatchObject({ event_type: 'Riots', sub_event_type: 'Mob violence' }));
  it('protesters who clash with police are a violent demonstration', () =>
    expect(recode('Two died in clashes between students and police in the city.', 'died')).toMatchObject({ event_type: 'Riots', sub_event_type: 'Violent demonstration' }));
  it('an armed group on either side keeps it no riot', () =>
    expect(recode('Five were killed in clashes between villagers and militants.', 'killed').event_type).not.toBe('Riots'));
});

describe('recodeBySides: who was on each side, whatever the tagger calls the words', () => {
  it('armed men who kill a civilian commit violence against civilians, even when the tagger reads "civilian" as an adjective', () =>
    expect(recode('On 4 June, rebel militants shot and killed 1 civilian in the district.', 'shot')).toMatchObject({ event_type: 'Violence against civilians' }));
  it('an armed side that shoots a soldier or a ranger fights a battle, even with "shot" read as a noun', () => {
    expect(recode('On 3 June, a rebel sniper shot a soldier at a checkpoint near the town.', 'shot').event_type).toBe('Battles');
    expect(recode('On 3 June, separatists shot and killed one ranger in the village.', 'shot').event_type).toBe('Battles');
  });
  it('forces that kill a suspected commander of an armed group fight a battle', () =>
    expect(recode('On 2 June, the army killed a suspected rebel commander and his son in the village.', 'killed').event_type).toBe('Battles'));
  it('forces that kill suspected members of a group in days of operations fight a battle; civilians killed so do not', () => {
    expect(recode('Security forces in the province have killed 12 suspected members of the Liberation Front in three days of operations in the hills.', 'killed').event_type).toBe('Battles');
    expect(recode('Security forces have killed 12 villagers in three days of operations in the hills.', 'killed').event_type).toBe('Violence against civilians');
  });
  it('attacks "targeting" police stations are attacks on the state\'s forces: a battle', () =>
    expect(recode('The attacks began late on Sunday, targeting checkpoints and police stations in four towns.', 'attacks').event_type).toBe('Battles'));
  it('a crowd named with a number ("a mob of about 200 people") or after "to death" and a bracketed place is still a crowd', () => {
    expect(recode('A mob of about 200 people, led by a local councillor, attacked the house of the chief.', 'attacked')).toMatchObject({ event_type: 'Riots', sub_event_type: 'Mob violence' });
    expect(recode('A youth mob from the market (Delta state) set ablaze and killed a suspected thief.', 'killed')).toMatchObject({ event_type: 'Riots', sub_event_type: 'Mob violence' });
    expect(recode('A man was burnt to death by a mob in the town.', 'death')).toMatchObject({ event_type: 'Riots', sub_event_type: 'Mob violence' });
  });
  it('sellers who attack a policewoman riot', () =>
    expect(recode('A policewoman was attacked by a group of sellers at the market.', 'attacked').event_type).toBe('Riots'));
  it('labourers or party members who clash with police, killing no one, are a mob; "between two farmer groups" names both sides', () => {
    expect(recode('Over 200 labourers clashed with police at the shelter.', 'clashed', 'Battles', 'Armed clash')).toMatchObject({ event_type: 'Riots', sub_event_type: 'Mob violence' });
    expect(recode('A farmer was killed in a clash between two farmer groups over a land dispute.', 'killed')).toMatchObject({ event_type: 'Riots', sub_event_type: 'Mob violence' });
  });
  it('a protest whose crowd throws petrol bombs, barricades the roads or brawls with police is a violent demonstration', () => {
    const violent = (text: string, word: string) => recode(text, word, 'Protests', 'Protest with intervention');
    expect(violent('Police cleared the crowd with tear gas after protesters threw petrol bombs.', 'tear gas').event_type).toBe('Riots');
    expect(violent('Demonstrators barricaded the main roads, and police dispersed them with tear gas.', 'dispersed').event_type).toBe('Riots');
    expect(violent('Demonstrators marched past police barricades and were dispersed with tear gas.', 'dispersed').event_type).toBe('Protests');
  });
});
