// Links that come from outside (articles, CSV files, GeoJSON) are kept only when they are http(s) URLs:
// no javascript:, data:, vbscript: or relative tricks ever reach an href.

/** The URL, normalised, when it is an absolute http(s) URL; otherwise null. */
export function safeHttpUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 4096) return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}
