import { describe, expect, it } from 'vitest';
import { chooseDataUrl } from '../../src/app/state/data-url.ts';

const BASE = 'http://127.0.0.1:4173/map/index.html';

describe('chooseDataUrl', () => {
  it('loads data/events.geojson next to the page without ?data=', () => {
    expect(chooseDataUrl('', BASE)).toEqual({ url: 'http://127.0.0.1:4173/map/data/events.geojson', custom: false });
    expect(chooseDataUrl('?data=', BASE)).toEqual({ url: 'http://127.0.0.1:4173/map/data/events.geojson', custom: false });
  });
  it('loads a same-origin path given as ?data=, relative or absolute', () => {
    expect(chooseDataUrl('?data=data/demo.geojson', BASE)).toEqual({ url: 'http://127.0.0.1:4173/map/data/demo.geojson', custom: true });
    expect(chooseDataUrl('?data=%2Fother%2Fe.json', BASE)).toEqual({ url: 'http://127.0.0.1:4173/other/e.json', custom: true });
    expect(chooseDataUrl('?data=http://127.0.0.1:4173/x.geojson', BASE).custom).toBe(true);
  });
  it.each([
    ['another site', 'https://evil.example/e.geojson'],
    ['a protocol-relative address', '//evil.example/e.geojson'],
    ['a backslash trick', '/\\evil.example/e.geojson'],
    ['another port', 'http://127.0.0.1:9999/e.geojson'],
    ['javascript:', 'javascript:alert(1)'],
    ['JavaScript: in mixed case with spaces', '  JaVaScRiPt:alert(1)'],
    ['data:', 'data:application/json,{}'],
    ['blob:', 'blob:http://127.0.0.1:4173/abc'],
    ['a control character', 'data/e\u0000.geojson'],
  ])('refuses %s, says why, and falls back to the default file', (_, value) => {
    const choice = chooseDataUrl(`?data=${encodeURIComponent(value)}`, BASE);
    expect(choice.custom).toBe(false);
    expect(choice.url).toBe('http://127.0.0.1:4173/map/data/events.geojson');
    expect(choice.refused).toMatch(/was not loaded: .+\. Showing the default events instead\./);
  });
  it('loads a same-origin binary file like any other file (the app tells the format from its first bytes)', () => {
    expect(chooseDataUrl('?data=data/big.bin', BASE)).toEqual({ url: 'http://127.0.0.1:4173/map/data/big.bin', custom: true });
    expect(chooseDataUrl('?data=http://127.0.0.1:4173/big.bin', BASE)).toEqual({ url: 'http://127.0.0.1:4173/big.bin', custom: true });
    expect(chooseDataUrl('?data=https://evil.example/big.bin', BASE).custom).toBe(false);
  });
  it('shows a long refused value shortened', () => {
    const choice = chooseDataUrl(`?data=${encodeURIComponent(`https://evil.example/${'a'.repeat(200)}`)}`, BASE);
    expect(choice.refused).toContain('...');
    expect(choice.refused).not.toContain('a'.repeat(100));
  });
});
