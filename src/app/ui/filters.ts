// The filter bar: event types present in the data, actor text, a minimum toll, "precise places only", the
// outlet and "hide low-confidence events". It writes
// to the store through `onChange` and is redrawn from the store, so the URL hash and the bar agree.
import { EVENT_TYPES, type EventFeature } from '../../shared/schema.ts';
import { LOW_CONFIDENCE, type Filters } from '../state/filters.ts';
import { onLanguage, t, typeLabel } from '../i18n/current.ts';
import { h } from './dom.ts';

export function bindFilters(form: HTMLFormElement, features: readonly EventFeature[], onChange: (f: Filters) => void): (f: Filters) => void {
  const present = EVENT_TYPES.filter((t) => features.some((f) => f.properties.event_type === t));
  const boxes = present.map((t) => h('input', { type: 'checkbox', name: 'type', value: t, 'data-testid': `filter-type-${t}` }));
  const min = h('input', { type: 'number', min: '0', step: '1', name: 'min', inputmode: 'numeric', 'data-testid': 'filter-min' });
  const precise = h('input', { type: 'checkbox', name: 'precise', 'data-testid': 'filter-precise' });
  const confident = h('input', { type: 'checkbox', name: 'confident', 'data-testid': 'filter-confident' });
  const actor = h('input', { type: 'search', name: 'actor', autocomplete: 'off', maxlength: '100', 'data-testid': 'filter-actor' });
  const outlets = [...new Set(features.flatMap((f) => f.properties.sources.map((s) => s.outlet ?? '')).filter(Boolean))].sort();
  const outlet = h('select', { name: 'outlet', 'data-testid': 'filter-outlet' }, h('option', { value: '' }, ''), ...outlets.map((o) => h('option', { value: o }, o)));
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
  // The labels in the interface's language, around the same inputs (which keep their values) on a change of it.
  const label = (): void => {
    const [before = '', after = ''] = t('filters.min').split('{input}');
    actor.placeholder = t('filters.actorExample');
    (outlet.options[0] as HTMLOptionElement).textContent = t('filters.allOutlets');
    form.replaceChildren(
      h('fieldset', {}, h('legend', {}, t('filters.types')), ...present.map((type, i) => h('label', {}, boxes[i] as HTMLInputElement, ` ${typeLabel(type)}`))),
      h('label', {}, before, min, after),
      h('label', {}, precise, ` ${t('filters.precise')}`),
      h('label', { title: t('filters.confidentTitle', { n: LOW_CONFIDENCE }) }, confident, ` ${t('filters.confident')}`),
      h('label', {}, `${t('filters.actor')} `, actor),
      h('label', {}, `${t('filters.outlet')} `, outlet),
    );
  };
  label();
  onLanguage(label);
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
