// An act told with no place the gazetteer knows and no country to fall back on is never lost silently: `extract`
// lists it under "unplaced" and `build` records it in the report, with the sentence that tells it.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { EventCollection } from '../../src/shared/schema.ts';
import { runBuild } from '../../src/pipeline/build.ts';

it('an act with no place and no country is listed in the build report, not dropped without a word', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cm-unplaced-'));
  writeFileSync(join(dir, 'a.md'), ['---', 'title: Bandits', 'published: 2020-05-01', '---', 'Five shot dead by armed bandits who also stole cattle and goats.', ''].join('\n'));
  const summary = await runBuild([dir], join(dir, 'out.geojson'));
  const out: EventCollection = JSON.parse(readFileSync(join(dir, 'out.geojson'), 'utf8'));
  expect(out.features).toHaveLength(0);
  const entry = out.report?.find((r) => r.input.endsWith('a.md'));
  expect(entry?.status).toBe('no-events');
  expect(entry?.unplaced).toEqual([expect.objectContaining({
    quote: 'Five shot dead by armed bandits who also stole cattle and goats.', event_type: 'Violence against civilians',
    fatalities: { low: 5, best: 5, high: 5 }, reason: 'no place or country is named',
  })]);
  expect(summary).toMatch(/1 act with no place, listed in the report/);
});
