// The range the app's state selects, the one way to set it, and whether a change of state changes which events
// are shown.
import { sameFilters } from './filters.ts';
import { normaliseRange, type DateRange } from './range.ts';
import type { AppState, Store } from './store.ts';

export const rangeOf = (s: AppState): DateRange | null => normaliseRange(s.start, s.end);

/** Sets a range (null: all dates) in the store. */
export const rangeSetter =
  (store: Store<AppState>) =>
  (range: DateRange | null): void =>
    store.set({ start: range?.start ?? null, end: range?.end ?? null });

/** True when a change of state changes which events are shown: other dates or other filters. */
export function datesOrFiltersChanged(s: AppState, prev: AppState): boolean {
  const range = rangeOf(s);
  const before = rangeOf(prev);
  return range?.start !== before?.start || range?.end !== before?.end || !sameFilters(s.filters, prev.filters);
}
