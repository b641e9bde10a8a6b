// Hostile input through the build: every payload in every field stays inert data. The output validates,
// links are only http(s), quotes slice the text they claim, and nothing throws.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventCollection } from '../../src/shared/schema.ts';
import { validateCollection } from '../../src/shared/validate.ts';
import { runBuild } from '../../src/pipeline/build.ts';
import { ingest } from '../../src/pipeline/ingest.ts';

const PAYLOADS: string[] = JSON.parse(readFileSync('tests/fixtures/hostile/payloads.json', 'utf8'));
const yamlString = (s: string): string => JSON.stringify(s);

describe('hostile articles through the build', () => {
  let dir: string;
  let out: EventCollection;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cm-hostile-'));
    PAYLOADS.forEach((p, i) => {
      const front = `---\ntitle: ${yamlString(p)}\noutlet: ${yamlString(p)}\nurl: ${yamlString(i % 2 ? p : `https://example.org/${i}?q=${encodeURIComponent(p)}`)}\npublished: 2011-08-06\n---\n`;
      const body = `${p} Syrian troops killed at least ${i + 1} people in Hama on Friday, ${p} said.\r\n${p}\n`;
      writeFileSync(join(dir, `a${String(i).padStart(2, '0')}.md`), front + body);
    });
    writeFileSync(join(dir, 'broken.md'), '---\ntitle: [unclosed\n---\nText.');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0xff, 0xfe, 0x00, 0x01]));
    await runBuild([dir], join(dir, 'out.geojson'));
    out = JSON.parse(readFileSync(join(dir, 'out.geojson'), 'utf8'));
  });

  it('accounts for every input: events, no events, or skipped with a reason', () => {
    const inputs = new Set(out.report?.map((r) => r.input.split('/').pop()));
    expect(inputs.size).toBe(PAYLOADS.length + 2);
    expect(out.report?.find((r) => r.input.endsWith('broken.md'))).toMatchObject({ status: 'skipped', reason: expect.stringMatching(/front matter/) });
    expect(out.report?.find((r) => r.input.endsWith('binary.txt'))).toMatchObject({ status: 'skipped' });
  });

  it('the output validates against the schema', () => expect(validateCollection(out).errors).toEqual([]));

  it('keeps only http(s) source links', () => {
    for (const f of out.features) for (const s of f.properties.sources) if (s.url !== undefined) expect(s.url).toMatch(/^https?:\/\//);
  });

  it('keeps payloads as literal text in titles, outlets and quotes', () => {
    const outlets = new Set(out.features.flatMap((f) => f.properties.sources.map((s) => s.outlet)));
    expect([...outlets].filter((o) => o && PAYLOADS.includes(o)).length).toBeGreaterThan(PAYLOADS.length / 2);
  });

  it('every quote is the text its offsets slice', async () => {
    const { articles } = await ingest([dir]);
    const byId = new Map(articles.map((a) => [a.id, a.text]));
    for (const f of out.features) for (const s of f.properties.sources) expect(byId.get(s.article)?.slice(s.start, s.end)).toBe(s.quote);
  });
});
