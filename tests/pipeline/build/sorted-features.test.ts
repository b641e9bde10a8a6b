import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { SortedFeatures } from '../../../src/pipeline/build/sorted-features.ts';

it('features come back in key order, whatever order they were added in', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cm-sorted-'));
  const f = new SortedFeatures(dir);
  try {
    const keys = ['2011-08-05|Hama|a', '9999|Syria|b', '2011-08-01|Homs|c', '2011-08-05|Deraa|d', 'é|long|' + 'x'.repeat(100_000)];
    for (const k of keys) f.add(k, JSON.stringify({ k }));
    const out = [...f.inOrder()].map((b) => JSON.parse(b.toString('utf8')).k);
    expect(out).toEqual([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(f.size).toBe(5);
  } finally {
    f.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
