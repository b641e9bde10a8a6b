// The accessible table of the events shown (data-testid="event-table"): the map's markers are on a canvas,
// so this is how keyboard and screen-reader users reach each event. Columns sort with buttons in their
// headers (aria-sort says how); a row's button flies the map to the event and opens it.
// It reads the filtered index's selection (row mask) and the sort orders of ./table-order.ts, and is
// virtualised: up to WHOLE_ROWS shown events are all in the DOM; beyond, only the rows in and near the
// scrolled window of its container are, between two spacer rows of the height of the others (aria-rowcount
// and aria-rowindex give the whole table's size and each row's place).
import type { EventFeature } from '../../shared/schema.ts';
import { language, t, typeLabel, type MessageKeyOf } from '../i18n/current.ts';
import { formatDateRange, formatPlace, formatToll } from '../overlays/format.ts';
import type { ShownList } from '../map/date-list.ts';
import type { Selection } from '../map/event-index.ts';
import { h } from './dom.ts';
import { shownInOrder, type Sort, type SortKey } from './table-order.ts';

export { sortEvents, tableOrders, type Sort, type SortKey } from './table-order.ts';

const COLUMNS: Array<{ key: SortKey; label: MessageKeyOf<'table.'> }> = [
  { key: 'date', label: 'table.date' },
  { key: 'place', label: 'table.place' },
  { key: 'type', label: 'table.type' },
  { key: 'killed', label: 'table.killed' },
];

/** The type, and (in English, the language ACLED's sub-event types are named in) its sub-event type. */
const typeCell = (p: EventFeature['properties']): string =>
  p.sub_event_type && language() === 'en' ? `${typeLabel(p.event_type)} · ${p.sub_event_type}` : typeLabel(p.event_type);

/** Up to this many rows are all drawn; more are virtualised. */
export const WHOLE_ROWS = 200;
/** Rows drawn beyond the visible window on each side. */
const OVERSCAN = 8;
/** The virtual list stops here (a taller element than ~30M px is not scrolled by browsers). */
export const MAX_VIRTUAL_ROWS = 250_000;

export interface TableOptions {
  /** The event of a row of the index (the table draws only the rows in view). */
  eventAt: (row: number) => EventFeature;
  /** All rows in a sort's order: ./table-order.ts's tableOrders of the features, or the index's (../map/index-order.ts). */
  orders: (sort: Sort) => Uint32Array;
  onSelect: (f: EventFeature) => void;
  /** The event as the table names it (the place in the page's language). */
  localise?: (f: EventFeature) => EventFeature;
}

export function bindEventTable(table: HTMLTableElement, caption: HTMLElement, o: TableOptions): (shown: Selection) => void {
  const orderOf = o.orders;
  const localise = o.localise ?? ((f: EventFeature) => f);
  let selection: Selection | null = null;
  /** The shown rows in the table's order: the selection's date order as it is, any other order by one pass. */
  let sorted: ShownList = { length: 0, at: () => 0 };
  let sort: Sort = { key: 'date', descending: false };
  let rowHeight = 0;
  /** How far into the body the visible part begins, and its height (the table's scroller, or the page on a
   * phone, where the table does not scroll on its own): measured on scroll, never while a brush redraws. */
  let offset = 0;
  let viewHeight = 0;
  const measure = (): void => {
    if (!scroller) return;
    const b = body.getBoundingClientRect();
    const w = scroller.getBoundingClientRect();
    const viewTop = Math.max(w.top, 0);
    const viewBottom = Math.min(w.bottom, window.innerHeight || w.bottom);
    offset = Math.max(0, viewTop - b.top);
    viewHeight = Math.max(0, viewBottom - viewTop);
  };
  let drawn = { from: -1, to: -1 };
  const head = h('thead', {});
  const body = h('tbody', {});
  table.replaceChildren(caption, head, body);
  const scroller = table.parentElement;

  const renderHead = (): void => {
    const row = h('tr', { 'aria-rowindex': '1' });
    for (const c of COLUMNS) {
      const active = sort.key === c.key;
      const button = h('button', { type: 'button', class: 'cm-table__sort' }, `${t(c.label)}${active ? (sort.descending ? ' ▼' : ' ▲') : ''}`);
      button.addEventListener('click', () => {
        sort = { key: c.key, descending: active ? !sort.descending : c.key === 'killed' };
        renderHead();
        resort();
      });
      row.append(h('th', { scope: 'col', 'aria-sort': active ? (sort.descending ? 'descending' : 'ascending') : 'none' }, button));
    }
    head.replaceChildren(row);
  };

  const rowOf = (r: number, at: number): HTMLTableRowElement => {
    const event = o.eventAt(r);
    const f = localise(event);
    const p = f.properties;
    const open = h('button', { type: 'button', class: 'cm-table__open' }, formatPlace(p));
    open.addEventListener('click', () => o.onSelect(event));
    return h('tr', { 'data-id': p.id, 'aria-rowindex': String(at + 2) },
      h('td', {}, formatDateRange(p)),
      h('th', { scope: 'row' }, open),
      h('td', {}, typeCell(p)),
      h('td', {}, formatToll(p.fatalities) ?? '—'),
    );
  };
  const spacer = (rows: number): HTMLTableRowElement => {
    const td = h('td', { colspan: '4', class: 'cm-table__spacer' });
    td.style.height = `${rows * rowHeight}px`;
    td.style.padding = '0';
    td.style.border = '0';
    return h('tr', { 'aria-hidden': 'true' }, td);
  };

  /** Draws the rows the container shows (all of them for a short table). */
  const renderWindow = (force = false): void => {
    const total = Math.min(sorted.length, MAX_VIRTUAL_ROWS);
    if (total <= WHOLE_ROWS || !scroller) {
      if (!force) return;
      body.replaceChildren(...Array.from({ length: Math.min(sorted.length, WHOLE_ROWS) }, (_, k) => rowOf(sorted.at(k), k)));
      return;
    }
    if (!rowHeight) {
      body.replaceChildren(rowOf(sorted.at(0), 0));
      rowHeight = Math.max(24, body.firstElementChild?.getBoundingClientRect().height || 36);
      measure();
    }
    const top = offset;
    const visible = Math.ceil((viewHeight || 400) / rowHeight);
    const from = Math.max(0, Math.floor(top / rowHeight) - OVERSCAN);
    const to = Math.min(total, from + visible + 2 * OVERSCAN);
    if (!force && from === drawn.from && to === drawn.to) return;
    drawn = { from, to };
    const rows: HTMLTableRowElement[] = [];
    if (from > 0) rows.push(spacer(from));
    for (let k = from; k < to; k++) rows.push(rowOf(sorted.at(k), k));
    if (to < total) rows.push(spacer(total - to));
    if (total < sorted.length)
      rows.push(h('tr', {}, h('td', { colspan: '4' }, t('table.more', { n: sorted.length - total }))));
    body.replaceChildren(...rows);
  };

  const resort = (): void => {
    if (!selection) return;
    if (sort.key === 'date' && !sort.descending) sorted = selection.inDateOrder();
    else {
      const rows = shownInOrder(orderOf(sort), selection.mask, selection.count);
      sorted = { length: rows.length, at: (k) => rows[k]! };
    }
    table.setAttribute('aria-rowcount', String(sorted.length + 1));
    if (scroller && offset > 0 && scroller.scrollHeight > scroller.clientHeight) {
      // A new list starts at its top (the table's own scroll; the page's is the reader's).
      scroller.scrollTop = 0;
      onScroll();
    }
    renderWindow(true);
  };

  let queued = false;
  function onScroll(): void {
    if (queued || sorted.length <= WHOLE_ROWS) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      measure();
      renderWindow();
    });
  }
  scroller?.addEventListener('scroll', onScroll, { passive: true });
  window.addEventListener('scroll', onScroll, { passive: true });
  window.addEventListener('resize', onScroll, { passive: true });

  renderHead();
  let headLang = language();
  return (next: Selection): void => {
    // The headers again only when the language has changed (redrawn, a focused sort button would lose focus).
    if (language() !== headLang) {
      headLang = language();
      renderHead();
    }
    selection = next;
    caption.textContent = t(next.count === 1 ? 'table.caption.one' : 'table.caption', { n: next.count });
    resort();
  };
}
