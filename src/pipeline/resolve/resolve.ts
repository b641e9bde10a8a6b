// Resolution: picks one gazetteer entry per recognised name, or none. Pure: (recognition, options) → toponyms.
// Evidence: prior (kind, population, feature code), the document's countries (mentions, demonyms, dateline),
// its provinces, "X, Y" containment, kind hints, nearness to confidently placed names, one sense per name.
import type { Toponym } from '../../shared/schema.ts';
import type { Candidate, GazEntry, Gazetteer } from '../gazetteer/load.ts';
import { normName } from '../gazetteer/normalize.ts';
import type { Mention, Recognition } from '../toponyms/types.ts';
import { TRANSLITERATED } from '../toponyms/lexicon.ts';
import { candidatePrior } from './prior.ts';
import { km, within } from './geo.ts';
import { accept } from './accept.ts';
import { settleProvinceVersusSmallNamesake, settleTownVersusProvince } from './same-name.ts';
import { jointEvidence, outsideContainer } from './joint.ts';

export interface ResolveOptions {
  gazetteer: Gazetteer;
  published?: string;
}

interface Scored {
  cand: Candidate;
  prior: number;
  score: number;
}

const MAX_CANDIDATES = 40;
/** A town abroad below this size needs a sign in the text (Palma in a report on Mozambique is not Mallorca's). */
const STRAY_POPULATION = 1_000_000;
/** A village abroad below this size, this far from every placed name, needs its country named too. */
const SMALL_STRAY = 100_000;
const FAR_KM = 1000;
/** A city this size is itself whatever the text puts it in. */
const MAJOR_CITY = 1_000_000;
/** A province, or a town this size, is stray only when two names or more point to the other country ("a protest
 * in Batumi" is Georgia's though the goods came "from Turkey"). */
const STRONG_STRAY = 100_000;

function rank(m: Mention): Scored[] {
  const seen = new Map<number, Scored>();
  for (const c of m.candidates) {
    const prior = candidatePrior(c);
    const old = seen.get(c.entry.ord);
    if (!old || old.prior < prior) seen.set(c.entry.ord, { cand: c, prior, score: prior });
  }
  return [...seen.values()].sort((x, y) => y.prior - x.prior).slice(0, MAX_CANDIDATES);
}

/** Margin of the best candidate over the best one in another country (or of another kind). */
function margin(list: Scored[], key: (s: Scored) => number): number {
  const best = list[0];
  if (!best) return 0;
  const other = list.find((s) => s.cand.entry.country !== best.cand.entry.country);
  return other ? key(best) - key(other) : 99;
}

export function resolve(rec: Recognition, options: ResolveOptions): Toponym[] {
  const ranked = rec.mentions.map(rank);
  // Document evidence from confident first choices.
  const keys = rec.mentions.map((m) => normName(m.surface));
  // Country evidence per name that gave it, so that a name is not its own evidence.
  const countries = new Map<string, number>();
  const byKey = new Map<string, Map<string, number>>();
  const addCountry = (cc: string | null, w: number, key = '') => {
    if (!cc) return;
    countries.set(cc, (countries.get(cc) ?? 0) + w);
    const m = byKey.get(key) ?? new Map<string, number>();
    m.set(cc, (m.get(cc) ?? 0) + w);
    byKey.set(key, m);
  };
  // Provinces and confidently placed names, with the name that gave them (a name is no evidence for itself).
  const admin1s = new Map<string, Set<string>>();
  const anchors: Array<{ e: GazEntry; key: string }> = [];
  rec.mentions.forEach((m, k) => {
    const list = ranked[k]!;
    const top = list[0];
    if (!top || m.weak) return;
    const e = top.cand.entry;
    const sure = margin(list, (s) => s.prior) >= 1.5;
    if (e.kind === 'country') addCountry(e.country, m.embedded ? 1 : 2, keys[k]);
    else if (sure) addCountry(e.country, m.dateline ? 3 : 1, keys[k]);
    if (sure && e.kind === 'admin1' && e.admin1) admin1s.set(e.admin1, (admin1s.get(e.admin1) ?? new Set()).add(keys[k]!));
    if (sure && (e.kind === 'place' || e.kind === 'admin1' || e.kind === 'admin2')) anchors.push({ e, key: keys[k]! });
  });
  for (const d of rec.demonyms) addCountry(d.country, 1);
  const total = [...countries.values()].reduce((s, x) => s + x, 0);
  const share = (cc: string, key: string) => {
    const own = byKey.get(key);
    const ownTotal = own ? [...own.values()].reduce((s, x) => s + x, 0) : 0;
    const rest = total - ownTotal;
    return rest > 0 ? ((countries.get(cc) ?? 0) - (own?.get(cc) ?? 0)) / rest : 0;
  };

  // How many other names (each demonym counts as one) point to a country.
  const names = (cc: string, key: string) =>
    [...byKey].filter(([k, m]) => k !== key && k !== '' && m.has(cc)).length + rec.demonyms.filter((d) => d.country === cc).length;
  // The weight of a country's evidence from the names other than this one.
  const evidence = (cc: string, key: string) => (countries.get(cc) ?? 0) - (byKey.get(key)?.get(cc) ?? 0);

  // Names without candidates: transliteration variants in the document's main country ("the town of Talbisseh";
  // "in Deir el-Zour", a transliterated name after a locative, is specific enough too).
  const mainCountry = [...countries].sort((x, y) => y[1] - x[1])[0]?.[0];
  const fuzzy = new Set<number>();
  const containerCountry = (m: Mention): string | null => {
    const c = m.container === null ? undefined : ranked[m.container]?.[0]?.cand.entry;
    return c && c.kind !== 'place' ? c.country : null;
  };
  rec.mentions.forEach((m, k) => {
    if (m.candidates.length || !mainCountry || !(m.hint || (m.prep && TRANSLITERATED.test(m.surface)))) return;
    // "the Syrian border town of Tal Kalakh": a national adjective just before the name says whose it is.
    // "Dashti Qala district, Takhar": the province the text puts it in says so too.
    // Not across another name: "an American Ceylon Mission Church at Navaaly" says nothing of Navaaly.
    const qualifies = (d: { end: number }) => d.end <= m.start && m.start - d.end <= 30 && (rec.text === undefined || !/\p{Lu}/u.test(rec.text.slice(d.end, m.start)));
    const own = rec.demonyms.find(qualifies)?.country ?? containerCountry(m);
    const found = own && own !== mainCountry ? options.gazetteer.fuzzy(m.surface, own) : [];
    ranked[k] = rank({ ...m, candidates: found.length ? found : options.gazetteer.fuzzy(m.surface, mainCountry) });
    if (ranked[k]!.length) fuzzy.add(k);
  });

  // Containment, lists and held anchors (joint.ts).
  const joint = jointEvidence(rec.mentions, ranked);

  // Contextual scores.
  rec.mentions.forEach((m, k) => {
    const others = anchors.filter((a) => a.key !== keys[k]).map((a) => a.e);
    for (const s of ranked[k]!) {
      const e = s.cand.entry;
      let score = s.prior;
      if (e.country) score += 3.5 * share(e.country, keys[k]!);
      const from = e.admin1 ? admin1s.get(e.admin1) : undefined;
      if (e.kind !== 'admin1' && from && [...from].some((x) => x !== keys[k])) score += 2.5;
      score += joint.bonus(k, s, others);
      if (e.kind === 'place' || e.kind === 'admin2') {
        let near = 0;
        for (const { e: a, key } of anchors) {
          if (a.ord === e.ord || key === keys[k]) continue;
          const d = km(a, e);
          if (d < 150) near = Math.max(near, 1.5);
          else if (d < 400) near = Math.max(near, 0.8);
        }
        score += near;
      }
      s.score = score;
    }
    // "Cabedelo, Paraiba", "Zacatecas, Zacatecas": a name the text puts another in is the area, not its main town.
    settleTownVersusProvince(ranked[k]!, (a) => joint.holdsInner(k, a));
    if (!m.dateline) settleProvinceVersusSmallNamesake(ranked[k]!);
    for (const s of ranked[k]!) {
      const kind = s.cand.entry.kind;
      if (m.hint === 'admin') s.score += kind === 'admin1' || kind === 'admin2' ? 3 : kind === 'place' ? -1 : 0;
      if (m.hint === 'town') s.score += kind === 'place' ? 2 : -3;
    }
  });

  // A small town or province in a country the document gives no other sign of, while it is plainly about another one
  // ("tanks deployed around Arida" in a report on Syria is not Arida, Japan): no match.
  // In a terse note ("in the Qom Qishlaq area of Dashti Qala district, Takhar") one province may be all the evidence:
  // a village abroad far from every confidently placed name of a document that points to one country only is
  // stray too ("Qom", Iran).
  const farFromAnchors = (e: GazEntry, key: string) =>
    anchors.some((a) => a.key !== key) && anchors.every((a) => a.key === key || km(a.e, e) > FAR_KM);
  // "Batumi", "Ohio": a province by its name, or a town of 100,000, needs two names against it; "Kassala state",
  // a province the text calls one, is never stray (a code, "CNN", is no such word).
  // A city of millions known in the text only by another of its names ("Cano" for Kano) has no such pass.
  const strayPlace = (e: GazEntry, key: string, ms: Mention[], primary: boolean): boolean =>
    (e.kind === 'place' || e.kind === 'admin1' || e.kind === 'admin2') && (e.population < STRAY_POPULATION || !primary) && e.fcode !== 'PPLC' && !!mainCountry && e.country !== mainCountry &&
    share(e.country ?? '', key) === 0 && strayable(e, ms, names(mainCountry, key)) &&
    ((share(mainCountry, key) >= 0.6 && evidence(mainCountry, key) >= 2) ||
      (e.population < SMALL_STRAY && share(mainCountry, key) === 1 && evidence(mainCountry, key) >= 1 && farFromAnchors(e, key)));

  // One sense per name in a document: the candidate with the best total over its mentions. A mention that says
  // its kind ("Idlib province", "the city of Idlib") keeps that sense apart from the bare name's.
  const groups = new Map<string, number[]>();
  // "Dara'a al-Balad" (the old quarter of Daraa): a name opened by an article right after another name goes on
  // it; on its own it would be some other "al-Balad".
  const continues = (k: number): boolean => {
    const m = rec.mentions[k]!;
    const prev = rec.mentions[k - 1];
    return !!prev && m.start - prev.end === 1 && /^(?:al|el|ad|ar|as|ash|at|az|an|ed|es|et|er|ez)-/i.test(m.surface);
  };
  keys.forEach((key, k) => {
    if (continues(k)) return;
    // "Zacatecas, Zacatecas": the last name of a chain, repeating the name it holds, is the state, and the town
    // before it another sense; "Rafah (Rafah, North Sinai)" repeats a town held by the province after it.
    const ownContainer = joint.container(k) === null && rec.mentions.some((m, j) => j !== k && keys[j] === key && joint.container(j) === k);
    const sense = `${key}\u0000${rec.mentions[k]!.hint ?? ''}\u0000${ownContainer ? 'area' : ''}`;
    groups.set(sense, [...(groups.get(sense) ?? []), k]);
  });
  const chosen = new Map<number, { e: GazEntry; conf: number }>();
  for (const members of groups.values()) {
    const totals = new Map<number, { s: Scored; sum: number }>();
    for (const k of members) {
      for (const s of ranked[k]!) {
        const t = totals.get(s.cand.entry.ord);
        if (t) t.sum += s.score;
        else totals.set(s.cand.entry.ord, { s, sum: s.score });
      }
    }
    const sorted = [...totals.values()].sort((x, y) => y.sum - x.sum);
    let best = sorted[0];
    if (!best) continue;
    const ms = members.map((k) => rec.mentions[k]!);
    if (!members.some((k) => fuzzy.has(k)) && !accept(best.s, ms, members.length)) continue;
    if (!members.some((k) => joint.isContainer(k)) && strayPlace(best.s.cand.entry, keys[members[0]!]!, ms, best.s.cand.primary)) {
      // "London's tally was lower than New York's": a state abroad the document gives no sign of is the city of
      // millions of its name, which no document's country makes stray.
      const city = best.s.cand.entry.kind === 'admin1' ? sorted.find((t) => isMajorCity(t.s.cand.entry) && t.s.cand.entry.country === best!.s.cand.entry.country) : undefined;
      if (!city) continue;
      best = city;
    }
    // "Hamas fighters", "the Fano militia": a group's name is a place only in the document's own country.
    if (ms.some((m) => m.group) && !isArea(best.s.cand.entry) && !(mainCountry && best.s.cand.entry.country === mainCountry && share(mainCountry, keys[members[0]!]!) > 0)) continue;
    const second = sorted[1]?.sum ?? best.sum - 4 * members.length;
    const conf = 1 / (1 + Math.exp(-(best.sum - second) / members.length));
    for (const k of members) chosen.set(k, { e: best.s.cand.entry, conf });
  }
  // "the Kosovo area of Naivasha", "the Qom Qishlaq area of Dashti Qala district, Takhar": a part of a place lies in
  // it (or near it, for a town); with the place unresolved, in what holds that, or in the document's country.
  // Another reading that does is taken; with none, the part is placed at what holds it, or else is no match.
  for (const [k, pick] of chosen) {
    const m = rec.mentions[k]!;
    const c = m.part ? joint.container(k) : null;
    if (c === null) continue;
    // The place it is part of, or, unresolved ("Alishing district, Laghman"), the first resolved place holding that.
    let at: number | null = c;
    for (let n = 0; at !== null && !chosen.has(at) && n < 4; n++) at = joint.container(at) ?? rec.mentions[at]!.container;
    const ce = at === null ? undefined : chosen.get(at)?.e;
    const fits = (e: GazEntry) => !ce ? !mainCountry || e.country === mainCountry
      : at !== c ? (ce.kind === 'place' ? e.country === ce.country : within(e, ce))
      : ce.kind === 'place' ? km(e, ce) <= PART_KM : within(e, ce);
    if (fits(pick.e)) continue;
    const alt = ranked[k]!.filter((s) => fits(s.cand.entry)).sort((x, y) => y.score - x.score)[0];
    if (alt) chosen.set(k, { e: alt.cand.entry, conf: pick.conf });
    // A part the gazetteer lacks ("the Crown Heights neighborhood of Brooklyn") is placed at what holds it.
    else if (ce) chosen.set(k, { e: ce, conf: pick.conf / 2 });
    else chosen.delete(k);
  }
  // "El Alto, La Paz" with no El Alto in Bolivia: a name the text puts in an area is nowhere else; "Savar city
  // (Dhaka)", "Tuzla, Istanbul": nor is a small place the text puts by a place in another country. Such a reading
  // is wrong for every use of the name ("Carmo town (Bossaso, Bari) … the Carmo academy").
  // A capital or a city of millions is that city, though: "Chennai city (Chennai, TN)", "Panama City (Bella
  // Vista)": the container's reading is the wrong one (Tennessee, a Bella Vista in Mexico) and goes instead.
  const outside = new Set<string>();
  for (const [k, { e }] of chosen) {
    const c = joint.container(k);
    // "Kayes, Kayes Commune (Kayes)": a name repeated as its own container says nothing against it.
    if (c === null || keys[c] === keys[k]) continue;
    const ce = chosen.get(c)?.e;
    if (!outsideContainer(e, ce)) continue;
    // "El Callao, Bolivar state … in El Callao": a reading of the name inside the area the text puts it in is the
    // one meant, for every use of the name, before the city of millions elsewhere (Callao, Peru).
    const inside = ce && isAreaKind(ce) ? ranked[k]!.filter((s) => within(s.cand.entry, ce)).sort((x, y) => y.score - x.score)[0] : undefined;
    if (inside) {
      for (const [j, pick] of chosen) if (keys[j] === keys[k]) chosen.set(j, { e: inside.cand.entry, conf: pick.conf });
      continue;
    }
    outside.add(isMajorCity(e) ? keys[c]! : keys[k]!);
  }
  const out: Toponym[] = [];
  for (const [k, { e, conf }] of chosen) {
    if (outside.has(keys[k]!)) continue;
    out.push(toToponym(rec.mentions[k]!, e, conf));
  }
  return out.sort((x, y) => x.start - y.start || x.end - y.end);
}

const CODE = /^\p{Lu}{2,4}$/u;
/** A part of a town ("the Kosovo area of Naivasha") lies this near it. */
const PART_KM = 30;

/** Whether a reading abroad can be stray at all, given how many names point to the document's country. */
function strayable(e: GazEntry, ms: Mention[], namesAgainst: number): boolean {
  if (e.kind !== 'admin1') return e.population < STRONG_STRAY || namesAgainst >= 2;
  if (ms.every((m) => CODE.test(m.surface))) return true;
  return !ms.some((m) => m.hint === 'admin') && namesAgainst >= 2;
}

const isMajorCity = (e: GazEntry) => (e.kind === 'place' || e.kind === 'admin2') && (e.fcode === 'PPLC' || e.population >= MAJOR_CITY);

const isAreaKind = (e: GazEntry) => e.kind === 'admin1' || e.kind === 'admin2' || e.kind === 'country';

const isArea = (e: GazEntry) => e.kind === 'country' || e.kind === 'continent' || e.kind === 'region' || e.kind === 'sea';

function toToponym(m: Mention, e: GazEntry, score: number): Toponym {
  const t: Toponym = {
    start: m.start, end: m.end, name: m.surface, lat: e.lat, lon: e.lon, geonameid: e.geonameid,
    country: e.country, admin1: e.kind === 'country' ? null : e.admin1, kind: e.kind,
    score: Math.round(score * 1000) / 1000,
  };
  if (e.kind !== 'place' && e.bbox) t.bbox = e.bbox;
  if (m.embedded) t.embedded = true;
  return t;
}
