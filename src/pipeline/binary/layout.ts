// The compact binary layout of events (docs/binary-format.md): a 32-byte header, then fixed columns of
// typed arrays. Pure, no Node imports: the browser decodes with the same code the converter encodes with.
import { DATE_PRECISIONS, EVENT_TYPES, GEO_PRECISIONS } from '../../shared/schema.ts';

export const MAGIC = 'CMEV';
export const VERSION = 1;
export const HEADER_BYTES = 32;
/** day_start/day_end of an undated event. */
export const UNDATED = 0xffff;
/** type of an event whose event_type is not one of EVENT_TYPES. */
export const UNKNOWN_TYPE = 0xff;
/** Rows are in draw order: coarse places first, then precise ones, each by drawn toll, largest first (./encode.ts drawOrder). */
export const FLAG_DRAW_ORDER = 1;
/** The attribute columns and the strings section follow the ten columns (./attributes.ts). */
export const FLAG_ATTRIBUTES = 2;
export const DEFAULT_META_CHUNK = 1024;
const MS_PER_DAY = 86_400_000;

export interface BinaryHeader {
  version: number;
  count: number;
  /** Day index 0, in days since 1970-01-01 (UTC). */
  dayOrigin: number;
  /** Days from the origin to the last day any event covers, inclusive (0 when nothing is dated). */
  dayCount: number;
  /** Events per side-car metadata chunk; 0 when there is none. */
  metaChunk: number;
  flags: number;
  /** Bytes of the strings section (FLAG_ATTRIBUTES); 0 without it. */
  stringBytes?: number;
}

/** The columns, one entry per event, in row order. */
export interface BinaryColumns {
  lon: Float32Array;
  lat: Float32Array;
  /** Fatalities; NaN where null. */
  tollLow: Float32Array;
  tollBest: Float32Array;
  tollHigh: Float32Array;
  /** The event's ordinal in the input (its place in the metadata chunks). */
  src: Uint32Array;
  dayStart: Uint16Array;
  dayEnd: Uint16Array;
  type: Uint8Array;
  /** bits 0-1 geo precision, bits 2-3 date precision, bit 4 claim, bit 5 aggregate. */
  bits: Uint8Array;
}

export interface BinaryEvents extends BinaryColumns {
  header: BinaryHeader;
}

type ColumnName = keyof BinaryColumns;
type Ctor = Float32ArrayConstructor | Uint32ArrayConstructor | Uint16ArrayConstructor | Uint8ArrayConstructor;
/** Column order and types: the file layout. */
export const COLUMNS: ReadonlyArray<readonly [ColumnName, Ctor]> = [
  ['lon', Float32Array],
  ['lat', Float32Array],
  ['tollLow', Float32Array],
  ['tollBest', Float32Array],
  ['tollHigh', Float32Array],
  ['src', Uint32Array],
  ['dayStart', Uint16Array],
  ['dayEnd', Uint16Array],
  ['type', Uint8Array],
  ['bits', Uint8Array],
];

const pad4 = (n: number): number => (n + 3) & ~3;

/** Byte offset of every column and the total file size for `count` events. */
export function columnOffsets(count: number): { offsets: Record<ColumnName, number>; bytes: number } {
  let at = HEADER_BYTES;
  const offsets = {} as Record<ColumnName, number>;
  for (const [name, C] of COLUMNS) {
    offsets[name] = at;
    at += pad4(count * C.BYTES_PER_ELEMENT);
  }
  return { offsets, bytes: at };
}

export function allocColumns(count: number): BinaryColumns {
  const out = {} as Record<ColumnName, unknown>;
  for (const [name, C] of COLUMNS) out[name] = new C(count);
  return out as unknown as BinaryColumns;
}

export function encodeHeader(h: BinaryHeader): Uint8Array {
  const bytes = new Uint8Array(HEADER_BYTES);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < 4; i++) bytes[i] = MAGIC.charCodeAt(i);
  view.setUint16(4, h.version, true);
  view.setUint16(6, HEADER_BYTES, true);
  view.setUint32(8, h.count, true);
  view.setInt32(12, h.dayOrigin, true);
  view.setUint32(16, h.dayCount, true);
  view.setUint32(20, h.metaChunk, true);
  view.setUint32(24, h.flags, true);
  view.setUint32(28, h.stringBytes ?? 0, true);
  return bytes;
}

/** Reads and checks the header; throws on a file that is not this format. */
export function decodeHeader(buf: ArrayBufferLike, byteOffset = 0): BinaryHeader {
  if (buf.byteLength - byteOffset < HEADER_BYTES) throw new Error('binary events: file shorter than its header');
  const view = new DataView(buf, byteOffset, HEADER_BYTES);
  const magic = String.fromCharCode(view.getUint8(0), view.getUint8(1), view.getUint8(2), view.getUint8(3));
  if (magic !== MAGIC) throw new Error(`binary events: bad magic "${magic}" (expected ${MAGIC})`);
  const version = view.getUint16(4, true);
  if (version !== VERSION) throw new Error(`binary events: version ${version} is not supported (expected ${VERSION})`);
  return {
    version,
    count: view.getUint32(8, true),
    dayOrigin: view.getInt32(12, true),
    dayCount: view.getUint32(16, true),
    metaChunk: view.getUint32(20, true),
    flags: view.getUint32(24, true),
    stringBytes: view.getUint32(28, true),
  };
}

/** Views over a whole file (no copy). The buffer's start must be 4-byte aligned. */
export function decodeBinary(buf: ArrayBufferLike, byteOffset = 0): BinaryEvents {
  if (byteOffset % 4) throw new Error('binary events: the buffer must start on a 4-byte boundary');
  const header = decodeHeader(buf, byteOffset);
  const { offsets, bytes } = columnOffsets(header.count);
  if (buf.byteLength - byteOffset < bytes)
    throw new Error(`binary events: truncated (${buf.byteLength - byteOffset} of ${bytes} bytes)`);
  const out = { header } as Record<string, unknown>;
  for (const [name, C] of COLUMNS) out[name] = new C(buf as ArrayBuffer, byteOffset + offsets[name], header.count);
  return out as unknown as BinaryEvents;
}

/** The whole file as bytes: header then padded columns, then `extra` (the attributes, ./attributes.ts). */
export function encodeBinary(header: BinaryHeader, cols: BinaryColumns, extra: Uint8Array | null = null): Uint8Array {
  const { offsets, bytes } = columnOffsets(header.count);
  const out = new Uint8Array(bytes + (extra?.byteLength ?? 0));
  if (extra) out.set(extra, bytes);
  out.set(encodeHeader(header), 0);
  for (const [name] of COLUMNS) {
    const col = cols[name];
    out.set(new Uint8Array(col.buffer, col.byteOffset, header.count * col.BYTES_PER_ELEMENT), offsets[name]);
  }
  return out;
}

/** Days since 1970-01-01 of an ISO day (YYYY-MM-DD). */
export function isoToEpochDay(iso: string): number {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

export function epochDayToIso(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export const TYPE_INDEX: ReadonlyMap<string, number> = new Map(EVENT_TYPES.map((t, i) => [t, i]));

export function packBits(geo: string, date: string, claim: boolean, aggregate: boolean): number {
  const g = Math.max(0, (GEO_PRECISIONS as readonly string[]).indexOf(geo));
  const d = Math.max(0, (DATE_PRECISIONS as readonly string[]).indexOf(date));
  return g | (d << 2) | (claim ? 16 : 0) | (aggregate ? 32 : 0);
}

export const geoPrecisionOf = (bits: number): number => bits & 3;
export const datePrecisionOf = (bits: number): number => (bits >> 2) & 3;

/** The figure a marker is sized by (best, else low, else high), -1 when there is none. */
export function drawnToll(cols: Pick<BinaryColumns, 'tollLow' | 'tollBest' | 'tollHigh'>, i: number): number {
  const b = cols.tollBest[i] ?? NaN;
  if (!Number.isNaN(b)) return b;
  const l = cols.tollLow[i] ?? NaN;
  if (!Number.isNaN(l)) return l;
  const h = cols.tollHigh[i] ?? NaN;
  return Number.isNaN(h) ? -1 : h;
}
