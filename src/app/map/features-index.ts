// The filtered index (./event-index.ts) of features in memory (a GeoJSON file): their columns read once,
// the actor and outlet keys of each row built on the first filter that needs them.
import type { EventFeature } from '../../shared/schema.ts';
import { tollValue } from '../overlays/format.ts';
import { actorsKey, LOW_CONFIDENCE, outletsKey } from '../state/filters.ts';
import { eventSpan } from '../state/range.ts';
import { epochDay, indexFromColumns, NO_DAY, type Coded, type EventIndex } from './event-index.ts';

/** Row i's code is i: one dictionary entry a row. */
function perRow(keys: string[]): Coded {
  const code = new Uint32Array(keys.length);
  for (let i = 0; i < code.length; i++) code[i] = i;
  return { code, keys };
}

export function buildEventIndex(features: readonly EventFeature[]): EventIndex {
  const n = features.length;
  const dayStart = new Int32Array(n);
  const dayEnd = new Int32Array(n);
  const toll = new Float32Array(n);
  const typeCode = new Uint8Array(n);
  const typeNames: string[] = [];
  const codeOf = new Map<string, number>();
  const precise = new Uint8Array(n);
  const confident = new Uint8Array(n);
  const aggregate = new Uint8Array(n);
  const claim = new Uint8Array(n);
  const countryWide = new Uint8Array(n);
  const low = new Float64Array(n);
  const high = new Float64Array(n);
  const lon = new Float64Array(n);
  const lat = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const f = features[i]!;
    const p = f.properties;
    const span = eventSpan(f);
    dayStart[i] = span ? epochDay(span.start) : NO_DAY;
    dayEnd[i] = span ? epochDay(span.end) : NO_DAY;
    toll[i] = tollValue(p.fatalities) ?? -1;
    let code = codeOf.get(p.event_type);
    if (code === undefined) {
      code = typeNames.push(p.event_type) - 1;
      codeOf.set(p.event_type, code);
    }
    typeCode[i] = code;
    precise[i] = p.geo_precision === 'place' ? 1 : 0;
    confident[i] = p.confidence >= LOW_CONFIDENCE ? 1 : 0;
    countryWide[i] = p.geo_precision === 'country' ? 1 : 0;
    aggregate[i] = p.aggregate === true ? 1 : 0;
    claim[i] = p.claim === true ? 1 : 0;
    lon[i] = f.geometry.coordinates[0];
    lat[i] = f.geometry.coordinates[1];
    const t = p.fatalities;
    if (t) {
      const lo = t.low ?? t.best ?? 0;
      const hi = t.high ?? t.best ?? t.low;
      if (lo || hi) {
        low[i] = lo;
        high[i] = hi === null || t.high === null ? Number.NaN : hi;
      }
    }
  }
  return indexFromColumns(
    {
      count: n,
      dayStart,
      dayEnd,
      toll,
      typeCode,
      typeNames,
      precise,
      countryWide,
      confident,
      aggregate,
      claim,
      low,
      high,
      lon,
      lat,
      people: () => perRow(features.map(actorsKey)),
      outlets: () => perRow(features.map(outletsKey)),
      idOf: (row) => features[row]!.properties.id,
    },
    { features: () => features, sample: () => features, feature: (row) => features[row]!, details: (row) => Promise.resolve(features[row] ?? null) },
  );
}
