// Filters besides the date range: event types, actor text, a minimum toll, "precise places only", an outlet
// and "hide low-confidence events". One rule, used
// by the count, the table and (as a MapLibre expression) the map, as the date range is.
import type { ExpressionSpecification } from 'maplibre-gl';
import { EVENT_TYPES, type EventFeature } from '../../shared/schema.ts';
import { tollValue } from '../overlays/format.ts';

export interface Filters {
  /** ACLED types to show; null shows all. */
  types: readonly string[] | null;
  /** Smallest toll (best, else low) to show; 0 shows events without a toll too. */
  minKilled: number;
  /** Only events placed at a town, not at a province or a country. */
  precise: boolean;
  /** Text an actor's name must contain (any case); '' shows all. */
  actor: string;
  /** The outlet one of the event's sources must be; null shows all. */
  outlet: string | null;
  /** Hide events whose confidence is below LOW_CONFIDENCE (`confident=1` in the hash). */
  confident: boolean;
}

export const NO_FILTERS: Filters = { types: null, minKilled: 0, precise: false, actor: '', outlet: null, confident: false };

/**
 * Below this an event's confidence is low. The build scores each event 0–1 from how precisely the report
 * places and dates it, whether it gives a toll, whether it is only a claim, and how many reports agree.
 */
export const LOW_CONFIDENCE = 0.5;

/** Who an event names: its actors, then its victims ("protesters" finds those shot at as well). */
const people = (f: EventFeature): string[] => [...f.properties.actors, ...(f.properties.victims ?? [])];
/** What the map's flattened properties hold for these filters: actors and victims in lower case, outlets, one per line. */
export const actorsKey = (f: EventFeature): string => `\n${people(f).join('\n').toLowerCase()}\n`;
export const outletsKey = (f: EventFeature): string => `\n${[...new Set(f.properties.sources.map((s) => s.outlet ?? ''))].join('\n')}\n`;
/** Actor text as matched: lower case, one line, trimmed. */
const needle = (actor: string): string => actor.replace(/\s+/g, ' ').trim().toLowerCase();

/** Two filter settings that select the same events (the hash gives a new object each time it is read). */
export function sameFilters(a: Filters, b: Filters): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

export function matchesFilters(f: EventFeature, x: Filters): boolean {
  const p = f.properties;
  if (x.types && !x.types.includes(p.event_type)) return false;
  // The figure the map filters by (its `toll` property): best, else low, else an upper bound.
  if (x.minKilled > 0 && (tollValue(p.fatalities) ?? 0) < x.minKilled) return false;
  if (x.precise && p.geo_precision !== 'place') return false;
  if (x.confident && p.confidence < LOW_CONFIDENCE) return false;
  const text = needle(x.actor);
  if (text && !people(f).some((a) => a.toLowerCase().includes(text))) return false;
  return !(x.outlet !== null && !p.sources.some((s) => s.outlet === x.outlet));
}

/** The same rule over the map's flattened properties (`type`, `toll` (-1 when none), `prec`, `conf`, `actors`, `outlets`). */
export function filtersExpression(x: Filters): ExpressionSpecification {
  const parts: ExpressionSpecification[] = [];
  if (x.types) parts.push(['in', ['get', 'type'], ['literal', [...x.types]]]);
  if (x.minKilled > 0) parts.push(['>=', ['get', 'toll'], x.minKilled]);
  if (x.precise) parts.push(['==', ['get', 'prec'], 'place']);
  if (x.confident) parts.push(['>=', ['get', 'conf'], LOW_CONFIDENCE]);
  // Within one actor's name: the needle holds no line break, so it cannot run across two names.
  if (needle(x.actor)) parts.push(['in', needle(x.actor), ['get', 'actors']]);
  if (x.outlet !== null) parts.push(['in', `\n${x.outlet}\n`, ['get', 'outlets']]);
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
    actor: (params.get('actor') ?? '').slice(0, 100),
    outlet: params.get('outlet')?.slice(0, 200) || null,
    confident: params.get('confident') === '1',
  };
}

export function writeFilters(params: URLSearchParams, x: Filters): void {
  const put = (k: string, v: string | null): void => (v === null ? params.delete(k) : params.set(k, v));
  put('types', x.types ? x.types.join(',') : null);
  put('min', x.minKilled > 0 ? String(x.minKilled) : null);
  put('precise', x.precise ? '1' : null);
  put('actor', needle(x.actor) ? x.actor : null);
  put('outlet', x.outlet);
  put('confident', x.confident ? '1' : null);
}
