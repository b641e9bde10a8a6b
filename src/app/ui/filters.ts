// The filter bar: event types present in the data, actor text, a minimum toll, "precise places only", the
// outlet and "hide low-confidence events". It writes
// to the store through `onChange` and is redrawn from the store, so the URL hash and the bar agree.
import { EVENT_TYPES, type EventFeature } from '../../shared/schema.ts';
import { LOW_CONFIDENCE, type Filters } from '../state/filters.ts';
import { h } from './dom.ts';

export function bindFilters(form: HTMLFormElement, features: readonly EventFeature[], onChange: (f: Filters) => void): (f: Filters) => void {
  const present = EVENT_TYPES.filter((t) => features.some((f) => f.properties.event_type === t));
  const boxes = present.map((t) => h('input', { type: 'checkbox', name: 'type', value: t, 'data-testid': `filter-type-${t}` }));
  const min = h('input', { type: 'number', min: '0', step: '1', name: 'min', inputmode: 'numeric', 'data-testid': 'filter-min' });
  const precise = h('input', { type: 'checkbox', name: 'precise', 'data-testid': 'filter-precise' });
  const confident = h('input', { type: 'checkbox', name: 'confident', 'data-testid': 'filter-confident' });
  const actor = h('input', { type: 'search', name: 'actor', autocomplete: 'off', maxlength: '100', placeholder: 'e.g. army', 'data-testid': 'filter-actor' });
  const outlets = [...new Set(features.flatMap((f) => f.properties.sources.map((s) => s.outlet ?? '')).filter(Boolean))].sort();
  const outlet = h('select', { name: 'outlet', 'data-testid': 'filter-outlet' }, h('option', { value: '' }, 'All outlets'), ...outlets.map((o) => h('option', { value: o }, o)));
  const read = (): Filters => {
    const types = boxes.filter((b) => b.checked).map((b) => b.value);
    const n = Number(min.value);
    return {
      types: types.length === present.length ? null : types,
      minKilled: Number.isInteger(n) && n > 0 ? n : 0,
      precise: precise.checked,
      actor: actor.value,
      outlet: outlet.value || null,
      confident: confident.checked,
    };
  };
  form.replaceChildren(
    h('fieldset', {}, h('legend', {}, 'Show types'), ...present.map((t, i) => h('label', {}, boxes[i] as HTMLInputElement, ` ${t}`))),
    h('label', {}, 'At least ', min, ' killed'),
    h('label', {}, precise, ' Precise places only'),
    h('label', { title: `Confidence below ${LOW_CONFIDENCE}: a vague place or date, no toll, only a claim, a single report` }, confident, ' Hide low-confidence events'),
    h('label', {}, 'Actor ', actor),
    h('label', {}, 'Outlet ', outlet),
  );
  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('change', () => onChange(read()));
  actor.addEventListener('input', () => onChange(read()));
  return (f: Filters): void => {
    for (const b of boxes) b.checked = f.types === null || f.types.includes(b.value);
    if (document.activeElement !== min) min.value = f.minKilled > 0 ? String(f.minKilled) : '';
    precise.checked = f.precise;
    confident.checked = f.confident;
    if (document.activeElement !== actor) actor.value = f.actor;
    // An outlet from the URL that no source has: shown as chosen, so the empty result explains itself.
    if (f.outlet !== null && ![...outlet.options].some((o) => o.value === f.outlet)) outlet.append(h('option', { value: f.outlet }, f.outlet));
    outlet.value = f.outlet ?? '';
  };
}
