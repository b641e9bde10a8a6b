// Share → Embed in the full app: the embed code for the map as it is now, kept in step with the state.
import { embedSnippet } from './snippet.ts';

/** Fills the embed code box (if the page has one) and returns the function that refreshes it. */
export function bindShare(doc: Document = document, loc: Location = location): (() => void) | null {
  const box = doc.getElementById('embed-code') as HTMLTextAreaElement | null;
  const copy = doc.getElementById('embed-copy');
  if (!box) return null;
  const update = (): void => {
    box.value = embedSnippet({ embedUrl: new URL(`embed.html${loc.hash}`, doc.baseURI).href });
  };
  copy?.addEventListener('click', () => {
    box.select();
    void navigator.clipboard?.writeText(box.value).catch(() => undefined);
  });
  update();
  return update;
}
