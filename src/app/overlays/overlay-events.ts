// Which events an aggregate overlay (heatmap, hexagons, regions) adds up, and which it must show apart.
// Never summed: country-wide reports (a point on the capital would be a lie) and `aggregate` totals
// (they overlap the located events). The point overlays (heatmap, hexagons) also leave out
// province-wide reports: their point is only the province's centre, not where anyone died.
import { t as tr, tCount } from '../i18n/current.ts';
import type { EventFeature } from '../../shared/schema.ts';
import { matchesFilters, type Filters } from '../state/filters.ts';
import { matchesRange, type DateRange } from '../state/range.ts';
import type { Overlay } from '../state/overlay.ts';
import { tollValue } from './format.ts';

export type AggregateOverlay = Exclude<Overlay, 'circles'>;

/** The toll an aggregate adds for an event: best, else low, else high; 0 when none is given. */

/** Whether an overlay adds this event into its areas or its density. */
export function isSummed(f: EventFeature, overlay: AggregateOverlay): boolean {
  const p = f.properties;
  if (p.aggregate === true || p.geo_precision === 'country') return false;
  return overlay === 'regions' || p.geo_precision === 'place';
}

export interface OverlayEvents {
  /** Added into the overlay. */
  summed: EventFeature[];
  /** Shown in the side panel instead, never added to the others. */
  apart: EventFeature[];
}

/** The events shown for the range and filters, split into those the overlay sums and those it lists. */
export function splitForOverlay(
  features: readonly EventFeature[],
  range: DateRange | null,
  filters: Filters,
  overlay: AggregateOverlay,
): OverlayEvents {
  const summed: EventFeature[] = [];
  const apart: EventFeature[] = [];
  for (const f of features) {
    if (!matchesRange(f, range) || !matchesFilters(f, filters)) continue;
    (isSummed(f, overlay) ? summed : apart).push(f);
  }
  return { summed, apart };
}

export interface Totals {
  deaths: number;
  reports: number;
  /** Reports that give no toll (counted in `reports`, adding 0 to `deaths`). */
  untolled: number;
}

export const addTo = (t: Totals, f: EventFeature): void => {
  const toll = tollValue(f.properties.fatalities);
  t.deaths += toll ?? 0;
  t.reports += 1;
  if (toll === null) t.untolled += 1;
};

/** "300 killed in 1 report", "No toll given in 2 reports", for labels and screen readers. */
export function totalsText(t: Totals): string {
  const reports = tCount('overlay.reports', t.reports);
  if (t.deaths === 0 && t.untolled === t.reports) return tr('overlay.totalsNone', { reports });
  return tr('overlay.totals', { deaths: t.deaths, reports });
}
