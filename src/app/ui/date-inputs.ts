// Two <input type=date> fields that set the same range as the brush, for keyboards and screen
// readers, plus a button to show all dates. Kept in sync with the store.
import type { DateRange } from '../state/range.ts';
import { isIsoDay } from '../state/dates.ts';
import { normaliseRange } from '../state/range.ts';

export interface DateInputs {
  setRange(range: DateRange | null): void;
}

export function bindDateInputs(
  start: HTMLInputElement,
  end: HTMLInputElement,
  clear: HTMLButtonElement,
  extent: DateRange | null,
  onRange: (range: DateRange | null) => void,
): DateInputs {
  for (const input of [start, end]) {
    if (extent) {
      input.min = extent.start;
      input.max = extent.end;
    }
    input.addEventListener('change', () => {
      const a = isIsoDay(start.value) ? start.value : null;
      const b = isIsoDay(end.value) ? end.value : null;
      onRange(normaliseRange(a, b));
    });
  }
  clear.addEventListener('click', () => onRange(null));
  return {
    setRange(range) {
      start.value = range?.start ?? '';
      end.value = range?.end ?? '';
      clear.disabled = range === null;
    },
  };
}
