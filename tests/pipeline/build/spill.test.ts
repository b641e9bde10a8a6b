import { describe, expect, it } from 'vitest';
import { hashKey, PartitionSpill } from '../../../src/pipeline/build/spill.ts';

describe('PartitionSpill', () => {
  it('gives back each partition’s values in the order they were added', () => {
    const spill = new PartitionSpill<{ k: string; i: number }>({ partitions: 3, bufferBytes: 64 });
    try {
      const keys = ['a', 'b', 'c', 'd', 'e'];
      for (let i = 0; i < 200; i++) spill.add(keys[i % keys.length] as string, { k: keys[i % keys.length] as string, i });
      const all = [0, 1, 2].flatMap((p) => [...spill.read(p)]);
      expect(all).toHaveLength(200);
      for (let p = 0; p < 3; p++) {
        const got = [...spill.read(p)];
        expect(got.map((v) => v.i)).toEqual([...got.map((v) => v.i)].sort((a, b) => a - b));
        expect(new Set(got.map((v) => spill.partitionOf(v.k)))).toEqual(new Set(got.length ? [p] : []));
        expect(spill.count(p)).toBe(got.length);
      }
    } finally {
      spill.dispose();
    }
  });
  it('a value comes back exactly as written: key order and undefined-valued keys kept', () => {
    const spill = new PartitionSpill<Record<string, unknown>>({ partitions: 1 });
    try {
      const v = { z: 1, a: undefined, m: { y: null, b: [1, 'x'] } };
      spill.add('k', v);
      const [back] = [...spill.read(0)];
      expect(Object.keys(back as object)).toEqual(['z', 'a', 'm']);
      expect('a' in (back as object)).toBe(true);
      expect(back).toEqual(v);
    } finally {
      spill.dispose();
    }
  });
  it('reads records larger than its read buffer', () => {
    const spill = new PartitionSpill<string>({ partitions: 1, bufferBytes: 10 });
    try {
      const big = 'x'.repeat(3_000_000);
      spill.add('k', 'small');
      spill.add('k', big);
      spill.add('k', 'after');
      expect([...spill.read(0)].map((s) => s.length)).toEqual([5, 3_000_000, 5]);
    } finally {
      spill.dispose();
    }
  });
  it('the same key always lands in the same partition', () => {
    expect(hashKey('Battles|place|170017')).toBe(hashKey('Battles|place|170017'));
    expect(hashKey('a')).not.toBe(hashKey('b'));
  });
});
