// Loose metadata (front matter, JSON, HTML meta) normalised into the Article shape.
import type { Article } from '../shared/schema.ts';
import { safeHttpUrl } from '../shared/url.ts';
import { isIsoDay } from '../shared/validate.ts';

/** A publication date from front matter or JSON, normalised to YYYY-MM-DD, or undefined when not a real date. */
export function normaliseDate(v: unknown): string | undefined {
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  if (typeof v !== 'string') return undefined;
  const day = v.trim().slice(0, 10);
  return isIsoDay(day) ? day : undefined;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** Builds an Article from loose metadata; returns a reason instead when it cannot. */
export function toArticle(meta: Record<string, unknown>, text: unknown, fallbackId: string): Article | string {
  if (typeof text !== 'string') return 'no article text';
  const a: Article = { id: str(meta.id) ?? fallbackId, text };
  const published = normaliseDate(meta.published ?? meta.date ?? meta.published_at);
  if (published) a.published = published;
  for (const k of ['title', 'outlet', 'language'] as const) {
    const v = str(meta[k]);
    if (v) a[k] = v;
  }
  // Only http(s) links are kept: a javascript: or data: URL never reaches a page.
  const url = safeHttpUrl(meta.url);
  if (url) a.url = url;
  return a;
}

