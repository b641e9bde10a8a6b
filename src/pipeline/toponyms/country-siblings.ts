// Two countries that share a short name: "Congo" (the Republic and the Democratic Republic of the Congo), "Korea"
// (the Republic and the Democratic People's Republic). Their official names (npm world-countries) differ only by
// "Democratic", "People's", "Republic of the": the short name is a candidate for both, and the document decides.
import { join } from 'node:path';
import type { Candidate, Gazetteer } from '../gazetteer/load.ts';
import { normName } from '../gazetteer/normalize.ts';
import { packageDir, readJson } from '../gazetteer/raw.ts';

let groups: Map<string, string[]> | null = null;

const core = (official: string) => official.replace(/\b(?:Democratic|People's|Republic|of|the|DR)\b/gi, '').replace(/\s+/g, ' ').trim();

function siblingGroups(): Map<string, string[]> {
  if (groups) return groups;
  const all = new Map<string, string[]>();
  for (const c of readJson<Array<{ cca2: string; name: { official: string } }>>(join(packageDir('world-countries'), 'countries.json'))) {
    const k = normName(core(c.name.official));
    all.set(k, [...(all.get(k) ?? []), c.cca2]);
  }
  groups = new Map([...all].filter(([, v]) => v.length > 1));
  return groups;
}

/** The candidates of a name, with the sibling countries that share it as a short name. */
export function withSiblingCountries(surface: string, hits: Candidate[], g: Gazetteer): Candidate[] {
  const ccs = siblingGroups().get(normName(surface));
  if (!ccs || !hits.some((c) => c.entry.kind === 'country' && ccs.includes(c.entry.country ?? ''))) return hits;
  const extra: Candidate[] = [];
  for (const cc of ccs) {
    const e = g.countryEntry(cc);
    if (e && !hits.some((c) => c.entry.ord === e.ord)) extra.push({ entry: e, primary: true });
  }
  return extra.length ? [...hits, ...extra] : hits;
}
