// Embed mode: the page's optional title, source line and byline come from the URL (as text, never HTML),
// and "Open the full map" carries the same state to the full app.

export function isEmbed(doc: Document = document): boolean {
  return doc.body.classList.contains('cm-embed');
}

/** Fills the embed's header and footer from `?title=&source=&byline=` and keeps the full-map link in step. */
export function setUpEmbedChrome(doc: Document = document, loc: Location = location): () => void {
  const params = new URLSearchParams(loc.search);
  for (const key of ['title', 'source', 'byline']) {
    const el = doc.getElementById(`embed-${key}`);
    const v = params.get(key);
    if (el) {
      el.textContent = v ?? '';
      el.hidden = !v;
    }
  }
  const link = doc.getElementById('embed-full-map') as HTMLAnchorElement | null;
  const update = (): void => {
    if (link) link.href = `./index.html${loc.hash}`;
  };
  update();
  return update;
}
