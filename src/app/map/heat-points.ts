// The heatmap's points of a large set, made from the index's columns (./event-index.ts), not from a feature
// per event: only the rows the heatmap can ever add up (placed at a town, not a total), each with the
// properties its MapLibre filter reads (dates, type, toll, precision, confidence, actor and outlet keys:
// ../overlays/overlay-layers.ts heatmapFilter, state/filters.ts filtersExpression). Made once, when the
// heatmap is first shown.
import type { FeatureCollection, Point } from 'geojson';
import { isoDay, NO_DAY, type EventIndex } from './event-index.ts';
import type { MapEventProps } from './events-source.ts';

export type HeatProps = Pick<MapEventProps, 'id' | 'type' | 'ds' | 'de' | 'toll' | 'prec' | 'aggregate' | 'conf' | 'actors' | 'outlets'>;

export function heatPoints(index: EventIndex): FeatureCollection<Point, HeatProps> {
  const people = index.people();
  const outlets = index.outlets();
  const days = new Map<number, string>();
  const day = (d: number): string => {
    if (d === NO_DAY) return '';
    let s = days.get(d);
    if (s === undefined) days.set(d, (s = isoDay(d)));
    return s;
  };
  const features: FeatureCollection<Point, HeatProps>['features'] = [];
  for (let r = 0; r < index.count; r++) {
    if (index.precise[r] === 0 || index.aggregate[r] === 1) continue;
    features.push({
      type: 'Feature',
      id: r,
      geometry: { type: 'Point', coordinates: [index.lon[r]!, index.lat[r]!] },
      properties: {
        id: index.idOf(r),
        type: index.typeNames[index.typeCode[r]!]!,
        ds: day(index.dayStart[r]!),
        de: day(index.dayEnd[r]!),
        toll: index.toll[r]!,
        prec: 'place',
        aggregate: false,
        conf: index.confident[r] ? 1 : 0,
        actors: people.keys[people.code[r]!]!,
        outlets: outlets.keys[outlets.code[r]!]!,
      },
    });
  }
  return { type: 'FeatureCollection', features };
}
