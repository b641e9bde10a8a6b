import { describe, expect, it } from 'vitest';
import { parseHash, serialiseHash } from '../../src/app/state/hash.ts';
import { NO_FILTERS } from '../../src/app/state/filters.ts';
import { createStore, INITIAL_STATE } from '../../src/app/state/store.ts';

describe('parseHash', () => {
  it('reads start, end and event', () => {
    expect(parseHash('#start=2011-08-05&end=2011-08-06&event=seed-e8')).toEqual({
      start: '2011-08-05',
      end: '2011-08-06',
      selected: 'seed-e8',
      filters: NO_FILTERS,
      lang: 'en',
      overlay: 'circles',
    });
  });
  it('ignores invalid days, orders the ends and fills a missing one', () => {
    expect(parseHash('#start=2011-02-30&end=aug')).toEqual(INITIAL_STATE);
    expect(parseHash('start=2011-08-06&end=2011-08-01')).toMatchObject({ start: '2011-08-01', end: '2011-08-06' });
    expect(parseHash('#end=2011-08-06')).toMatchObject({ start: '2011-08-06', end: '2011-08-06' });
    expect(parseHash('')).toEqual(INITIAL_STATE);
  });
});

describe('serialiseHash', () => {
  it('round-trips', () => {
    const state = { ...INITIAL_STATE, start: '2011-08-05', end: '2011-08-05', selected: 'a b&c' };
    expect(parseHash(serialiseHash(state))).toEqual(state);
    expect(serialiseHash(state)).toBe('start=2011-08-05&end=2011-08-05&event=a+b%26c');
  });
  it('drops unset keys and keeps keys it does not own', () => {
    expect(serialiseHash(INITIAL_STATE, '#start=2011-08-05&end=2011-08-05&zoom=6')).toBe('zoom=6');
    expect(serialiseHash(INITIAL_STATE)).toBe('');
  });
});

describe('filters in the hash', () => {
  it('reads types, a minimum toll and precise places, and writes them back', () => {
    const s = parseHash('#types=Protests,Battles&min=10&precise=1');
    expect(s.filters).toEqual({ ...NO_FILTERS, types: ['Protests', 'Battles'], minKilled: 10, precise: true });
    expect(serialiseHash(s)).toBe('types=Protests%2CBattles&min=10&precise=1');
  });
  it('falls back to no filter for invalid values', () =>
    expect(parseHash('#types=<script>,War&min=-3&precise=yes').filters).toEqual(NO_FILTERS));
});

describe('createStore', () => {
  it('notifies on change only, with the previous state', () => {
    const store = createStore(INITIAL_STATE);
    const seen: Array<[string | null, string | null]> = [];
    const stop = store.subscribe((s, prev) => seen.push([prev.start, s.start]));
    store.set({ start: '2011-08-05' });
    store.set({ start: '2011-08-05' });
    stop();
    store.set({ start: null });
    expect(seen).toEqual([[null, '2011-08-05']]);
    expect(store.get().start).toBeNull();
  });
});
