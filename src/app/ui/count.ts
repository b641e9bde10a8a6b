// The line that says how many events are shown, and how many were killed in them:
// "Showing 12 of 57 events · 342–360 killed".
import type { EventFeature } from '../../shared/schema.ts';
import { t } from '../i18n/current.ts';
import type { TollSum } from '../map/event-index.ts';

/** Sums lower to upper bounds: "318–324 killed", "at least 20 killed"; '' when none gives a toll. */
function sumText(features: readonly EventFeature[]): string {
  let low = 0;
  let high = 0;
  let open = false;
  let any = false;
  for (const f of features) {
    const t = f.properties.fatalities;
    if (!t) continue;
    const lo = t.low ?? t.best ?? 0;
    const hi = t.high ?? t.best ?? t.low;
    if (!lo && !hi) continue;
    any = true;
    low += lo;
    if (hi === null || t.high === null) open = true;
    high += hi ?? lo;
  }
  return tollSumText({ low, high, open, any });
}

/** The count line's toll from the filtered index's sums: the located events', else the totals' said to be totals. */
export function selectionTollText(shown: { toll: TollSum; totals: TollSum }): string {
  const located = tollSumText(shown.toll);
  if (located) return located;
  const totals = tollSumText(shown.totals);
  return totals ? t('toll.totals', { toll: totals }) : '';
}

/** The same text from sums already made (the filtered index's `toll`). */
export function tollSumText({ low, high, open, any }: TollSum): string {
  if (!any) return '';
  if (open) return t('toll.atLeast', { n: low });
  return low === high ? t('toll.exact', { n: low }) : t('toll.range', { low, high });
}

/**
 * The toll of the events shown, as a range: the sum of the lower bounds to the sum of the upper ones.
 * Country-wide totals (`aggregate`) overlap the located events and are never added to them; when no located
 * event gives a toll, the totals are the only figure there is, and the line says they are totals.
 */
export function tollText(features: readonly EventFeature[]): string {
  const located = sumText(features.filter((f) => !f.properties.aggregate));
  if (located) return located;
  const totals = sumText(features.filter((f) => f.properties.aggregate));
  return totals ? t('toll.totals', { toll: totals }) : '';
}

export function countText(shown: number, total: number, toll = ''): string {
  const one = total === 1;
  const n = { shown, total };
  const head = shown === total ? t(one ? 'count.all.one' : 'count.all', n) : t(one ? 'count.some.one' : 'count.some', n);
  return toll ? `${head}${t('sep')}${toll}` : head;
}

/** The note under the count: why some events are hidden. */
export function hiddenNote(undatedHidden: number): string {
  if (undatedHidden <= 0) return '';
  return t(undatedHidden === 1 ? 'count.note.one' : 'count.note', { n: undatedHidden });
}

/** Writes the count line; given the events themselves (or their toll text) it adds their toll. */
export function renderCount(el: HTMLElement, note: HTMLElement, shown: number | readonly EventFeature[], total: number, undatedHidden: number, toll?: string): void {
  el.textContent = typeof shown === 'number' ? countText(shown, total, toll) : countText(shown.length, total, tollText(shown));
  note.textContent = hiddenNote(undatedHidden);
}
