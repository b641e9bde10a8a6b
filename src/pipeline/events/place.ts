// Event → place: the place where it happened, not every place the clause mentions. A newspaper's home
// ("London-based"), metonymy ("urged Damascus"), a refugee destination ("fled to Turkey"), a reference
// point ("17 km from Hama"), a dateline and names inside organisations never place an event.
import type { GeoPrecision, Toponym } from '../../shared/schema.ts';
import { km } from '../resolve/geo.ts';
import { normName } from '../gazetteer/normalize.ts';

export type PlaceRole = 'event' | 'other';

const KIND_RANK: Record<string, number> = { place: 4, admin2: 3, admin1: 2, region: 1.5, country: 1, continent: 0, sea: 0 };

const BASED_AFTER = /^[-\s]?based\b/i;
const OUTLET_AFTER = /^\s+(?:news\s+agency|press\s+agency|news(?:paper)?|daily|times|post|herald|tribune|television|tv|radio|broadcaster)\b/i;
const METONYMY_AFTER = /^(?:'s|’s)?\s+(?:has\s+|had\s+|have\s+)?(?:urged|said|says|told|announced|accused|denied|condemned|called|warned|criticized|criticised|demanded|insisted|rejected|responded|blamed|wants|agreed|refused|pressed|sought|officials?|government|authorities|regime|leaders?|leadership|rulers?|president|ambassador|embassy|foreign ministry|envoy|state department|administration|spokes(?:man|woman|person))\b/i;
const METONYMY_BEFORE = /\b(?:urged|urging|told|pressed|pressing|warned|asked|called on|calls on|criticised|criticized|condemned|accused|allies of|ally|relations with|talks with|sanctions on|pressure on|(?:condemnation|criticism|pressure|sanctions|support|calls?|warnings?|rebukes?|statements?|reactions?|response|envoys?|officials?) (?:from|by|in)|(?:diplomatic )?protests? (?:from|by)|(?:raids?|strikes?|airstrikes?|air strikes?|attacks?|shelling|bombing|bombardment|invasion|offensive|fire|aggression|occupation) (?:carried out )?by)\s+(?:the\s+)?$/i;
const REFERENCE_BEFORE = /\b(?:\d[\d,.]*\s*(?:km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?)\s+(?:\w+\s+){0,2}(?:of|from)|(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+of(?:\s+the)?(?:\s+[a-z-]+){0,3}?(?:\s+(?:city|town|village)\s+of)?|border (?:crossing (?:point )?)?with|crossing (?:point )?(?:with|into)|frontier with|away from|road (?:from|to)|between|,\s*(?:close to|not far from)(?:\s+the\s+(?:[a-z-]+\s+){0,2}of)?)\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+)?$/i;
const DESTINATION_BEFORE = /\b(?:(?:fled|flee(?:ing)?|escaped|crossed|arrived|moved|evacuated|refugees?|flood(?:ed|ing)?|pour(?:ed|ing)?|stream(?:ed|ing)?)\b[^.;]{0,30}?\b(?:to|into|across)|(?:sought|took|taking|seeking) refuge in)\s+(?:neighbou?ring\s+)?(?:the\s+)?(?:(?:northern|southern|eastern|western|central|north|south|east|west)\s+)?$/i;
/** "troops and tanks poured into Deraa": armed men moving in go where the violence is. */
const ARMED_MOVE_BEFORE = /\b(?:troops|tanks|soldiers|forces|army|armou?r|militia(?:men)?|fighters|rebels|gunmen|shabiha)\b[^.;]{0,30}$/i;
/** "airlifted the wounded to the nearby city of Zamboanga", "rushed to a hospital in Jolo": where the hurt were taken. */
const TREATMENT_BEFORE = /\b(?:airlifted|taken|rushed|flown|transferred|brought|evacuated|ferried|carried(?!\s+out)|admitted)\b[^.;]{0,50}?\b(?:to\s+(?:an?\s+|the\s+)?(?:(?:nearby|main|local|military|regional|provincial)\s+)?(?:(?:hospitals?|clinics?|medical (?:centre|center|facility))\s+in\s+(?:the\s+)?)?(?:(?:nearby\s+)?(?:city|town)\s+of\s+)?|(?:hospitals?|clinics?)\s+in\s+(?:the\s+)?)$/i;
const TREATMENT_AFTER = /^[^.;]{0,20}?\bfor (?:medical )?treatment\b/i;
/** "Jammu and Kashmir Chief Minister Omar Abdullah", "the governor of Donetsk": a place in an office's title. */
const TITLE_AFTER = /^(?:\s+and\s+[A-Z][a-z]+)?\s+(?:(?:Chief|Prime|Deputy|Interior|Defen[cs]e)\s+Minister|Governor|Gov\.|Mayor|Police\s+(?:Chief|Commissioner)|(?:police|provincial|regional|district)\s+(?:chief|commander|commissioner|governor|police chief)|governor|mayor|lawmaker|legislator|MP|senator)\b/;
const TITLE_BEFORE = /\b(?:governor|mayor|chief minister|police chief|lawmakers?|MPs?|senator|bishop|archbishop)\s+(?:of|for)\s+(?:the\s+)?$/i;
/** "people from Darfur", "two foreigners—from UAE and Nepal", "nationals from Ecuador": where people come from. */
const PEOPLE_FROM_BEFORE = /\b(?:people|persons|individuals|nationals|citizens|foreigners|tourists|visitors|migrants|workers|pilgrims|students|families|refugees|residents)\s*[—–-]?\s*from\s+(?:the\s+)?$/i;
/** "the remote state, which borders Myanmar", "bordering Chad": a neighbour named to say where a place lies. */
const BORDERS_BEFORE = /\b(?:(?:which|that) borders|bordering|borders with)\s+(?:the\s+)?$/i;
const ORIGIN_BEFORE = /\b(?:escape|escaped|fled|flee(?:ing)?)\s+(?:from\s+)?(?:the\s+)?$/i;
const LOCATIVE_BEFORE = /\b(?:in|at|near|inside|outside|around|across|throughout|on|into|of|city of|town of|village of|suburb of|district of|province of|region of|governorate of)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}$/i;
/** "BEIRUT (Reuters) -", "WADI KHALED, Lebanon:", "AMMAN, Jordan (AP) —" at the start of a paragraph. */
const DATELINE = /^\s*[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}(?:,\s*[A-Z][A-Za-z.'’-]+(?:\s+[A-Z][A-Za-z.'’-]+){0,2})?(?:\s*\([^)\n]{1,30}\)){0,2}\s*[-–—:]/;
const REPORTER_BEFORE = /\b(?:correspondent|reporter|journalist|editor|bureau chief|[A-Z][a-z]+ [A-Z][a-z]+)\s+in\s+$/;
/** "…, said Sarasi Wijeratne, the spokesperson of the ICRC in Colombo": the speaker's office, not the act's place. */
const SPEAKER_BEFORE = /,\s*(?:said|says)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},\s+(?:an?|the|his|her)\s+[^.;,"“”]{0,80}?\b(?:in|at|based in)\s+(?:the\s+)?$/;
const SAYS_AFTER = /^[^.;"]{0,80}?\b(?:says|said|reports|reported|told)\b/i;
const ANCHOR_AFTER = /^\s+(?:suburbs?|districts?|neighbou?rhoods?|countryside|outskirts|quarters?)\s+of\s+[A-Z](?![\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?:province|governorate|state|region|oblast|county|department)\b)/;
/** "Douma, a suburb of Damascus": the name after a place's description in apposition is only its setting. */
const APPOSITION_BEFORE = /[A-Za-z’'],\s+an?\s+(?:[a-z-]+\s+){0,2}(?:suburb|district|neighbou?rhood|town|village|city|quarter)\s+(?:of|near|outside|north of|south of|east of|west of)\s+(?:the\s+)?$/;
/** "in Colonia La Jauja", "Barrio San José": a town's quarter by the Spanish or Portuguese word for it, and that word. */
const QUARTER_WORD_BEFORE = /\b(?:Colonia|Barrio|Bairro)\s+(?:(?:La|El|Los|Las|San|Santa|Do|Da|Dos|Das)\s+)?$/;
const QUARTER_WORD = /^(?:Colonia|Barrio|Bairro)$/;
const BASED_BEFORE = /\b(?:based|headquartered|exiled|living)\s+in\s+$/i;
/** "Sgt Johnathan J. Dunbar of Austin", "Miss Abdhou, of Hayes,", "a 28-year-old from Damascus": where a person is from. */
/** "James Tauber of Nelson" is a person's home town; "Bat Galim Square of Haifa", "the University of Aden" are places in it. */
const PLACE_HEAD = String.raw`(?:Square|Street|Road|Avenue|Station|Bridge|Port|University|Hospital|Market|Bazaar|Camp|Mosque|Church|District|Province|Governorate|City|Town|Village|Region|County|Area|Outskirts|Suburbs?|Neighbou?rhood|Quarter|Centre|Center|Airport|Prison|Municipality|Department|State|Gate|Park|Hall|Palace|Council|Court|Base)`;
const HOMETOWN_BEFORE = new RegExp(String.raw`(?:\b(?!${PLACE_HEAD}\b)[A-Z][a-z]+\.?,?\s+of|\b(?:\d+-year-old|man|woman|boy|girl|native|resident|father|mother|son|daughter)\s+from)\s+$`);

const ANCHOR_ROLE = 'anchor of a named suburb ("the Damascus suburb of Douma")';
const REFERENCE_ROLE = 'reference point';
/** A reference point told by a distance or a direction from it ("17 km from", "east of"), not a border or a road. */
const NEAR_BEFORE = /(?:,\s*(?:close to|not far from)(?:\s+the\s+(?:[a-z-]+\s+){0,2}of)?|\b\d[\d,.]*\s*(?:km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?)\s+(?:\w+\s+){0,2}(?:of|from)|(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+of(?:\s+the)?(?:\s+[a-z-]+){0,3}?(?:\s+(?:city|town|village)\s+of)?)\s+(?:the\s+)?$/i;
const NEARBY = new Set(['place', 'admin2']);
/** How far a reference point may lie from the act for the act to be placed on it: ACLED's "near a town" (precision 2). */
const NEAR_KM = 25;
const DISTANCE = /(\d[\d,.]*)\s*(km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?)\s+(?:\w+\s+){0,2}(?:of|from)\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+)?$/i;

/** "5 km north of Hama", "east of Ar Rutba", ", close to Homs": the act was near the place named next; "300 km north
 * of Nairobi" is told by the place, not near it. */
function nearBy(before: string): boolean {
  if (!NEAR_BEFORE.test(before)) return false;
  const d = DISTANCE.exec(before);
  if (!d) return true;
  const n = Number(d[1]!.replace(/,/g, ''));
  const unit = d[2]!.toLowerCase();
  const kms = unit.startsWith('mile') ? n * 1.609 : unit.startsWith('met') ? n / 1000 : n;
  return kms <= NEAR_KM;
}
const ROLE_CACHE = new WeakMap<Toponym, string | null>();

/** Why a mention cannot place an event, or null when it can. (Memoised per mention: text is fixed for it.) */
export function otherRole(text: string, t: Toponym): string | null {
  const cached = ROLE_CACHE.get(t);
  if (cached !== undefined) return cached;
  const role = findOtherRole(text, t);
  ROLE_CACHE.set(t, role);
  return role;
}

function findOtherRole(text: string, t: Toponym): string | null {
  if (t.embedded) return 'inside an organisation name';
  const before = text.slice(Math.max(0, t.start - 60), t.start);
  const after = text.slice(t.end, t.end + 40);
  if (BASED_AFTER.test(after)) return 'home of an outlet or group ("X-based")';
  if (OUTLET_AFTER.test(after)) return 'part of an outlet\'s name ("Anatolia news agency")';
  if (BASED_BEFORE.test(before)) return 'home of an outlet or group ("based in X")';
  if (QUARTER_WORD_BEFORE.test(before) || (QUARTER_WORD.test(text.slice(t.start, t.end)) && /^\s+[A-Z]/.test(after))) return 'a quarter of a town ("Colonia La Jauja")';
  const lineStart = text.lastIndexOf('\n', t.start - 1) + 1;
  const dateline = DATELINE.exec(text.slice(lineStart, lineStart + 80));
  if (dateline && t.end <= lineStart + dateline[0].length) return 'dateline';
  if (REPORTER_BEFORE.test(before) && SAYS_AFTER.test(after)) return "a reporter's location";
  if (SPEAKER_BEFORE.test(text.slice(Math.max(0, t.start - 160), t.start))) return "where the speaker works";
  if (METONYMY_AFTER.test(after) || METONYMY_BEFORE.test(before)) return 'metonymy (a government, not a place)';
  if (REFERENCE_BEFORE.test(before)) return REFERENCE_ROLE;
  if (APPOSITION_BEFORE.test(before)) return 'the place around a place just named ("Douma, a suburb of Damascus")';
  // "the Damascus suburb of Douma" (not "in Dogubeyazit district of Agri", a district of a province)
  // "the Maywand district of Kandahar province" names a district and the province it lies in.
  if (t.kind !== 'admin2' && ANCHOR_AFTER.test(after) && THE_BEFORE.test(before)) return ANCHOR_ROLE;
  if (DESTINATION_BEFORE.test(before) && !ARMED_MOVE_BEFORE.test(before)) return 'refugee destination';
  if (ORIGIN_BEFORE.test(before)) return 'place left behind';
  if (PEOPLE_FROM_BEFORE.test(before)) return 'where people come from';
  if (BORDERS_BEFORE.test(before)) return 'a neighbour named to say where a place lies';
  if ((TREATMENT_BEFORE.test(before) || TREATMENT_AFTER.test(after)) && !ARMED_MOVE_BEFORE.test(before)) return 'where the wounded were taken';
  if (TITLE_AFTER.test(after) || TITLE_BEFORE.test(before)) return 'part of an office\'s title ("the Donetsk governor")';
  if (HOMETOWN_BEFORE.test(before)) return "a person's home town";
  return null;
}

export function precisionOf(t: Toponym): GeoPrecision {
  if (t.kind === 'place') return 'place';
  if (t.kind === 'country' || t.kind === 'continent' || t.kind === 'sea') return 'country';
  return 'admin1';
}

export interface PlaceChoice {
  toponym: Toponym;
  precision: GeoPrecision;
}

/**
 * The place of an event stated in `clause` (absolute offsets [start, end) into `text`). The most specific
 * eligible mention wins; a locative cue ("in X", "the city of X") and nearness to the trigger break ties.
 * In "the Damascus suburb of Douma" the suburb wins over its anchor.
 */
/** What stands between a district's name and its province's: "Qarabagh district, Ghazni", "Andar (Shalgar) district, Ghazni",
 * "Dogubeyazit district of Agri", "Dogankoy village of Pervari". */
const DISTRICT_THEN = /^\s+(?:\([^()]{1,40}\)\s+)?(?:district|county|sub-?district|municipality|LGA|upazila|township|tehsil|commune|department|locality|province|governorate|village)\s*(?:,|of)\s*$/i;

/** "Daret Azza town in Aleppo countryside", "Dogubeyazit district of Agri": what stands between a place and the one it lies in. */
const PARENT_THEN = /^\s+(?:(?:town|village|city|camp|neighbou?rhood)\s+in|(?:district|sub-?district|commune|upazila|county|township)\s+(?:in|of))\s+(?:the\s+)?$/i;
/** "the Damascus district of Kafr Sousa": the district named after its city; there the second name is the place. */
const THE_BEFORE = /\b[Tt]he\s+(?:[a-z-]+\s+)?$/;

/** "Kandahar province", "Idlib governorate": a name told as a province's. */
const PROVINCE_AFTER = /^\s+(?:province|governorate|state|region|oblast|county|department)\b/i;

/** A place named just before `t` as lying in it ("Qarabagh district, Ghazni", "Daret Azza town in Aleppo countryside",
 * "the Yarmouk camp in Damascus", "the Maywand district of Kandahar province"; not "the Damascus district of Kafr Sousa"). */
export function namedInside(text: string, toponyms: readonly Toponym[], t: Toponym): Toponym | undefined {
  return toponyms.find((u) => {
    if (u === t || u.end > t.start || u.end < t.start - 30 || !u.admin1 || u.admin1 !== t.admin1) return false;
    const between = text.slice(u.end, t.start);
    if (!DISTRICT_THEN.test(between) && !PARENT_THEN.test(between)) return false;
    // "the Damascus district of Kafr Sousa": a district named after its city; the city comes first.
    return !(/\bof\s*$/.test(between) && THE_BEFORE.test(text.slice(Math.max(0, u.start - 40), u.start)) && !PROVINCE_AFTER.test(text.slice(t.end, t.end + 16)));
  });
}

/** "in Periperi neighborhood": a part of a town, by its own name. */
const QUARTER_AFTER = /^\s+(?:neighbou?rhoods?|quarter|barrio)\b/i;
/** A quarter's name resolved far from the town the clause names with it is a namesake elsewhere. */
const FAR_KM = 30;

export function choosePlace(
  text: string,
  clause: { start: number; end: number },
  toponyms: readonly Toponym[],
  triggerAt: number,
): PlaceChoice | null {
  let best: { t: Toponym; score: number } | null = null;
  // "the Damascus district of Kafr Sousa", a district the gazetteer lacks: the city it lies in is the nearest place.
  let anchor: Toponym | null = null;
  for (const t of toponyms) {
    if (t.start < clause.start || t.end > clause.end) continue;
    if (t.kind === 'place' && !anchor && otherRole(text, t) === ANCHOR_ROLE) anchor = t;
    if (t.kind === 'continent' || t.kind === 'sea' || otherRole(text, t)) continue;
    // "in Salvador, Bahia, a man was shot in Periperi neighborhood": Periperi is a part of Salvador, not the town
    // of that name 1,000 km away.
    if (t.kind === 'place' && QUARTER_AFTER.test(text.slice(t.end, t.end + 20)) &&
        toponyms.some((u) => u !== t && u.kind === 'place' && u.start >= clause.start && u.end <= clause.end && !otherRole(text, u) && km(t, u) > FAR_KM)) continue;
    const before = text.slice(Math.max(clause.start, t.start - 40), t.start);
    let score = (KIND_RANK[t.kind] ?? 0) * 10;
    if (LOCATIVE_BEFORE.test(before)) score += 5;
    if (/\b(?:suburbs?|districts?|villages?|towns?|neighbou?rhoods?|city|cities) of\s+$/i.test(before)) score += 3;
    score -= Math.min(4, Math.abs(t.start - triggerAt) / 60);
    // "in Maywand district, Kandahar": the town named after a district of its province stands for the province.
    // "Daret Azza town in Aleppo countryside": the place it lies in is not where the act was.
    if (t.kind === 'place' && namedInside(text, toponyms, t)) score -= 25;
    if (!best || score > best.score) best = { t, score };
  }
  if (!best && anchor) return { toponym: anchor, precision: 'place' };
  // "in areas to the east of Ar Rutba", "5 km north of Hama": with no other place in the clause, the act is
  // near the reference point, and the place it is told by is the nearest we can say (ACLED codes it there).
  // "in Doutchi, near Diffa (Diffa)": a town the act was near says more than the province it lies in.
  if (!best || (best.t.kind !== 'place' && best.t.kind !== 'admin2')) {
    const near = toponyms.find((t) => t.start >= clause.start && t.end <= clause.end && NEARBY.has(t.kind) &&
      otherRole(text, t) === REFERENCE_ROLE && nearBy(text.slice(Math.max(clause.start, t.start - 60), t.start)) &&
      (!best || (best.t.kind === 'country' ? best.t.country === t.country : !!best.t.admin1 && best.t.admin1 === t.admin1)));
    if (near) return { toponym: near, precision: 'place' };
  }
  return best ? { toponym: best.t, precision: precisionOf(best.t) } : null;
}

/** "the city", "the town", "there": the clause refers back to a place named before. */
export const ANAPHOR = /\b(?:the (?:city|town|village|area|region|province|suburb|district|neighbou?rhood|assault|attack|offensive|siege)|there)\b|['’]s (?:[a-z-]+ ){0,2}(?:city|town|village)\b/i;

/** "nationwide", "across the country", "several parts of Syria": a country-wide statement. */
export const NATIONWIDE = /\b(?:nationwide|across the country|around the country|throughout the country|(?:in |from )?(?:many|several|various|other) (?:parts|areas|cities|towns) of (?:the country|[A-Z][a-z]+)|across [A-Z][a-z]+)\b/;

/** "towns around Deraa", "villages near Homs": the area around a town, i.e. its governorate ("the towns of
 * Rastan and Talbiseh" are the towns themselves, and so are "the Damascus suburbs of Irbin and Hamouriya"). */
export const AROUND_BEFORE = /\b(?:(?:[Tt]owns|[Vv]illages|[Aa]reas|[Cc]ountryside|[Oo]utskirts|[Ss]uburbs|[Rr]egion|[Pp]rovince)\s+(?:around|near|outside)|(?<![A-Z][\w'’-]*\s)(?:[Aa]reas|[Cc]ountryside|[Oo]utskirts|[Ss]uburbs|[Rr]egion|[Pp]rovince)\s+of)\s+$/;

const LISTABLE = new Set(['place', 'admin2', 'admin1']);
/** ", ", " and ", ", the eastern province of ", " and rural ": what may stand between two listed places. */
const SEP = String.raw`\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)`;
/** Names the gazetteer does not know may sit inside a list ("Irbin and Hamouriya, the province of Deir al-Zor",
 * "Rajshahi, Bogura, Jhenidah, Cox's Bazar, Narsingdi"): up to four of them. */
const UNKNOWN = String.raw`(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?${SEP}){0,4}`;
/** "Talbiseh, near Homs", "Kafr Nabl, in Idlib province": a place placed by another is no item of a list. */
const NOT_LISTING = String.raw`(?!(?:near|outside|from|to|in|into|at|inside|towards?|of|around|by|close|off|just|north|south|east|west|some|about)\b)`;
const LIST_JOIN = new RegExp(String.raw`^(?:\s+(?:province|governorate|region|district))?${SEP}${UNKNOWN}(?:the\s+)?(?:${NOT_LISTING}[a-z-]+\s+){0,4}?(?:(?:province|city|town|village|region|governorate|suburbs?|district|area)\s+of\s+)?(?:rural\s+)?$`);

/**
 * Other places listed with the chosen one ("in the cities of Latakia and Dara", "in Irbin, Hamouriya and
 * Deir al-Zor"): the same kind, eligible, and joined only by commas and "and".
 */
export function coordinatedPlaces(
  text: string, chosen: Toponym, clause: { start: number; end: number }, toponyms: readonly Toponym[],
  provinceName: (admin1: string) => string | null = () => null,
): Toponym[] {
  const same = toponyms.filter((t) => t.start >= clause.start && t.end <= clause.end && LISTABLE.has(t.kind) && !otherRole(text, t));
  const i = same.indexOf(chosen);
  if (i < 0) return [chosen];
  // "Austin, Texas", "Rastan, Homs province": the second name contains the first; it is no item of a list.
  // "Qarabagh district, Ghazni": after a district's name, a town of the same province names the province.
  // "Leon de los Aldama, Guanajuato": a name after a town of the province it names is the province, even where
  // the province's capital has that name too.
  const contains = (a: Toponym, b: Toponym): boolean => !!a.admin1 && a.admin1 === b.admin1 &&
    (b.kind !== 'place' || DISTRICT_THEN.test(text.slice(a.end, b.start)) || sameName(provinceName(b.admin1!), b.name));
  const joined = (a: Toponym, b: Toponym): boolean => !contains(a, b) && LIST_JOIN.test(text.slice(a.end, b.start));
  let lo = i;
  let hi = i;
  while (lo > 0 && joined(same[lo - 1] as Toponym, same[lo] as Toponym)) lo--;
  while (hi < same.length - 1 && joined(same[hi] as Toponym, same[hi + 1] as Toponym)) hi++;
  return same.slice(lo, hi + 1);
}

/** A province's name without its accents and the word for what it is ("Homs Governorate", "Estado de Zacatecas"). */
const plain = (s: string): string => normName(s)
  .replace(/^(?:estado|departamento|provincia|region) de\s+|\s+(?:governorate|province|state|region|department|oblast|county)$/, '');
const sameName = (a: string | null, b: string): boolean => !!a && plain(a) === plain(b);

/** "… of Irbin and Hamouriya, the eastern province …": a name joined by "and" after a listed place. */
const AND_UNKNOWN = /^\s*,?\s+and\s+([A-Z][a-z'’-]{3,}(?:[- ](?:al-|el-)?[A-Z][a-z'’-]+)?)(?=\s*(?:[,.;]|$|\s+and\s))/;

/**
 * Names listed with known places that the gazetteer lacks ("the Damascus suburbs of Irbin and Hamouriya"),
 * each with the listed place it stands beside.
 */
export function unknownListed(text: string, listed: readonly Toponym[], toponyms: readonly Toponym[], clauseEnd: number): Array<{ name: string; beside: Toponym }> {
  const out: Array<{ name: string; beside: Toponym }> = [];
  listed.forEach((t, i) => {
    const m = t.kind === 'place' ? AND_UNKNOWN.exec(text.slice(t.end, listed[i + 1]?.start ?? clauseEnd)) : null;
    if (!m) return;
    const at = t.end + m[0].length - m[1]!.length;
    if (!toponyms.some((u) => u.start < at + m[1]!.length && u.end > at)) out.push({ name: m[1]!, beside: t });
  });
  return out;
}

/** "a hotel in Dehiwala, Colombo", "in the suburb of Dematagoda in Colombo": a name the gazetteer lacks, told as
 * lying in the place after it. */
const INSIDE_UNKNOWN = /\b(?:in|at|near|outside)\s+(?:the\s+)?(?:(?:suburb|village|town|neighbou?rhood|district|area|locality|quarter)\s+of\s+)?([A-Z][a-z'’-]{2,}(?:[- ][A-Z][a-z'’-]{2,}){0,2})(,\s*|\s+in\s+)$/;
/** The last word of a landmark's name: a square, a park, a building, a road (not a district or a village). */
const LANDMARK_HEAD = /[- ](?:Square|Street|Road|Avenue|Highway|Station|Bridge|Port|University|College|School|Hospital|Clinic|Market|Bazaar|Mosque|Church|Temple|Shrine|Cathedral|Airport|Prison|Jail|Gate|Park|Hall|Palace|Court|Base|Hotel|Stadium|Mall|Plaza|Embassy|Ministry|Barracks|Checkpoint|Junction|Roundabout)$/;
/** A name that goes on listing places after the container ("in Kochchikade, Negombo and Batticaloa"). */
const LIST_GOES_ON = /^\s*(?:,|and\b|&)\s*(?:the\s+)?[A-Z]/;

/**
 * The place the gazetteer lacks that the clause puts inside `container` ("in Dehiwala, Colombo"), or null. The
 * container must close the run of names (else it is a list), and " in " needs the word for what the place is
 * ("the suburb of Dematagoda in Colombo", not "St Sebastian's in Negombo").
 */
export function unknownInside(text: string, container: Toponym, clause: { start: number; end: number }, toponyms: readonly Toponym[]): string | null {
  const m = INSIDE_UNKNOWN.exec(text.slice(Math.max(clause.start, container.start - 80), container.start));
  if (!m) return null;
  if (m[2]!.trim() === 'in' && !/\bof\s+$/.test(m[0].slice(0, m[0].length - m[1]!.length - m[2]!.length))) return null;
  if (LIST_GOES_ON.test(text.slice(container.end, container.end + 6))) return null;
  const at = container.start - m[1]!.length - m[2]!.length;
  if (toponyms.some((t) => t.start < at + m[1]!.length && t.end > at)) return null;
  // "in Shahr-e Naw Park, Kabul", "at Tahrir Square, Baghdad": a landmark of the town, which stays the place.
  if (LANDMARK_HEAD.test(m[1]!)) return null;
  return m[1]!;
}
