// HTML news pages: the article body from @mozilla/readability on a linkedom document; title, outlet and
// publication date from the page's meta (Open Graph, article:published_time, JSON-LD NewsArticle).
// Photo captions, figures, asides and navigation are page furniture, not article text.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Article } from '../shared/schema.ts';
import { toArticle } from './article.ts';

type Json = Record<string, unknown>;

function jsonLdArticle(doc: Document): Json | null {
  for (const el of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(el.textContent ?? '');
    } catch {
      continue;
    }
    const stack: unknown[] = [data];
    while (stack.length) {
      const v = stack.pop();
      if (Array.isArray(v)) stack.push(...v);
      else if (v && typeof v === 'object') {
        const o = v as Json;
        const type = ([] as unknown[]).concat(o['@type'] ?? []).map(String);
        if (type.some((t) => /(?:News|Reportage|Analysis)?Article$|^BlogPosting$/.test(t))) return o;
        if (o['@graph']) stack.push(o['@graph']);
      }
    }
  }
  return null;
}

const nameOf = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : v && typeof v === 'object' && typeof (v as Json).name === 'string' ? ((v as Json).name as string) : undefined;

/** Paragraph texts of the readable content, one per line block. */
function bodyText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const blocks = Array.from(document.querySelectorAll('p, h2, h3, h4, li, blockquote'))
    .filter((el) => !el.querySelector('p, li'))
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return blocks.length ? blocks.join('\n\n') : (document.body.textContent ?? '').replace(/[ \t]+/g, ' ').trim();
}

/** Reads an HTML page into an Article, or returns why it cannot. */
export function articleFromHtml(html: string, id: string): Article | string {
  const { document } = parseHTML(html);
  const meta = (sel: string): string | undefined => document.querySelector(sel)?.getAttribute('content') ?? undefined;
  const ld = jsonLdArticle(document as unknown as Document) ?? {};
  for (const el of Array.from(document.querySelectorAll('figcaption, figure, aside, nav, footer, script, style, noscript, iframe, form'))) el.remove();
  let parsed: { content?: string | null; title?: string | null } | null = null;
  try {
    parsed = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  } catch (e) {
    return `HTML could not be read: ${(e as Error).message}`;
  }
  if (!parsed?.content) return 'no article body found in the HTML page';
  const text = bodyText(parsed.content);
  if (!text) return 'no article text in the HTML page';
  return toArticle(
    {
      id,
      title: nameOf(ld.headline) ?? meta('meta[property="og:title"]') ?? parsed.title ?? undefined,
      outlet: nameOf(ld.publisher) ?? meta('meta[property="og:site_name"]'),
      url: (typeof ld.url === 'string' ? ld.url : undefined) ?? meta('meta[property="og:url"]') ??
        document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined,
      published: (typeof ld.datePublished === 'string' ? ld.datePublished : undefined) ??
        meta('meta[property="article:published_time"]') ?? meta('meta[name="date"]') ??
        document.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined,
      language: document.documentElement.getAttribute('lang') ?? undefined,
    },
    text,
    id,
  );
}
