import { describe, expect, it } from 'vitest';
import { openIndex, packIndex, type IndexColumns } from '../../../src/pipeline/gazetteer/index-file.ts';

const columns: IndexColumns = {
  gid: [170905, 0, 163345, 170905],
  name: ['Darʿā', 'Levant', 'Ḩimş', 'Daraa Governorate'],
  lat: [32.6189, 33.5, 34.7268, 32.75],
  lon: [36.1021, 36, 36.7234, 36.25],
  kind: [0, 4, 0, 2],
  cc: ['SY', '', 'SY', 'SY'],
  a1: ['SY.08', '', 'SY.11', 'SY.08'],
  pop: [97969, 0, 775404, 1_000_000],
  fc: ['PPLA', 'RGN', 'PPLA', 'ADM1'],
  bbox: { 1: [34, 29, 42, 37.5], 3: [35.8, 32.3, 36.6, 33.2] },
};
// Keys whose UTF-16 order differs from their UTF-8 order ('\uff21' sorts after '😀' in UTF-16, before it in UTF-8).
const names = { daraa: [1, 7], 'dar a': [0], levant: [2], homs: [5], '\uff21x': [4], '😀x': [6] };

describe('the bundled index file', () => {
  const index = openIndex(packIndex(columns, names));
  it('gives back every column of every row', () => {
    const e = index.entries;
    expect(e.name.length).toBe(4);
    for (let i = 0; i < 4; i++) {
      expect([e.gid[i], e.name.at(i), e.lat[i], e.lon[i], e.kind[i], e.cc.at(i), e.a1.at(i), e.pop[i], e.fc.at(i)])
        .toEqual([columns.gid[i], columns.name[i], columns.lat[i], columns.lon[i], columns.kind[i], columns.cc[i], columns.a1[i], columns.pop[i], columns.fc[i]]);
    }
    expect(e.name.at(4)).toBeUndefined();
  });
  it('has the bounding boxes of the rows that have one, and none for the others', () => {
    expect([0, 1, 2, 3].map((r) => index.entries.bbox(r))).toEqual([undefined, [34, 29, 42, 37.5], undefined, [35.8, 32.3, 36.6, 33.2]]);
  });
  it('finds every name key, non-ASCII ones too, and nothing for an unknown key', () => {
    for (const [k, v] of Object.entries(names)) expect(index.names(k)).toEqual(v);
    expect(index.names('aleppo')).toEqual([]);
    expect(index.names('')).toEqual([]);
  });
  it('finds the first row of a GeoNames id, and -1 for an unknown id', () => {
    expect(index.rowOfGid(170905)).toBe(0);
    expect(index.rowOfGid(163345)).toBe(2);
    expect(index.rowOfGid(1)).toBe(-1);
  });
  it('reads an index at an odd byte offset (copied once to align its columns)', () => {
    const packed = packIndex(columns, names);
    const odd = Buffer.alloc(packed.length + 3);
    packed.copy(odd, 3);
    expect(openIndex(odd.subarray(3)).entries.name.at(2)).toBe('Ḩimş');
  });
  it('refuses a file of another format or a truncated one with a clear error', () => {
    expect(() => openIndex(Buffer.from('{"not": "an index"}'.padEnd(64)))).toThrow(/not an index of format/);
    const packed = packIndex(columns, names);
    expect(() => openIndex(packed.subarray(0, packed.length / 2))).toThrow(/truncated/);
  });
});
