// Two date fields that set the same range as the brush, for keyboards and screen readers, plus a button to
// show all dates. Kept in sync with the store. They read and show days as the rest of the page does
// ("5 Aug 2011"): a native date input shows the browser's locale (mm/dd/yyyy in en-US), which no page can
// change. Typed "5 Aug 2011", "5 August 2011", "Aug 5, 2011" or "2011-08-05" are understood; ↑/↓ step a day.
import type { DateRange } from '../state/range.ts';
import { formatDayIn, onLanguage, t } from '../i18n/current.ts';
import { addDays, formatDay, isIsoDay } from '../state/dates.ts';
import { normaliseRange } from '../state/range.ts';

export interface DateInputs {
  setRange(range: DateRange | null): void;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The Arabic month names Intl writes ("أغسطس"), for reading a day typed or shown in Arabic. */
let arabicMonths: string[] | null = null;
const monthsInArabic = (): string[] =>
  (arabicMonths ??= Array.from({ length: 12 }, (_, i) => new Intl.DateTimeFormat('ar', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2001, i, 1))));

/** Arabic-Indic digits as ASCII, Arabic month names as English ones and the Arabic comma as a comma. */
function fromArabic(text: string): string {
  let s = text.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
  s = s.replace(/[\u060C\u200F\u200E\u061C]/g, (c) => (c === '\u060C' ? ',' : ''));
  monthsInArabic().forEach((name, i) => (s = s.replace(name, ` ${MONTHS[i]} `)));
  return s;
}

/** A whole day typed in one of the forms above (or in Arabic, "٥ أغسطس ٢٠١١"), as YYYY-MM-DD; null for anything else or a day that does not exist. */
export function parseDay(text: string): string | null {
  const t = fromArabic(text).trim().toLowerCase().replace(/,/g, ' ').replace(/\s+/g, ' ');
  let y: number, m: number, d: number;
  let hit = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (hit) [y, m, d] = [Number(hit[1]), Number(hit[2]), Number(hit[3])];
  else {
    const month = (name: string): number => {
      const i = MONTHS.indexOf(name.slice(0, 3));
      return i >= 0 && (name.length === 3 || 'january february march april may june july august september october november december'.split(' ')[i] === name || name === 'sept') ? i + 1 : 0;
    };
    hit = /^(\d{1,2}) ([a-z]+)\.? (\d{4})$/.exec(t);
    const us = hit ? null : /^([a-z]+)\.? (\d{1,2}) (\d{4})$/.exec(t);
    if (hit) [y, m, d] = [Number(hit[3]), month(hit[2]!), Number(hit[1])];
    else if (us) [y, m, d] = [Number(us[3]), month(us[1]!), Number(us[2])];
    else return null;
  }
  if (m < 1 || m > 12 || d < 1) return null;
  const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isIsoDay(iso) && new Date(`${iso}T00:00:00Z`).getUTCDate() === d ? iso : null;
}

export function bindDateInputs(
  start: HTMLInputElement,
  end: HTMLInputElement,
  clear: HTMLButtonElement,
  extent: DateRange | null,
  onRange: (range: DateRange | null) => void,
): DateInputs {
  let shown: DateRange | null = null;
  const show = (input: HTMLInputElement, day: string | null): void => {
    input.value = day ? formatDayIn(day, formatDay) : '';
    input.dataset.day = day ?? '';
    input.removeAttribute('aria-invalid');
  };
  const clamp = (day: string): string => (extent ? (day < extent.start ? extent.start : day > extent.end ? extent.end : day) : day);
  /** Applies both fields when each is empty or a whole day; `final` (leaving the field) marks a bad one. */
  const apply = (final: boolean): void => {
    const read = (input: HTMLInputElement): string | null | undefined => {
      if (!input.value.trim()) return null;
      const day = parseDay(input.value);
      if (day === null && final) input.setAttribute('aria-invalid', 'true');
      return day === null ? undefined : clamp(day);
    };
    const a = read(start);
    const b = read(end);
    if (a === undefined || b === undefined) return;
    const next = normaliseRange(a, b);
    if (next?.start !== shown?.start || next?.end !== shown?.end) return onRange(next);
    // The same range, typed another way: shown the page's way once the field is left.
    if (final) {
      show(start, shown?.start ?? null);
      show(end, shown?.end ?? null);
    }
  };
  for (const input of [start, end]) {
    input.autocomplete = 'off';
    input.spellcheck = false;
    input.addEventListener('input', () => apply(false));
    input.addEventListener('change', () => apply(true));
    input.addEventListener('keydown', (e) => {
      if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
      const day = parseDay(input.value) ?? (input === start ? extent?.start : extent?.end);
      if (!day) return;
      e.preventDefault();
      show(input, clamp(addDays(day, e.key === 'ArrowUp' ? 1 : -1)));
      apply(true);
    });
  }
  clear.addEventListener('click', () => onRange(null));
  // The days and the hint in the interface's language: "5 Aug 2011" or "٥ أغسطس ٢٠١١".
  const relabel = (): void => {
    for (const input of [start, end]) {
      input.placeholder = t('dates.placeholder');
      if (input.dataset.day) show(input, input.dataset.day);
    }
  };
  relabel();
  onLanguage(relabel);
  return {
    setRange(range) {
      shown = range;
      // The field being typed in is left alone, unless the range it reads is the one shown.
      for (const [input, day] of [[start, range?.start ?? null], [end, range?.end ?? null]] as const) {
        if (document.activeElement === input && parseDay(input.value) !== null && clamp(parseDay(input.value)!) === day) {
          input.dataset.day = day ?? '';
          continue;
        }
        if (document.activeElement === input && input.value.trim() && parseDay(input.value) === null) continue;
        show(input, day);
      }
      clear.disabled = range === null;
    },
  };
}
