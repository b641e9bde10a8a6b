// Joint evidence: the document's names vote for each other's readings.
// - Containment: "Atlanta, Georgia", "Kut (Wasit)", "Floresta, Parana": each reading of the inner name that lies
//   inside some reading of its container, and each reading of the container that holds some reading of the inner
//   name, gains; once the container is resolved to an area, an inner name with no reading inside it is no match.
// - A chain that does not climb from town to province to country is a list ("Narsingdi, Sirajganj, Barishal"):
//   no name contains the next, and one kind is kept ("Mexico, China, Japan" are countries, not "Town, Country").
// - A state or province that holds the document's other confidently placed names gains over a namesake country
//   ("Georgia" in a text that names Atlanta).
import type { GazEntry } from '../gazetteer/load.ts';
import type { Mention } from '../toponyms/types.ts';
import { km, within } from './geo.ts';

interface Scored {
  cand: { entry: GazEntry };
  prior: number;
  score: number;
}

const AREA = new Set(['admin1', 'admin2', 'country', 'region']);
const isArea = (e: GazEntry) => AREA.has(e.kind);
const LEVEL: Record<string, number> = { place: 0, admin2: 1, admin1: 2, region: 3, country: 3 };

export interface Joint {
  /** The container of mention k after lists are told apart from containment, or null. */
  container: (k: number) => number | null;
  /** Mention k contains another one ("La Paz" in "El Alto, La Paz"): the text names it as an area. */
  isContainer: (k: number) => boolean;
  /** Area e, a reading of mention k, holds some reading of a name the text puts in k ("Cabedelo, Paraiba"). */
  holdsInner: (k: number, e: GazEntry) => boolean;
  /** Evidence for reading s of mention k from the other names (containment, lists, held anchors). */
  bonus: (k: number, s: Scored, otherAnchors: GazEntry[]) => number;
}

export function jointEvidence(mentions: Mention[], ranked: Scored[][]): Joint {
  const container = mentions.map((m) => m.container);
  // Chains of names linked by commas or brackets.
  const listKind = new Map<number, string>();
  for (let k = 0; k < mentions.length; k++) {
    // "the Kosovo area of Naivasha": a part's link is no step of a list or a hierarchy; a chain starts after it.
    if (container[k] === null || mentions[k]!.part || (k > 0 && container[k - 1] === k && !mentions[k - 1]!.part)) continue;
    const chain = [k];
    while (container[chain.at(-1)!] !== null && chain.length < 12) chain.push(container[chain.at(-1)!]!);
    // A hierarchy climbs ("Town, District, Province", "Atlanta, Georgia", "Floresta, Parana"): each name after the
    // first can be read as an area above the one before. Otherwise it is a list of names of one level: no name
    // contains the next, and when all are first read as countries (or all as states) they stay of that kind.
    // The first name's level is its first reading's, or that of its lowest reading inside one of the next name's
    // areas ("Sbeitla (Kasserine)": the town in Kasserine governorate, though a Sbeitla delegation comes first).
    const levels = chain.map((a, i) => (i === 0 ? firstLevel(ranked[a]!, ranked[chain[1]!]!) : Math.max(...ranked[a]!.map((t) => LEVEL[t.cand.entry.kind] ?? 0))));
    if (levels.every((l, i) => i === 0 || l > levels[i - 1]!)) continue;
    for (const a of chain.slice(0, -1)) container[a] = null;
    const kinds = new Set(chain.map((a) => ranked[a]![0]?.cand.entry.kind));
    const kind = kinds.size === 1 ? [...kinds][0] : undefined;
    if (kind === 'country' || kind === 'admin1') for (const a of chain) listKind.set(a, kind);
  }
  const inside = new Map<number, number[]>();
  container.forEach((c, k) => {
    if (c !== null) inside.set(c, [...(inside.get(c) ?? []), k]);
  });
  const holdsInner = (k: number, e: GazEntry) => isArea(e) && (inside.get(k) ?? []).some((j) => ranked[j]!.some((x) => within(x.cand.entry, e)));
  return {
    container: (k) => container[k] ?? null,
    isContainer: (k) => inside.has(k),
    holdsInner,
    bonus(k, s, otherAnchors) {
      const e = s.cand.entry;
      let b = 0;
      const c = container[k];
      if (c !== null && c !== undefined) {
        const outer = ranked[c]!.filter((t) => isArea(t.cand.entry));
        if (outer.some((t) => within(e, t.cand.entry))) b += 6;
        else if (outer.length && isArea(ranked[c]![0]!.cand.entry)) b -= 2;
        // "Tuzla, Istanbul", "Savar city (Dhaka)": by a town, a reading in that town's country, and more one near
        // it ("Jalalpur, Shamli": the Jalalpur of Shamli's district).
        const top = ranked[c]![0]?.cand.entry;
        if (top && !isArea(top) && top.country && e.country === top.country) b += km(e, top) <= NEAR_TOWN_KM ? 4 : 3;
      }
      // "X, Y" and "X (Y)": Y names the area X lies in, so Y is read as an area before a town of its name.
      if (isArea(e) && inside.has(k)) b += 2;
      if (holdsInner(k, e)) b += 6;
      if (listKind.has(k)) b += e.kind === listKind.get(k) ? 3 : 0;
      if (e.kind === 'admin1' && otherAnchors.some((a) => within(a, e))) b += 3;
      return b;
    },
  };
}

/** The level of a chain's first name: its first reading's, or the lowest of its readings inside an area reading of
 * the name after it. */
function firstLevel(own: Scored[], next: Scored[]): number {
  const top = LEVEL[own[0]?.cand.entry.kind ?? ''] ?? 0;
  const areas = next.filter((t) => isArea(t.cand.entry));
  const inside = own.filter((s) => areas.some((t) => within(s.cand.entry, t.cand.entry))).map((s) => LEVEL[s.cand.entry.kind] ?? 0);
  return Math.min(top, ...inside);
}

/** A town this size is itself though the text puts it in another province of its country. */
const MISPLACED_CITY = 100_000;

/** Below this size a town is not named beside a place of another country ("Savar city (Dhaka)"), nor beside a
 * town farther than NEAR_TOWN_KM ("Jalalpur, Shamli"). */
const BESIDE_POPULATION = 200_000;
const NEAR_TOWN_KM = 100;

/**
 * An inner name whose reading lies outside the area its container was resolved to ("El Alto, La Paz"), or a small
 * place by a container in another country ("Savar city (Dhaka)", "Tuzla, Istanbul"): the text says otherwise.
 */
export function outsideContainer(e: GazEntry, containerEntry: GazEntry | undefined): boolean {
  // "In Asia, Canada …": a continent, a country or a region is inside no container.
  if (!containerEntry || !(e.kind === 'place' || e.kind === 'admin2' || e.kind === 'admin1')) return false;
  // "Mariupol, Zaporizhia", "Nawabshah (Nawabshah, Punjab)": a city of the area's own country put in the wrong
  // province is still that city (the text errs on the province, not the city).
  if (isArea(containerEntry)) return !within(e, containerEntry) && !(containerEntry.kind !== 'country' && e.kind === 'place' && e.country === containerEntry.country && e.population >= MISPLACED_CITY);
  const small = (e.kind === 'place' || e.kind === 'admin2') && e.population < BESIDE_POPULATION && e.fcode !== 'PPLC';
  return small && !!containerEntry.country && (e.country !== containerEntry.country || (containerEntry.kind === 'place' && km(e, containerEntry) > NEAR_TOWN_KM));
}
