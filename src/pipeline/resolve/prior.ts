// Context-free preference among same-name gazetteer entries: kind, population, feature code, main name.
import type { Candidate, GazEntry } from '../gazetteer/load.ts';

const FEATURE_BONUS: Record<string, number> = {
  PPLC: 2.5, PPLG: 1.5, PPLA: 1.5, PPLA2: 0.8, PPLA3: 0.3, PPLA4: 0.2, PPL: 0, PPLL: -0.5, PPLF: -0.5,
  PPLX: -0.8, PPLR: -0.8, PPLS: -0.8, PPLH: -2.5, PPLQ: -2.5, PPLW: -2.5, PPLCH: -2,
};

const KIND_PRIOR: Record<string, number> = { country: 11, continent: 9, region: 8.5, sea: 8.5, admin1: 6.2 };

export function entryPrior(e: GazEntry): number {
  // A province known only by GeoNames' code and its towns (source-admin1.ts) is weaker evidence than Natural Earth's.
  if (e.fcode === 'ADM1T') return KIND_PRIOR.admin1! - 1.2;
  const k = KIND_PRIOR[e.kind];
  if (k !== undefined) return k;
  if (e.kind === 'admin2') return 1.5 + 0.45 * Math.log10(e.population + 10);
  return Math.log10(e.population + 10) + (FEATURE_BONUS[e.fcode] ?? 0);
}

export function candidatePrior(c: Candidate): number {
  return entryPrior(c.entry) + (c.primary ? 1.5 : 0);
}
