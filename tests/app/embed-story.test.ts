import { describe, expect, it } from 'vitest';
import { currentStep, parseCenter, parseStep } from '../../src/app/embed/story-steps.ts';
import { attributesForRange, rangeFromAttributes } from '../../src/app/embed/element-attrs.ts';

describe('story steps', () => {
  it('read a range, a view and an event from data attributes', () =>
    expect(parseStep({ start: '2011-08-06', end: '2011-07-31', center: '36.76, 35.13', zoom: '7', select: 'e9' })).toEqual({
      range: { start: '2011-07-31', end: '2011-08-06' },
      view: { center: [36.76, 35.13], zoom: 7 },
      select: 'e9',
    }));
  it('with no dates show all dates, and with no centre leave the view alone', () =>
    expect(parseStep({})).toEqual({ range: { start: null, end: null }, view: null, select: null }));
  it('refuse a centre that is not a longitude and a latitude', () => {
    expect(parseCenter('200,10')).toBeNull();
    expect(parseCenter('36')).toBeNull();
    expect(parseCenter('a,b')).toBeNull();
  });
  it('the current step is the last one crossing the middle, else the one before', () => {
    expect(currentStep([{ index: 1, visible: true }, { index: 2, visible: true }], 0)).toBe(2);
    expect(currentStep([{ index: 1, visible: false }], 3)).toBe(3);
  });
});

describe('<conflict-map> attributes', () => {
  it('start and end take ISO days only, in order', () => {
    expect(rangeFromAttributes('2011-08-06', '2011-07-31')).toEqual({ start: '2011-07-31', end: '2011-08-06' });
    expect(rangeFromAttributes('yesterday', '2011-08-05')).toEqual({ start: '2011-08-05', end: '2011-08-05' });
    expect(rangeFromAttributes(null, null)).toEqual({ start: null, end: null });
  });
  it('reflecting a range changes only the attributes that differ, and removes a cleared one', () => {
    expect(attributesForRange({ start: '2011-08-01', end: '2011-08-06' }, { start: '2011-07-31', end: '2011-08-06' })).toEqual([['start', '2011-08-01']]);
    expect(attributesForRange({ start: null, end: null }, { start: '2011-07-31', end: '2011-08-06' })).toEqual([['start', null], ['end', null]]);
  });
});
