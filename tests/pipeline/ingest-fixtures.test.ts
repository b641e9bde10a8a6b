// In/out fixtures for the ingest stage: tests/fixtures/ingest/<case>/input.* → output.json (UPDATE=1 rewrites).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { ingest } from '../../src/pipeline/ingest.ts';
import { expectFixture, fixtureCases } from '../helpers/fixtures.ts';

describe('ingest fixtures', () => {
  for (const c of fixtureCases('ingest')) {
    it(`${c.name}: articles and skips match output.json`, async () => {
      const input = readdirSync(c.dir).find((f) => f.startsWith('input.'));
      const { articles, report } = await ingest([join(c.dir, input as string)]);
      const strip = <T extends { path?: string; input?: string }>(x: T) => ({ ...x, path: undefined, input: undefined });
      expectFixture(c.dir, { articles: articles.map(strip), report: report.map(strip) });
    });
  }
});
