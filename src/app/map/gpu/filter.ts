// The GPU layer's filter: a day range, a mask of event types and a minimum toll. One rule, written twice
// to agree: here on the CPU (picking, tests), and in the vertex shader (./shaders.ts). It is the app's date rule (state/range.ts): an event matches a range when its
// [start, end] days overlap it; undated events show only while no range is set.
import { UNDATED, UNKNOWN_TYPE, type BinaryColumns } from '../../../pipeline/binary/layout.ts';

export interface GpuFilter {
  /** Inclusive day indexes (days since the file's origin; end < start selects nothing); null = all dates, undated included. */
  range: { start: number; end: number } | null;
  /** Bit t set = event type t shown (EVENT_TYPES order); bit 6 = types outside the schema's list. */
  typeMask: number;
  /** Events whose drawn toll is below this are hidden; <= 0 shows every event, with a toll or not. */
  minToll: number;
}

export const OTHER_TYPE_BIT = 6;
export const ALL_TYPES = 0x7f;
export const NO_FILTER: GpuFilter = { range: null, typeMask: ALL_TYPES, minToll: 0 };

/** The bit of a stored type byte. */
export const typeSlot = (type: number): number => (type === UNKNOWN_TYPE || type > 5 ? OTHER_TYPE_BIT : type);

export type FilterColumns = Pick<BinaryColumns, 'dayStart' | 'dayEnd' | 'type'> & { toll: Float32Array };

export function matchesFilter(cols: FilterColumns, i: number, f: GpuFilter): boolean {
  if (!((f.typeMask >> typeSlot(cols.type[i] ?? UNKNOWN_TYPE)) & 1)) return false;
  if (f.minToll > 0 && !((cols.toll[i] ?? -1) >= f.minToll)) return false;
  if (f.range === null) return true;
  if (f.range.end < f.range.start) return false;
  const s = cols.dayStart[i] ?? UNDATED;
  if (s === UNDATED) return false;
  return s <= f.range.end && (cols.dayEnd[i] ?? s) >= f.range.start;
}
