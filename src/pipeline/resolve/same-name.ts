// A town and the province around it often share a name (Hama, Quebec, New York). The town is meant when
// the province is small; a province as big as a country is meant by its own name.
import { km } from './geo.ts';
import { inBox } from '../gazetteer/bbox.ts';
import type { Candidate, GazEntry } from '../gazetteer/load.ts';

const BIG_PROVINCE_KM = 600;

export function settleTownVersusProvince(list: Array<{ cand: Candidate; score: number }>, holdsInner: (a: GazEntry) => boolean = () => false): void {
  for (const p of list) {
    const a = p.cand.entry;
    // "Cabedelo, Paraiba", "Zacatecas, Zacatecas": a province that holds the name the text puts in it is meant.
    if (a.kind !== 'admin1' || !a.bbox || holdsInner(a)) continue;
    const [w, s, e, n] = a.bbox;
    const diag = km({ lat: s, lon: w }, { lat: n, lon: e });
    for (const q of list) {
      const t = q.cand.entry;
      if (t.kind !== 'place' || t.country !== a.country || !inBox(a.bbox, t.lat, t.lon)) continue;
      // A town the name is only another name of ("Paraiba" for João Pessoa) does not take it from the province.
      if (t.population < 20_000) continue;
      if (diag > BIG_PROVINCE_KM) p.score = Math.max(p.score, q.score + 0.5);
      else q.score = Math.max(q.score, p.score + 0.5);
    }
  }
}

/** Below this size a town outside the province of its name does not take the name from it. */
const SMALL_NAMESAKE = 20_000;

/**
 * "a man in Florida won", "places like California": a province named by its main name is meant before a village
 * of the same name elsewhere in the country (Florida, New York; a town called California by an alternate name),
 * however near that village lies to the document's other places. The text can still say town ("the town of X"),
 * and a dateline names a town ("WASHINGTON (AP)").
 */
export function settleProvinceVersusSmallNamesake(list: Array<{ cand: Candidate; score: number }>): void {
  const top = list.reduce<(typeof list)[number] | undefined>((x, y) => (!x || y.score > x.score ? y : x), undefined);
  const t = top?.cand.entry;
  if (!top || !t || t.kind !== 'place' || t.population >= SMALL_NAMESAKE) return;
  for (const p of list) {
    const a = p.cand.entry;
    if (a.kind !== 'admin1' || !p.cand.primary || !a.bbox || t.country !== a.country || inBox(a.bbox, t.lat, t.lon)) continue;
    p.score = Math.max(p.score, top.score + 0.5);
  }
}
