// Share → Embed: the HTML a newsroom pastes into its page. A responsive iframe (auto-height through the
// loader script), sandboxed, the origins allowed to drive it, and a static image for readers without
// JavaScript.

export interface SnippetOptions {
  /** The embed page's absolute URL, with the current hash state. */
  embedUrl: string;
  /** Origin of the page the snippet will go on, allowed to send commands (optional). */
  hostOrigin?: string;
  title?: string;
  /** A static image of the map for <noscript> (embed-fallback.png, made by the build). */
  fallbackImage?: string;
}

/**
 * The iframe's sandbox: scripts run, but in an opaque origin (no cookies, storage or access to the host page);
 * "Open the full map" may open a tab, which leaves the sandbox so the full app runs normally.
 */
export const EMBED_SANDBOX = 'allow-scripts allow-popups allow-popups-to-escape-sandbox';

const attr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function embedSnippet(o: SnippetOptions): string {
  const url = new URL(o.embedUrl);
  if (o.hostOrigin) url.searchParams.set('origins', o.hostOrigin);
  if (o.title) url.searchParams.set('title', o.title);
  const loader = new URL('embed-loader.js', url).href;
  const title = attr(o.title ?? 'Conflict Map');
  const lines = [
    `<iframe data-conflict-map src="${attr(url.href)}" title="${title}" sandbox="${EMBED_SANDBOX}" style="width:100%;height:640px;border:0" loading="lazy" allow="fullscreen"></iframe>`,
    `<script src="${attr(loader)}" async></script>`,
  ];
  if (o.fallbackImage)
    lines.push(`<noscript><img src="${attr(o.fallbackImage)}" alt="${title}: a static map of the reported events" width="800" height="500" style="width:100%;height:auto"></noscript>`);
  return lines.join('\n');
}
