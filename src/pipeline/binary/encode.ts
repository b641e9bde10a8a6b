// Builds the binary layout's columns from features, one at a time (pure: used by the Node converter and
// by the browser when a GeoJSON file is too large for the plain map).
import type { EventFeature } from '../../shared/schema.ts';
import type { AttributesCodec } from './attributes.ts';
import {
  COLUMNS,
  FLAG_ATTRIBUTES,
  FLAG_DRAW_ORDER,
  UNDATED,
  UNKNOWN_TYPE,
  VERSION,
  TYPE_INDEX,
  allocColumns,
  drawnToll,
  geoPrecisionOf,
  encodeBinary,
  isoToEpochDay,
  packBits,
  type BinaryColumns,
  type BinaryHeader,
} from './layout.ts';

export interface ColumnBuilder {
  /** Adds a feature; false (and nothing added) when it has no usable point. */
  add(f: EventFeature): boolean;
  readonly count: number;
  /** Header and columns, rows in draw order (drawOrder); with attributes, their bytes (to follow the columns). */
  finish(metaChunk?: number): { header: BinaryHeader; columns: BinaryColumns; attributes: Uint8Array | null };
}

const num = (v: number | null | undefined): number => (typeof v === 'number' && Number.isFinite(v) ? v : NaN);

function grow(cols: BinaryColumns, size: number): BinaryColumns {
  const next = allocColumns(size);
  for (const [name] of COLUMNS) (next[name] as { set(a: ArrayLike<number>): void }).set(cols[name]);
  return next;
}

/** `attributes` (./attributes.ts ATTRIBUTES): also the attribute columns and strings the full map needs. */
export function columnBuilder(options: { attributes?: AttributesCodec } = {}): ColumnBuilder {
  const codec = options.attributes;
  const attrs = codec ? codec.builder() : null;
  let cols = allocColumns(1 << 12);
  let epochStart = new Float64Array(1 << 12);
  let epochEnd = new Float64Array(1 << 12);
  let n = 0;
  let minDay = Infinity;
  let maxDay = -Infinity;
  return {
    get count() {
      return n;
    },
    add(f) {
      const c = f.geometry?.type === 'Point' ? f.geometry.coordinates : null;
      if (!c || !Number.isFinite(c[0]) || !Number.isFinite(c[1])) return false;
      if (n === cols.lon.length) {
        cols = grow(cols, n * 2);
        const s = new Float64Array(n * 2);
        s.set(epochStart);
        epochStart = s;
        const e = new Float64Array(n * 2);
        e.set(epochEnd);
        epochEnd = e;
      }
      const p = f.properties;
      cols.lon[n] = c[0];
      cols.lat[n] = c[1];
      cols.tollLow[n] = num(p.fatalities?.low);
      cols.tollBest[n] = num(p.fatalities?.best);
      cols.tollHigh[n] = num(p.fatalities?.high);
      cols.src[n] = n;
      cols.type[n] = TYPE_INDEX.get(p.event_type) ?? UNKNOWN_TYPE;
      cols.bits[n] = packBits(p.geo_precision, p.date_precision, p.claim === true, p.aggregate === true);
      if (p.date_start) {
        const s = isoToEpochDay(p.date_start);
        const e = p.date_end && p.date_end >= p.date_start ? isoToEpochDay(p.date_end) : s;
        epochStart[n] = s;
        epochEnd[n] = e;
        if (s < minDay) minDay = s;
        if (e > maxDay) maxDay = e;
      } else epochStart[n] = NaN;
      attrs?.add(f);
      n++;
      return true;
    },
    finish(metaChunk = 0) {
      const dated = minDay <= maxDay;
      if (dated && maxDay - minDay >= UNDATED) throw new Error(`binary events: dates span ${maxDay - minDay + 1} days, more than ${UNDATED}`);
      const origin = dated ? minDay : 0;
      for (let i = 0; i < n; i++) {
        const s = epochStart[i] ?? NaN;
        cols.dayStart[i] = Number.isNaN(s) ? UNDATED : s - origin;
        cols.dayEnd[i] = Number.isNaN(s) ? UNDATED : (epochEnd[i] ?? s) - origin;
      }
      const order = drawOrder(cols, n);
      const sorted = reorder(cols, order);
      const extra = attrs?.finish(order, sorted.dayStart) ?? null;
      const header: BinaryHeader = {
        version: VERSION,
        count: n,
        dayOrigin: origin,
        dayCount: dated ? maxDay - minDay + 1 : 0,
        metaChunk,
        flags: FLAG_DRAW_ORDER | (extra ? FLAG_ATTRIBUTES : 0),
        stringBytes: extra?.strings.byteLength ?? 0,
      };
      return { header, columns: sorted, attributes: extra && codec ? codec.encode(extra.columns, extra.strings) : null };
    },
  };
}

/**
 * The order markers are drawn in, the first drawn first (stable): coarse places under precise ones (a
 * country-wide ring, then a province's disc, then a town's dot), and within each, the largest toll first
 * (so small markers are drawn on top of large ones). order[r] = row before.
 */
export function drawOrder(cols: Pick<BinaryColumns, 'bits' | 'tollLow' | 'tollBest' | 'tollHigh'>, n: number): Uint32Array {
  const toll = new Float64Array(n);
  const coarse = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    toll[i] = drawnToll(cols, i);
    coarse[i] = geoPrecisionOf(cols.bits[i] ?? 0);
  }
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => coarse[b]! - coarse[a]! || toll[b]! - toll[a]! || a - b);
  return order;
}

/** The first `n` rows of `cols`, reordered to be drawn (drawOrder). */
export function sortForDrawing(cols: BinaryColumns, n: number): BinaryColumns {
  return reorder(cols, drawOrder(cols, n));
}

function reorder(cols: BinaryColumns, order: Uint32Array): BinaryColumns {
  const n = order.length;
  const out = allocColumns(n);
  for (const [name] of COLUMNS) {
    const from = cols[name];
    const to = out[name];
    for (let i = 0; i < n; i++) to[i] = from[order[i] ?? 0] ?? 0;
  }
  return out;
}

/** A whole file's bytes for in-memory features (no metadata chunks: `src` indexes `features`). */
export function encodeFeatures(features: Iterable<EventFeature>, options: { attributes?: AttributesCodec } = {}): ArrayBuffer {
  const b = columnBuilder(options);
  for (const f of features) if (!b.add(f)) throw new Error('binary events: a feature has no point geometry');
  const { header, columns, attributes } = b.finish(0);
  return encodeBinary(header, columns, attributes).buffer as ArrayBuffer;
}
