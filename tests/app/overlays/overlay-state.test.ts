import { describe, expect, it } from 'vitest';
import { overlayFromHash, parseOverlay, withOverlay } from '../../../src/app/state/overlay.ts';
import { parseHash, serialiseHash } from '../../../src/app/state/hash.ts';

describe('overlay in the hash', () => {
  it('reads each overlay by name', () => {
    expect(overlayFromHash('#overlay=heatmap')).toBe('heatmap');
    expect(overlayFromHash('overlay=hexagons&start=2011-08-01')).toBe('hexagons');
    expect(overlayFromHash('#overlay=regions')).toBe('regions');
    expect(overlayFromHash('#overlay=circles')).toBe('circles');
  });
  it('falls back to circles for a missing, unknown or hostile value', () => {
    expect(overlayFromHash('')).toBe('circles');
    expect(overlayFromHash('#overlay=')).toBe('circles');
    expect(overlayFromHash('#overlay=Heatmap')).toBe('circles');
    expect(overlayFromHash('#overlay=%3Cscript%3E')).toBe('circles');
    expect(parseOverlay('constructor')).toBe('circles');
    expect(parseOverlay(null)).toBe('circles');
  });
  it('writes the overlay, leaves the default out and keeps every other key', () => {
    expect(withOverlay('#start=2011-08-05&end=2011-08-05', 'hexagons')).toBe('start=2011-08-05&end=2011-08-05&overlay=hexagons');
    expect(withOverlay('overlay=hexagons&zoom=6', 'circles')).toBe('zoom=6');
    expect(withOverlay('', 'circles')).toBe('');
    for (const o of ['heatmap', 'hexagons', 'regions'] as const) expect(overlayFromHash(withOverlay('a=1', o))).toBe(o);
  });
  it('survives the app state being written to the same hash', () => {
    const hash = withOverlay('start=2011-08-05&end=2011-08-06', 'regions');
    const state = parseHash(hash);
    expect(overlayFromHash(serialiseHash({ ...state, selected: 'x' }, hash))).toBe('regions');
  });
});
