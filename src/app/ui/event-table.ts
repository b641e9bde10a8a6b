// The accessible table of the events shown (data-testid="event-table"): the map's markers are on a canvas,
// so this is how keyboard and screen-reader users reach each event. Columns sort with buttons in their
// headers (aria-sort says how); a row's button flies the map to the event and opens it.
import type { EventFeature } from '../../shared/schema.ts';
import { formatDateRange, formatPlace, formatToll } from '../overlays/format.ts';
import { h } from './dom.ts';

export type SortKey = 'date' | 'place' | 'type' | 'killed';
export interface Sort {
  key: SortKey;
  descending: boolean;
}

const COLUMNS: Array<{ key: SortKey; label: string }> = [
  { key: 'date', label: 'Date' },
  { key: 'place', label: 'Place' },
  { key: 'type', label: 'Type' },
  { key: 'killed', label: 'Killed' },
];

/** The table stays short enough to read and to redraw while the brush moves. */
export const MAX_ROWS = 200;

const toll = (f: EventFeature): number => f.properties.fatalities?.best ?? f.properties.fatalities?.low ?? -1;
const VALUE: Record<SortKey, (f: EventFeature) => string | number> = {
  date: (f) => f.properties.date_start ?? '9999',
  place: (f) => f.properties.place.name.toLowerCase(),
  type: (f) => f.properties.event_type,
  killed: toll,
};

/** Events in table order; ties fall back to date, then id, so the order never depends on input order. */
export function sortEvents(features: readonly EventFeature[], sort: Sort): EventFeature[] {
  const v = VALUE[sort.key];
  const dir = sort.descending ? -1 : 1;
  const cmp = (a: string | number, b: string | number): number => (a < b ? -1 : a > b ? 1 : 0);
  return [...features].sort(
    (a, b) => dir * cmp(v(a), v(b)) || cmp(VALUE.date(a), VALUE.date(b)) || cmp(a.properties.id, b.properties.id),
  );
}

export function bindEventTable(
  table: HTMLTableElement,
  caption: HTMLElement,
  onSelect: (f: EventFeature) => void,
): (shown: readonly EventFeature[]) => void {
  let shown: readonly EventFeature[] = [];
  let sort: Sort = { key: 'date', descending: false };
  const head = h('thead', {});
  const body = h('tbody', {});
  table.replaceChildren(caption, head, body);

  const renderHead = (): void => {
    const row = h('tr', {});
    for (const c of COLUMNS) {
      const active = sort.key === c.key;
      const button = h('button', { type: 'button', class: 'cm-table__sort' }, `${c.label}${active ? (sort.descending ? ' ▼' : ' ▲') : ''}`);
      button.addEventListener('click', () => {
        sort = { key: c.key, descending: active ? !sort.descending : c.key === 'killed' };
        renderHead();
        renderBody();
      });
      const th = h('th', { scope: 'col', 'aria-sort': active ? (sort.descending ? 'descending' : 'ascending') : 'none' }, button);
      row.append(th);
    }
    head.replaceChildren(row);
  };

  const renderBody = (): void => {
    const sorted = sortEvents(shown, sort);
    const rows = sorted.slice(0, MAX_ROWS).map((f) => {
      const p = f.properties;
      const open = h('button', { type: 'button', class: 'cm-table__open' }, formatPlace(p));
      open.addEventListener('click', () => onSelect(f));
      return h('tr', { 'data-id': p.id },
        h('td', {}, formatDateRange(p)),
        h('th', { scope: 'row' }, open),
        h('td', {}, p.sub_event_type ? `${p.event_type} · ${p.sub_event_type}` : p.event_type),
        h('td', {}, formatToll(p.fatalities) ?? '—'),
      );
    });
    if (sorted.length > MAX_ROWS) {
      rows.push(h('tr', {}, h('td', { colspan: '4' }, `…and ${sorted.length - MAX_ROWS} more: narrow the dates to see them.`)));
    }
    body.replaceChildren(...rows);
  };

  renderHead();
  return (next: readonly EventFeature[]): void => {
    shown = next;
    caption.textContent = `The ${next.length} event${next.length === 1 ? '' : 's'} shown`;
    renderBody();
  };
}
