// Where the events of a clause happened: one place, several listed places (and listed towns the gazetteer
// lacks), a governorate ("towns around Deraa"), the capital, the place told just before, or the country.
import type { GeoPrecision, Place, Toponym } from '../../shared/schema.ts';
import type { AreaPoint, ClauseContext, ExtractOptions } from './clause-context.ts';
import { NOT_A_PLACE } from './references.ts';
import { ANAPHOR, AROUND_BEFORE, NATIONWIDE, choosePlace, coordinatedPlaces, otherRole, precisionOf, unknownInside, unknownListed } from './place.ts';

/**
 * The country most mentioned as a place where things happen (datelines, destinations and metonymy left
 * out), with national adjectives counted too ("Syrian troops", "Syrian refugees").
 */
export function mainCountry(text: string, toponyms: readonly Toponym[], demonym?: (word: string) => string | null): string | null {
  const counts = new Map<string, number>();
  const vote = (cc: string, n: number): void => void counts.set(cc, (counts.get(cc) ?? 0) + n);
  /** Countries with a town or province named as a place where things happen. */
  const placed = new Set<string>();
  for (const t of toponyms) {
    if (!t.country) continue;
    const role = otherRole(text, t);
    // "BEIRUT (Lebanon) (AFP) –": the dateline is where the report was filed, a vote for its country.
    if (role && role !== 'dateline') continue;
    vote(t.country, 1);
    if (!role && t.kind !== 'country') placed.add(t.country);
  }
  if (demonym) {
    // "Syrian tanks", "Syrian security forces": the armed side says where the violence is, and weighs more. A
    // nationality counts only a little where the article names no town or province of its country: "Israeli
    // strikes" on Lebanese villages are not in Israel.
    for (const m of text.matchAll(/\b([A-Z][a-z]+(?:ns?|i|ese|ish|ic))\b(\s+(?:army|troops|tanks|forces|soldiers|security|military|regime|government|authorities|snipers|police)\b)?/g)) {
      const cc = demonym(m[1] as string);
      if (cc) vote(cc, !placed.has(cc) ? 0.25 : m[2] ? 3 : 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
}

export interface Where {
  point: AreaPoint;
  place: Place;
  precision: GeoPrecision;
  /** Not named in the clause: taken from the sentences before it or from the article's main country. */
  inferred?: boolean;
}

export function whereOf(t: Toponym, precision: GeoPrecision): Where {
  return {
    point: { name: t.name, lat: t.lat, lon: t.lon, geonameid: t.geonameid, country: t.country, admin1: t.admin1 },
    place: { name: t.name, geonameid: t.geonameid, admin1: t.admin1, country: t.country },
    precision,
  };
}

export function countryWhere(ctx: ClauseContext, cc: string | null): Where | null {
  const country = cc ? ctx.options.countryPoint?.(cc) ?? null : null;
  if (!country || !cc) return null;
  return {
    point: country,
    place: { name: country.name, geonameid: country.geonameid, admin1: null, country: country.country ?? cc },
    precision: 'country',
  };
}

/** "towns around Deraa": the governorate of the town named. */
function aroundWhere(ctx: ClauseContext, t: Toponym): Where | null {
  const before = ctx.article.text.slice(Math.max(0, t.start - 40), t.start);
  if (!AROUND_BEFORE.test(before) || !t.admin1) return null;
  const a = ctx.options.admin1Point?.(t.admin1);
  if (!a) return null;
  return { point: a, place: { name: a.name, geonameid: a.geonameid, admin1: t.admin1, country: t.country }, precision: 'admin1' };
}

/** A listed town the gazetteer lacks: named as written, placed on the governorate of the town beside it. */
function besideWhere(ctx: ClauseContext, name: string, beside: Toponym): Where[] {
  if (NOT_A_PLACE.test(name) || ctx.options.demonym?.(name)) return [];
  const a = beside.admin1 ? ctx.options.admin1Point?.(beside.admin1) : null;
  return a ? [{ point: a, place: { name, geonameid: null, admin1: beside.admin1, country: beside.country }, precision: 'admin1' }] : [];
}

/** Where a toll shared by listed places goes: their one governorate, or their country. */
export function sharedWhere(ctx: ClauseContext, places: Where[]): Where | null {
  const admin1 = places[0]?.place.admin1;
  const a = admin1 && places.every((w) => w.place.admin1 === admin1) ? ctx.options.admin1Point?.(admin1) : null;
  if (a && admin1) return { point: a, place: { name: a.name, geonameid: a.geonameid, admin1, country: places[0]!.place.country }, precision: 'admin1' };
  return countryWhere(ctx, places[0]?.place.country ?? null);
}

/** "the Syrian border town of ...", "a Libyan city": the country a clause names by its demonym. */
function demonymCountry(text: string, options: ExtractOptions): string | null {
  if (!options.demonym) return null;
  const re = /\b([A-Z][a-z]+)\s+(?:(?:border|coastal|port|northern|southern|eastern|western|central|capital|flashpoint|restive|rebel|besieged)\s+)*(?:city|town|village|capital|province|region)\b/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const cc = options.demonym(m[1] as string);
    if (cc) return cc;
  }
  return null;
}

/** "the Syrian capital", "the capital", "the nation's capital" (of the main country) when no name follows. */
function capitalWhere(ctx: ClauseContext, focus: string | null): Where | null {
  const m = /\b(?:the|its) (?:([A-Z][a-z]+) |(?:nation|country)['’]s )?capital\b(?!,? (?:city )?(?:of )?[A-Z])/.exec(ctx.clause.text);
  if (!m || !ctx.options.capitalPoint) return null;
  const cc = m[1] ? ctx.options.demonym?.(m[1]) ?? null : focus;
  const c = cc ? ctx.options.capitalPoint(cc) : null;
  return c ? { point: c, place: { name: c.name, geonameid: c.geonameid, admin1: c.admin1 ?? null, country: c.country }, precision: 'place' } : null;
}

/** How many of the article's places of country `cc` (where things happen) lie in each province ('' for none). */
function provincesTold(ctx: ClauseContext, cc: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of ctx.toponyms)
    if (t.country === cc && t.kind !== 'country' && !otherRole(ctx.article.text, t)) counts.set(t.admin1 ?? '', (counts.get(t.admin1 ?? '') ?? 0) + 1);
  return counts;
}

const DIRECTION = String.raw`(?:far[- ])?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|central|upper|lower`;
const DIRECTION_BEFORE = new RegExp(`\\b(?:${DIRECTION})\\s+$`, 'i');
const DIRECTION_AFTER = new RegExp(`^['’]s\\s+(?:${DIRECTION})\\b`, 'i');

/**
 * An act placed on its country when every place of that country the article tells of lies in one province
 * ("in northern Cameroon" … "the village of Nguetchewe", which the gazetteer lacks, … "the Far North"): the
 * act is in that province, as near as the text lets us say.
 */
function narrowCountry(ctx: ClauseContext, w: Where): Where {
  if (w.precision !== 'country' || !w.place.country) return w;
  // Only a part of the country told as such ("northern Cameroon", "Sri Lanka's northern war zone"); a country
  // named alone may be the scope of a country-wide figure ("100 killed across Syria").
  const named = ctx.toponyms.find((t) => t.kind === 'country' && t.country === w.place.country && t.start >= ctx.clause.start && t.end <= ctx.clause.end);
  if (!named) return w;
  const text = ctx.article.text;
  if (!DIRECTION_BEFORE.test(text.slice(Math.max(0, named.start - 24), named.start)) && !DIRECTION_AFTER.test(text.slice(named.end, named.end + 24))) return w;
  const admin1s = provincesTold(ctx, w.place.country);
  const only = admin1s.size === 1 ? [...admin1s.keys()][0]! : '';
  const a = only ? ctx.options.admin1Point?.(only) : null;
  return a ? { ...w, point: a, place: { name: a.name, geonameid: a.geonameid, admin1: only, country: w.place.country }, precision: 'admin1' } : w;
}

/** The share of a country's places the article names that must lie in one province for the story to be there. */
const ONE_PROVINCE_SHARE = 0.75;

/**
 * An act at a place the gazetteer lacks ("six bodies were discovered in Bolan") in an article whose places in
 * that country lie in one province (Mastung, Kalat, Quetta: Balochistan): the place, as written, in that province.
 */
function unknownInStoryProvince(ctx: ClauseContext, w: Where): Where {
  const name = ctx.unknownName;
  if (w.precision !== 'country' || !name || !w.place.country) return w;
  const counts = provincesTold(ctx, w.place.country);
  counts.delete('');
  const all = [...counts.values()].reduce((a, b) => a + b, 0);
  const [admin1, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  const a = n >= 2 && n / all >= ONE_PROVINCE_SHARE ? ctx.options.admin1Point?.(admin1) : null;
  return a ? { ...w, point: a, place: { name, geonameid: null, admin1, country: w.place.country }, precision: 'admin1' } : w;
}

/** Where the events of a clause happened: one place, several listed places, or a country. */
export function placesFor(ctx: ClauseContext): Where[] {
  return placesOf(ctx).map((w) => unknownInStoryProvince(ctx, narrowCountry(ctx, w)));
}

/** "various parts of Chennai", "across Baghdad": the parts of a town named at the end of the phrase are the town. */
function cityNamed(ctx: ClauseContext, end: number): boolean {
  return ctx.toponyms.some((t) => t.end === end && t.kind === 'place');
}

function placesOf(ctx: ClauseContext): Where[] {
  const { article, clause, trigger, toponyms, recentPlace, options } = ctx;
  const focus = options.focusCountry ?? mainCountry(article.text, toponyms, options.demonym);
  const choice = choosePlace(article.text, clause, toponyms, clause.start + trigger.index);
  // "… in Paschim Mukhtarpur, as a part of their protests taking place across the country": the country-wide
  // campaign the act is part of, not where the act was.
  const wide = NATIONWIDE.exec(clause.text);
  const nationwide = wide && !/\b(?:part of|amid|amidst)\b[^,.;]*$/i.test(clause.text.slice(Math.max(0, wide.index - 80), wide.index)) &&
    !cityNamed(ctx, clause.start + wide.index + wide[0].length) ? wide : null;
  // "nationwide" wins over a town when it stands nearer the toll (or the trigger) than the town does.
  const focusAt = ctx.tollAt ?? trigger.index;
  if (nationwide && (!choice || choice.precision !== 'place' ||
      Math.abs(nationwide.index - focusAt) < Math.abs(choice.toponym.start - clause.start - focusAt))) {
    const cc = choice?.toponym.kind === 'country' ? choice.toponym.country : focus;
    const w = countryWhere(ctx, cc);
    if (w) return [w];
  }
  if (!choice || choice.precision === 'country') {
    const capital = capitalWhere(ctx, focus);
    if (capital) return [capital];
  }
  if (choice) {
    const listed = coordinatedPlaces(article.text, choice.toponym, clause, toponyms, (a) => options.admin1Point?.(a)?.name ?? null);
    // "a hotel in Dehiwala, Colombo": a town the gazetteer lacks keeps the province of the place it lies in.
    // (A country is no container here: "in Donbas, Ukraine" names a region, not a town in a province.)
    const inside = listed.length === 1 && choice.toponym.kind !== 'country' && choice.toponym.admin1 ? unknownInside(article.text, choice.toponym, clause, toponyms) : null;
    if (inside && !NOT_A_PLACE.test(inside) && !options.demonym?.(inside)) {
      // Drawn at the town it lies in (our nearest known point), or at the province's label point; coded as the province.
      const t = choice.toponym;
      const w = t.kind === 'place' ? [] : besideWhere(ctx, inside, t);
      return w.length ? w : [{ ...whereOf(t, 'admin1'), place: { name: inside, geonameid: null, admin1: t.admin1, country: t.country } }];
    }
    if (choice.precision === 'place' || listed.length > 1) {
      // "the Damascus suburbs of Irbin and Hamouriya": a listed town the gazetteer lacks comes right after its neighbour.
      const unknown = unknownListed(article.text, listed, toponyms, clause.end);
      return listed.flatMap((t) => [
        aroundWhere(ctx, t) ?? whereOf(t, precisionOf(t)),
        ...unknown.filter((u) => u.beside === t).flatMap(({ name, beside }) => besideWhere(ctx, name, beside)),
      ]);
    }
    if (recentPlace && ANAPHOR.test(clause.text) && choice.toponym.country === recentPlace.country) return [whereOf(recentPlace, 'place')];
    return [whereOf(choice.toponym, choice.precision)];
  }
  // A clause with no place continues the story of the sentence just before it ("the city": a little further).
  // With no date of its own, it is still about the place being reported on.
  const ownDate = ctx.dates.some((d) => !d.reporting) || trigger.event_type === 'Strategic developments';
  // A clause that names a place of its own, even one the gazetteer lacks ("around Arida"), is not about the last one.
  if (recentPlace && (ctx.recentAge <= 0 || ANAPHOR.test(clause.text) || !ownDate) && !ctx.unknownPlace)
    return [{ ...whereOf(recentPlace, 'place'), inferred: true }];
  const w = countryWhere(ctx, demonymCountry(clause.text, options) ?? focus);
  return w ? [{ ...w, inferred: true }] : [];
}
