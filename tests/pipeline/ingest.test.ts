import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest, parseTextArticle } from '../../src/pipeline/ingest.ts';
import { articleFromHtml } from '../../src/pipeline/ingest-html.ts';

describe('parseTextArticle', () => {
  it('reads YAML front matter and keeps the body exactly, so offsets point into it', () => {
    const a = parseTextArticle('---\ntitle: "A: b"\noutlet: Paper\npublished: 2011-08-06\n---\nBody line.\n', 'x');
    expect(a).toEqual({ id: 'x', text: 'Body line.\n', title: 'A: b', outlet: 'Paper', published: '2011-08-06' });
  });
  it('drops an impossible publication date instead of failing', () => {
    const a = parseTextArticle('---\npublished: 2011-02-30\n---\nText.', 'x');
    expect(typeof a === 'object' && a.published).toBe(undefined);
  });
  it('gives a reason for broken front matter', () => expect(parseTextArticle('---\ntitle: [unclosed\n---\nText.', 'x')).toMatch(/front matter/));
  it('reads a file without front matter as plain text', () => expect(parseTextArticle('Just text.', 'x')).toEqual({ id: 'x', text: 'Just text.' }));
});

describe('ingest', () => {
  it('accounts for every file: articles or a skip with a reason', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cm-ingest-'));
    writeFileSync(join(dir, 'a.md'), '---\npublished: 2011-08-06\n---\nTanks entered Hama.');
    writeFileSync(join(dir, 'b.jsonl'), '{"id":"b1","text":"One."}\nnot json\n{"id":"b3","text":"Three."}\n');
    writeFileSync(join(dir, 'c.png'), 'x');
    writeFileSync(join(dir, 'd.txt'), Buffer.from([0x41, 0x00, 0x42]));
    const { articles, report } = await ingest([dir]);
    expect(articles.map((a) => a.id)).toEqual(['a', 'b1', 'b3']);
    expect(report.map((r) => r.reason)).toEqual(['line 2 is not valid JSON', 'unsupported file type ".png"', 'binary file (contains NUL bytes)']);
  });
});

describe('articleFromHtml', () => {
  it('takes the body from Readability and the date, title and outlet from the page meta, leaving captions out', () => {
    const para = 'Syrian troops stormed the town of Rastan on Monday, killing at least four people, residents said. '.repeat(3);
    const html = `<html lang="en"><head><title>x</title>
      <meta property="og:title" content="Troops storm Rastan"><meta property="og:site_name" content="Example News">
      <meta property="article:published_time" content="2011-09-27T10:00:00Z"></head>
      <body><nav>Home | World</nav><article><h1>Troops storm Rastan</h1><p>${para}</p>
      <figure><img src="a.jpg"><figcaption>Photo: a caption 311</figcaption></figure><p>${para}</p></article>
      <footer>Copyright</footer></body></html>`;
    const a = articleFromHtml(html, 'rastan');
    if (typeof a === 'string') throw new Error(a);
    expect(a.title).toBe('Troops storm Rastan');
    expect(a.outlet).toBe('Example News');
    expect(a.published).toBe('2011-09-27');
    expect(a.text).toContain('killing at least four people');
    expect(a.text).not.toContain('caption');
    expect(a.text).not.toContain('Copyright');
  });
});
