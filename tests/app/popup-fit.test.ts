import { describe, expect, it } from 'vitest';
import { fitOffset } from '../../src/app/overlays/popup-fit.ts';

const area = { left: 10, top: 10, right: 310, bottom: 210 };

describe('fitOffset: the pan that brings a popup inside the map', () => {
  it('is zero for a box already inside', () => {
    expect(fitOffset({ left: 20, top: 20, right: 100, bottom: 100 }, area)).toEqual([0, 0]);
  });
  it('pans the view up and left (negative) for a box cut at the top left, right and down for the bottom right', () => {
    expect(fitOffset({ left: -40, top: -5, right: 60, bottom: 80 }, area)).toEqual([-50, -15]);
    expect(fitOffset({ left: 250, top: 150, right: 350, bottom: 260 }, area)).toEqual([40, 50]);
  });
  it('brings a box far off the map (a point outside the view) to the nearest edge', () => {
    expect(fitOffset({ left: 2000, top: 100, right: 2100, bottom: 150 }, area)).toEqual([1790, 0]);
  });
  it('aligns a box larger than the area to its top and left edges', () => {
    expect(fitOffset({ left: 0, top: 30, right: 400, bottom: 330 }, area)).toEqual([-10, 20]);
  });
});
