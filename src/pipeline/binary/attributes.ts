// The attribute part of the binary layout (docs/binary-format.md, flag FLAG_ATTRIBUTES): what the full map
// needs besides positions, tolls, days, type and bits, so that it never builds a feature per event. After
// the ten columns come five more, one value per row (confidence, and indexes into dictionaries of places,
// of actor lists, of outlet lists and of sub-event types), then a strings section: one UTF-8 JSON object
// holding the dictionaries and the event ids (in input order: the id of row r is ids[src[r]]). Pure, no
// Node imports: the browser decodes with the same code the converter encodes with.
import type { EventFeature } from '../../shared/schema.ts';
import { columnOffsets, FLAG_ATTRIBUTES, type BinaryHeader } from './layout.ts';

/** Index of "none" in a dictionary column (no sub-event type). */
export const NONE = 0xffffffff;

/** [name, geonameid, GeoNames admin1 code, ISO country, Arabic name]. */
export type PlaceEntry = [string, number | null, string | null, string | null, string | null];
/** [actors, victims]. */
export type PeopleEntry = [string[], string[] | null];

export interface BinaryStrings {
  /** Event ids in input order. */
  ids: string[];
  places: PlaceEntry[];
  people: PeopleEntry[];
  /** Each entry: the distinct outlets of an event's sources, in order. */
  outlets: string[][];
  subTypes: string[];
}

export interface AttributeColumns {
  confidence: Float32Array;
  place: Uint32Array;
  people: Uint32Array;
  outlets: Uint32Array;
  subType: Uint32Array;
  /** The rows in the table's date order (first day, undated last, then id): a permutation, not a value per row. */
  byDate: Uint32Array;
}

export interface BinaryAttributes extends AttributeColumns {
  strings: BinaryStrings;
}

type Name = keyof AttributeColumns;
export const ATTRIBUTE_COLUMNS: ReadonlyArray<readonly [Name, Float32ArrayConstructor | Uint32ArrayConstructor]> = [
  ['confidence', Float32Array],
  ['place', Uint32Array],
  ['people', Uint32Array],
  ['outlets', Uint32Array],
  ['subType', Uint32Array],
  ['byDate', Uint32Array],
];

/** Every column here is 4 bytes a value: offsets follow from the end of the ten columns. */
const attributeBytes = (count: number): number => ATTRIBUTE_COLUMNS.length * 4 * count;
const pad4 = (n: number): number => (n + 3) & ~3;

/** The whole file's size as its header tells it. */
export function fileBytes(h: BinaryHeader): number {
  const base = columnOffsets(h.count).bytes;
  return h.flags & FLAG_ATTRIBUTES ? base + attributeBytes(h.count) + pad4(h.stringBytes ?? 0) : base;
}

/** A dictionary: each distinct value (by its JSON) gets the next index. */
function dictionary<T>(): { list: T[]; code(v: T): number } {
  const list: T[] = [];
  const seen = new Map<string, number>();
  return {
    list,
    code(v) {
      const key = JSON.stringify(v);
      let c = seen.get(key);
      if (c === undefined) {
        c = list.push(v) - 1;
        seen.set(key, c);
      }
      return c;
    },
  };
}

export interface AttributeBuilder {
  /** Adds the attributes of the next input feature. */
  add(f: EventFeature): void;
  /** The columns in the rows' order (`order[r]` = input ordinal of row r; `dayStart[r]` its first day, UNDATED
   * the largest) and the strings section. */
  finish(order: ArrayLike<number>, dayStart: ArrayLike<number>): { columns: AttributeColumns; strings: Uint8Array };
}

export function attributeBuilder(): AttributeBuilder {
  const ids: string[] = [];
  const places = dictionary<PlaceEntry>();
  const people = dictionary<PeopleEntry>();
  const outlets = dictionary<string[]>();
  const subTypes = dictionary<string>();
  const cols: Record<Exclude<Name, 'byDate'>, number[]> = { confidence: [], place: [], people: [], outlets: [], subType: [] };
  return {
    add(f) {
      const p = f.properties;
      ids.push(p.id);
      const pl = p.place;
      cols.confidence.push(typeof p.confidence === 'number' ? p.confidence : 0);
      cols.place.push(places.code([pl.name, pl.geonameid ?? null, pl.admin1 ?? null, pl.country ?? null, pl.name_ar ?? null]));
      cols.people.push(people.code([p.actors ?? [], p.victims ?? null]));
      cols.outlets.push(outlets.code([...new Set((p.sources ?? []).map((s) => s.outlet ?? ''))]));
      cols.subType.push(p.sub_event_type ? subTypes.code(p.sub_event_type) : NONE);
    },
    finish(order, dayStart) {
      const n = order.length;
      const columns = {} as Record<Name, Float32Array | Uint32Array>;
      const byDate = new Uint32Array(n);
      for (let r = 0; r < n; r++) byDate[r] = r;
      const idOf = (r: number): string => ids[order[r]!]!;
      byDate.sort((a, b) => dayStart[a]! - dayStart[b]! || (idOf(a) < idOf(b) ? -1 : idOf(a) > idOf(b) ? 1 : 0));
      columns.byDate = byDate;
      for (const [name, C] of ATTRIBUTE_COLUMNS) {
        if (name === 'byDate') continue;
        const from = cols[name];
        const to = new C(n);
        for (let r = 0; r < n; r++) to[r] = from[order[r]!]!;
        columns[name] = to;
      }
      const strings: BinaryStrings = { ids, places: places.list, people: people.list, outlets: outlets.list, subTypes: subTypes.list };
      return { columns: columns as unknown as AttributeColumns, strings: new TextEncoder().encode(JSON.stringify(strings)) };
    },
  };
}

/** The attribute columns and the strings section as bytes, to append to the ten columns. */
export function encodeAttributes(columns: AttributeColumns, strings: Uint8Array): Uint8Array {
  const n = columns.confidence.length;
  const out = new Uint8Array(attributeBytes(n) + pad4(strings.byteLength));
  ATTRIBUTE_COLUMNS.forEach(([name], k) => {
    const c = columns[name];
    out.set(new Uint8Array(c.buffer, c.byteOffset, n * 4), k * 4 * n);
  });
  out.set(strings, attributeBytes(n));
  return out;
}

/** Views over the attribute columns of a file, and its strings decoded; null when the file has none. */
export function decodeAttributes(buf: ArrayBufferLike, h: BinaryHeader, byteOffset = 0): BinaryAttributes | null {
  if (!(h.flags & FLAG_ATTRIBUTES)) return null;
  const n = h.count;
  const at = byteOffset + columnOffsets(n).bytes;
  if (buf.byteLength - byteOffset < fileBytes(h)) throw new Error(`binary events: truncated (${buf.byteLength - byteOffset} of ${fileBytes(h)} bytes)`);
  const out = {} as Record<Name, Float32Array | Uint32Array>;
  ATTRIBUTE_COLUMNS.forEach(([name, C], k) => (out[name] = new C(buf as ArrayBuffer, at + k * 4 * n, n)));
  const text = new TextDecoder().decode(new Uint8Array(buf as ArrayBuffer, at + attributeBytes(n), h.stringBytes ?? 0));
  const strings = JSON.parse(text) as BinaryStrings;
  if (!Array.isArray(strings.ids) || strings.ids.length !== n) throw new Error(`binary events: the strings section lists ${strings.ids?.length ?? 0} ids for ${n} events`);
  return { ...(out as unknown as AttributeColumns), strings };
}

/** What ./encode.ts's columnBuilder is given to write the attributes too (passed in, so that the GPU
 * layer's encoding of a GeoJSON set, which needs none, loads none of this module). */
export const ATTRIBUTES = { builder: attributeBuilder, encode: encodeAttributes };
export type AttributesCodec = typeof ATTRIBUTES;
