// The document's main country: the one its resolved toponyms point to most (countries count double,
// names in a dateline triple, names inside organisations' names half).
import type { Toponym } from '../../shared/schema.ts';

export function countryWeights(toponyms: readonly Toponym[]): Map<string, number> {
  const w = new Map<string, number>();
  for (const t of toponyms) {
    if (!t.country) continue;
    let x = t.kind === 'country' ? 2 : t.kind === 'continent' || t.kind === 'region' || t.kind === 'sea' ? 0.5 : 1;
    if (t.embedded) x /= 2;
    w.set(t.country, (w.get(t.country) ?? 0) + x);
  }
  return w;
}

/** The article's main country (ISO alpha-2), or null when no toponym names one. */
export function focusCountry(toponyms: readonly Toponym[]): string | null {
  let best: string | null = null;
  let bestW = 0;
  for (const [cc, w] of countryWeights(toponyms)) {
    if (w > bestW) {
      best = cc;
      bestW = w;
    }
  }
  return best;
}
