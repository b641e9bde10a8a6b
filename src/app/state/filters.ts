// Filters besides the date range: event types, a minimum toll and "precise places only". One rule, used
// by the count, the table and (as a MapLibre expression) the map, as the date range is.
import type { ExpressionSpecification } from 'maplibre-gl';
import { EVENT_TYPES, type EventFeature } from '../../shared/schema.ts';

export interface Filters {
  /** ACLED types to show; null shows all. */
  types: readonly string[] | null;
  /** Smallest toll (best, else low) to show; 0 shows events without a toll too. */
  minKilled: number;
  /** Only events placed at a town, not at a province or a country. */
  precise: boolean;
}

export const NO_FILTERS: Filters = { types: null, minKilled: 0, precise: false };

const tollOf = (f: EventFeature): number => f.properties.fatalities?.best ?? f.properties.fatalities?.low ?? 0;

export function matchesFilters(f: EventFeature, x: Filters): boolean {
  const p = f.properties;
  if (x.types && !x.types.includes(p.event_type)) return false;
  if (x.minKilled > 0 && tollOf(f) < x.minKilled) return false;
  return !(x.precise && p.geo_precision !== 'place');
}

/** The same rule over the map's flattened properties (`type`, `toll` (-1 when none), `prec`). */
export function filtersExpression(x: Filters): ExpressionSpecification {
  const parts: ExpressionSpecification[] = [];
  if (x.types) parts.push(['in', ['get', 'type'], ['literal', [...x.types]]]);
  if (x.minKilled > 0) parts.push(['>=', ['get', 'toll'], x.minKilled]);
  if (x.precise) parts.push(['==', ['get', 'prec'], 'place']);
  return parts.length ? (['all', ...parts] as ExpressionSpecification) : ['boolean', true];
}

/** Reads filters from hash parameters; anything invalid falls back to "no filter". */
export function parseFilters(params: URLSearchParams): Filters {
  const types = (params.get('types') ?? '').split(',').map((t) => t.trim()).filter((t) => (EVENT_TYPES as readonly string[]).includes(t));
  const min = Number(params.get('min'));
  return {
    types: types.length ? types : null,
    minKilled: Number.isInteger(min) && min > 0 && min < 1e7 ? min : 0,
    precise: params.get('precise') === '1',
  };
}

export function writeFilters(params: URLSearchParams, x: Filters): void {
  const put = (k: string, v: string | null): void => (v === null ? params.delete(k) : params.set(k, v));
  put('types', x.types ? x.types.join(',') : null);
  put('min', x.minKilled > 0 ? String(x.minKilled) : null);
  put('precise', x.precise ? '1' : null);
}
