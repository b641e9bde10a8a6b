// Merging across articles in `build`: the seed says at least 18 protesters were killed on Friday 5 August
// 2011; a second outlet says at least 24. One country-level event, two sources, a toll of 18–24.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { EventCollection } from '../../src/shared/schema.ts';
import { runBuild } from '../../src/pipeline/build.ts';

it('tolls that disagree across outlets become a range, never a sum (18 and 24 → 18–24)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cm-merge-'));
  copyFileSync('data/articles/jpost-2011-08-06-syrian-army-defector.md', join(dir, 'seed.md'));
  writeFileSync(join(dir, 'second.md'), [
    '---', 'title: Syrian troops fire on Friday protests', 'outlet: Example Daily', 'url: https://example.org/syria-friday',
    'published: 2011-08-06', '---',
    'At least 24 civilians were killed on Friday by security forces during demonstrations in several parts of Syria, activists said.', '',
  ].join('\n'));
  await runBuild([dir], join(dir, 'out.geojson'));
  const out: EventCollection = JSON.parse(readFileSync(join(dir, 'out.geojson'), 'utf8'));
  const friday = out.features.filter((f) => f.properties.geo_precision === 'country' && f.properties.date_start === '2011-08-05');
  expect(friday).toHaveLength(1);
  expect(friday[0]?.properties.fatalities).toMatchObject({ low: 18, high: 24 });
  expect(friday[0]?.properties.aggregate).toBe(true);
  expect(friday[0]?.properties.sources.map((s) => s.outlet).sort()).toEqual(['Example Daily', 'The Jerusalem Post']);
  // Country-wide totals are never added to located events: Hama keeps its own toll.
  expect(out.features.find((f) => f.properties.place.geonameid === 170017)?.properties.fatalities).toMatchObject({ low: 300, high: 300 });
});
