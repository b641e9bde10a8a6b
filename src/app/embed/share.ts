// Share → Embed in the full app: the embed code for the map as it is now, kept in step with the state.
// The <noscript> image is offered only when the site has it (the build makes embed-fallback.png).
import { t } from '../i18n/current.ts';
import { embedSnippet } from './snippet.ts';

export const FALLBACK_IMAGE = 'embed-fallback.png';

/** Fills the embed code box (if the page has one) and returns the function that refreshes it. */
export function bindShare(doc: Document = document, loc: Location = location): (() => void) | null {
  const box = doc.getElementById('embed-code') as HTMLTextAreaElement | null;
  const copy = doc.getElementById('embed-copy');
  if (!box) return null;
  let fallbackImage: string | undefined;
  const update = (): void => {
    box.value = embedSnippet({ embedUrl: new URL(`embed.html${loc.hash}`, doc.baseURI).href, fallbackImage });
  };
  // "Copy the code" says what happened: copied, or (clipboard refused or missing) selected for the keyboard.
  const said = doc.getElementById('embed-copy-status');
  let clear: ReturnType<typeof setTimeout> | undefined;
  const say = (text: string): void => {
    if (!said) return;
    said.textContent = text;
    clearTimeout(clear);
    clear = setTimeout(() => (said.textContent = ''), 6000);
  };
  copy?.addEventListener('click', () => {
    box.select();
    const manual = t('share.selected');
    const clipboard = navigator.clipboard;
    if (!clipboard) return say(manual);
    clipboard.writeText(box.value).then(
      () => say(t('share.copied')),
      () => say(manual),
    );
  });
  const image = new URL(FALLBACK_IMAGE, doc.baseURI).href;
  void fetch(image, { method: 'HEAD' })
    .then((res) => {
      if (res.ok && (res.headers.get('content-type') ?? '').startsWith('image/')) {
        fallbackImage = image;
        update();
      }
    })
    .catch(() => undefined);
  update();
  return update;
}
