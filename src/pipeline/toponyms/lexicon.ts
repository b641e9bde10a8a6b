// Closed word classes that steer recognition: never place names, titles before people, words that make
// a name an organisation's, connectors inside place names, and place-type words around them.

const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

export const MONTHS_DAYS = set(`January February March April May June July August September October November December
  Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday
  Mon Tue Tues Wed Thu Thurs Fri Sat Sun Today Yesterday Tomorrow`);

/** Capitalised words that are never places on their own in English news. */
export const NEVER_PLACES = set(`I A An The He She It We They You His Her Its Our Their This That These Those There Here
  Mr Mrs Ms Dr Sir Madam Lord Lady God Allah Jesus Christ Islam Islamic Muslim Muslims Christian Christians Jewish Jews
  Jew Sunni Sunnis Shia Shiite Shiites Alawite Alawites Druze Kurd Kurds Kurdish Arab Arabs Arabic Persian Western
  Eastern Northern Southern Central European Europeans African Africans Asian Asians Latino Hispanic Christmas Easter
  Ramadan Eid Hajj Internet Web Facebook Twitter YouTube Google Reuters AFP AP CNN BBC Prime President Minister
  Government Parliament Congress Senate Army Police Twitter Instagram Update Updated Photo Video Read More Related
  Breaking News Click Share Comment Comments Advertisement Image Caption Copyright Getty Images Source Sources
  Mayor Governor Chief Officer Pope Sheikh King Queen Prince Emperor North South East West Northern Southern Eastern
  Western Central Federal National Union Commonwealth States Republic Kingdom Capital Coast Upper Lower Greater
  Old New Saint St Mount Lake River Valley Molotov`);

/** Multi-word names that are not places although the gazetteer has them. */
export const NEVER_PLACE_PHRASES = new Set(['White House', 'El Niño', 'La Niña', 'El Nino', 'La Nina']);

/** Verbs of saying: "Nelson said" is a person (capitals and countries said things too: checked by size). */
export const SPEECH_VERBS = set(`said says told added wrote explained noted stated argued asked replied insisted
  recalled warned announced tweeted claimed explains explained concedes conceded admits admitted thinks believes
  reported reports`);

/** Nouns for a person's kin or companions before a name: "his brother Tyler", "girlfriend Olivia", "husband, Jerome". */
export const KIN_NOUNS = set(`brother brothers sister sisters son sons daughter daughters father mother dad mom mum
  husband wife girlfriend boyfriend fiance fiancé fiancee fiancée partner uncle aunt cousin nephew niece grandson
  granddaughter grandfather grandmother grandchild stepson stepdaughter stepfather stepmother twin baby child`);

/** Nouns for the members of a group after its name: "Hamas fighters", "the Fano militia". */
export const GROUP_NOUNS = set(`militia militias militiamen militants militant fighters fighter insurgents gunmen
  cadres operatives loyalists members member leader leaders commander commanders spokesman spokesperson
  clan clans clansmen tribe tribes tribesmen gang gangs cartel company firm groups`);

/** Lower-case nouns of natural features after a name: "the Sari river" is no town of Sari. */
export const NATURAL_NOUNS = set(`river rivers mountain mountains valley desert plain plains hills range plateau lake
  creek stream canal`);

/** Lower-case nouns of sites after a name: "the Mira market", "Al Birayn checkpoint" name the site, not a town. */
export const SITE_NOUNS = set(`market bazaar checkpoint bridge mosque church street road highway roundabout square
  hospital school university camp base prison`);

/** Titles that precede a person's name. */
export const TITLES = set(`Mr Mrs Ms Miss Dr Prof Professor Sir Dame Lord Lady Attorney Lawyer Activist Dr. Mr. Mrs. Ms. President Pres Vice Premier Minister
  PM Chancellor Secretary Senator Sen Rep Representative Congressman Congresswoman Governor Gov Mayor Judge Justice
  General Gen Lt Lieutenant Col Colonel Maj Major Capt Captain Sgt Sergeant Cpl Corporal Pvt Private Admiral Adm
  Commander Cmdr Brig Brigadier Marshal King Queen Prince Princess Emperor Sheikh Sheik Emir Imam Ayatollah Rabbi
  Father Rev Reverend Bishop Archbishop Cardinal Pope Saint Ambassador Envoy Officer Detective Sheriff Deputy Coach
  Chairman Chairwoman CEO Spokesman Spokeswoman Spokesperson Mullah Mufti Sultan Pastor Brother Sister Uncle Aunt
  Dear Mister Madame Mme Mlle Herr Senor Señor Signor`);

/** Words that make a capitalised run an organisation, event or work rather than a place. */
export const ORG_WORDS = set(`Bank Banks University Universities College School Schools Academy Institute Institution
  Committee Committees Council Councils Ministry Ministries Department Office Agency Agencies Authority Commission
  Observatory Organisation Organization Organisations Organizations Association Federation League Union Party Parties
  Front Movement Forces Force Army Navy Guard Guards Brigade Brigades Battalion Regiment Corps Police Militia Coalition
  Alliance Network Networks Times Post News Journal Herald Tribune Gazette Telegraph Chronicle Daily Weekly Review
  Magazine Press Radio Television TV Channel Broadcasting Media Group Company Corporation Corp Inc Ltd LLC Co Holdings
  Airlines Airways Air Airport Railway Railways Foundation Fund Trust Club FC United City Rangers Raiders Lakers
  Hospital Clinic Museum Court Courts Tribunal Assembly Congress Senate Parliament Government Administration Cabinet
  Embassy Consulate Mission Center Centre Centers Centres Society Church Cathedral Mosque Temple Council Board Bureau
  Service Services Program Programme Project Initiative Conference Summit Festival Games Cup Championship Open
  Olympics Marathon Award Awards Prize Declaration Accord Accords Agreement Treaty Act Law Protocol Convention Purchase
  Stock Exchange Index Market Markets Research Studies Institute Lab Laboratory Laboratories Zoo Park Stadium Arena
  Hotel Restaurant Store Stores Mall Theatre Theater Studio Studios Records Pictures Films Entertainment Games
  Brotherhood Council Council's Watch Rights Human International Foundation Times Weekly Daily Dollar Dollars Pound`);

/** Lower-case words that may stand inside a place name between capitalised words. */
export const CONNECTORS = set(`of de del della da do dos das di du la le les los las el al ad ar ash az
  upon sur sub a y von van der den bin ibn bani beni`);

/** Lower-case words that join capitalised words only with hyphens: "Rostov-on-Don", "Frankfurt-am-Main". */
export const HYPHEN_CONNECTORS = set(`on am im an en as at sur sous les la le the upon under in ez ed es et er ul ud`);

/** Arabic articles written in lower case before a hyphen: "al-Qusayr", "ar-Raqqa". */
export const ARABIC_ARTICLES = set(`al el ad ar as ash at az an ath adh ed es et er`);

/** Words after a name that say it is an administrative area. */
export const ADMIN_WORDS = set(`province provinces governorate governorates state states county counties district
  districts region regions prefecture department oblast municipality parish territory canton emirate`);

/** Words after or before a name that say it is a town. */
export const TOWN_WORDS = set(`city town towns village villages suburb suburbs neighbourhood neighborhood capital
  district camp camps port area border outskirts countryside hamlet settlement municipality`);

/** Words before a name that make a place reading likely. */
export const PLACE_PREPOSITIONS = set(`in near at from to outside around across into inside throughout towards toward
  via through within between reached entered stormed shelled besieged`);

/** Place-name heads that continue a capitalised name ("Orange County", "Gulf of Aden", "Jos North LGA", "Munshiganj Sadar") and are not organisations. */
export const PLACE_HEADS = set(`County City Province Governorate State Region District River Valley Mountains Mountain
  Mount Mt Lake Sea Ocean Gulf Bay Island Islands Peninsula Desert Heights Strait Canal Coast Plain Plains Basin Hills
  Hill Falls Creek Beach Harbor Harbour Port Springs Square Street Road Avenue Bridge Camp Forest
  LGA Municipality Township Commune Upazila Tehsil Subdistrict Sadar Oblast Raion Rayon Parish Department Prefecture Territory`);

/** AP-style abbreviations of US states and Canadian provinces → GeoNames admin1 codes. */
export const STATE_ABBREVIATIONS: Record<string, string> = {
  'Ala.': 'US.AL', 'Ariz.': 'US.AZ', 'Ark.': 'US.AR', 'Calif.': 'US.CA', 'Colo.': 'US.CO', 'Conn.': 'US.CT',
  'Del.': 'US.DE', 'Fla.': 'US.FL', 'Ga.': 'US.GA', 'Ill.': 'US.IL', 'Ind.': 'US.IN', 'Kan.': 'US.KS', 'Kans.': 'US.KS',
  'Ky.': 'US.KY', 'La.': 'US.LA', 'Md.': 'US.MD', 'Mass.': 'US.MA', 'Mich.': 'US.MI', 'Minn.': 'US.MN',
  'Miss.': 'US.MS', 'Mo.': 'US.MO', 'Mont.': 'US.MT', 'Neb.': 'US.NE', 'Nev.': 'US.NV', 'N.H.': 'US.NH',
  'N.J.': 'US.NJ', 'N.M.': 'US.NM', 'N.Y.': 'US.NY', 'N.C.': 'US.NC', 'N.D.': 'US.ND', 'Okla.': 'US.OK',
  'Ore.': 'US.OR', 'Pa.': 'US.PA', 'R.I.': 'US.RI', 'S.C.': 'US.SC', 'S.D.': 'US.SD', 'Tenn.': 'US.TN',
  'Tex.': 'US.TX', 'Vt.': 'US.VT', 'Va.': 'US.VA', 'Wash.': 'US.WA', 'W.Va.': 'US.WV', 'Wis.': 'US.WI',
  'Wyo.': 'US.WY', 'D.C.': 'US.DC', 'Alta.': 'CA.01', 'B.C.': 'CA.02', 'Man.': 'CA.03', 'N.B.': 'CA.04',
  'N.L.': 'CA.05', 'N.S.': 'CA.07', 'Ont.': 'CA.08', 'P.E.I.': 'CA.09', 'Que.': 'CA.10', 'Sask.': 'CA.11',
};

/** Two-letter postal codes, accepted only right after "Town, ". */
export const POSTAL_CODES: Record<string, string> = {
  AL: 'US.AL', AK: 'US.AK', AZ: 'US.AZ', AR: 'US.AR', CA: 'US.CA', CO: 'US.CO', CT: 'US.CT', DE: 'US.DE',
  FL: 'US.FL', GA: 'US.GA', HI: 'US.HI', ID: 'US.ID', IL: 'US.IL', IN: 'US.IN', IA: 'US.IA', KS: 'US.KS',
  KY: 'US.KY', LA: 'US.LA', ME: 'US.ME', MD: 'US.MD', MA: 'US.MA', MI: 'US.MI', MN: 'US.MN', MS: 'US.MS',
  MO: 'US.MO', MT: 'US.MT', NE: 'US.NE', NV: 'US.NV', NH: 'US.NH', NJ: 'US.NJ', NM: 'US.NM', NY: 'US.NY',
  NC: 'US.NC', ND: 'US.ND', OH: 'US.OH', OK: 'US.OK', OR: 'US.OR', PA: 'US.PA', RI: 'US.RI', SC: 'US.SC',
  SD: 'US.SD', TN: 'US.TN', TX: 'US.TX', UT: 'US.UT', VT: 'US.VT', VA: 'US.VA', WA: 'US.WA', WV: 'US.WV',
  WI: 'US.WI', WY: 'US.WY', DC: 'US.DC', BC: 'CA.02', AB: 'CA.01', MB: 'CA.03', NB: 'CA.04', NL: 'CA.05',
  NS: 'CA.07', ON: 'CA.08', PE: 'CA.09', QC: 'CA.10', SK: 'CA.11',
};

/** Words that open Arabic place names: "Deir", "Tal", "Jisr", "Kafr", "Maarat", "Ras", "Ain" … */
const ARABIC_HEADS = `Deir Dayr Tal Tell Jisr Kafr Kfar Maarat Maaret Ma'arat Ras Bab Ain Ayn Jabal Jebel Khan Beit Qasr Umm Wadi Hayy Bani Bir Jdeidet Marj Tall Abu`;

/** The words that open Arabic place names, as a set. */
export const ARABIC_HEAD_WORDS = set(ARABIC_HEADS);

/**
 * A transliterated Arabic name: an article inside ("Deir el-Zour", "Maarat al-Numan"), an article run into the
 * next word ("Deir Ezzor"), or a word that opens such names ("Jisr Shughur").
 */
export const TRANSLITERATED = new RegExp(
  String.raw`[\s-](?:${[...ARABIC_ARTICLES, 'ez', 'ud', 'ul'].join('|')})[\s-]|\s[AaEe]([dnrstz])\1[a-z]|^(?:${ARABIC_HEADS.split(' ').join('|')})\s`,
  'i',
);

/**
 * Armed groups, parties, companies and brands whose names are also places in the gazetteer (Hamas → Hamm by an
 * alternate name, Fano, Toyota, Nokia): the name is the organisation's unless the text says place ("in Toyota",
 * "Toyota city"). No dependency of the project lists organisations (wink-nlp's entities are dates, numbers and
 * the like; human-names and the word lists have none); compromise (npm, not a dependency) has a lexicon of
 * companies but not the armed groups and parties news is about. So this list is kept short, for the collisions
 * only: a name that is no place in the gazetteer needs no entry.
 */
export const ORGANISATIONS = set(`Hamas Hezbollah Hizbollah Hizballah Taliban Fano Amal Wagner Fatah Houthis Houthi
  Shabaab Daesh ISIS ISIL Polisario Séléka Seleka Janjaweed Tatmadaw Likud Labour Tories Syriza Podemos Fidesz
  Toyota Nokia Samsung Nissan Honda Suzuki Mazda Subaru Yamaha Kawasaki Hitachi Toshiba Canon Xiaomi Huawei Tata
  Chevron Mercedes Skoda Dacia Lada Bentley Puma Zara Hilton Marriott Google Facebook Gazprom Rosneft Aramco`);
