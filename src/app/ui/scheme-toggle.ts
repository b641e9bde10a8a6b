// The dark mode toggle in the header. Without a choice the page follows the system's setting; pressing the
// button picks the other scheme (html[data-scheme], which page-css/base.css and the map's palette read) and
// remembers it on this device. Storage may be refused (a sandboxed frame, private browsing): then the choice
// lasts for the page.
import { t } from '../i18n/current.ts';
import { currentScheme, SCHEME_EVENT, type Scheme } from '../map/colour-scheme.ts';

const KEY = 'conflict-map:scheme';

function stored(win: Window): Scheme | null {
  try {
    const v = win.localStorage.getItem(KEY);
    return v === 'light' || v === 'dark' ? v : null;
  } catch {
    return null;
  }
}

function store(win: Window, scheme: Scheme): void {
  try {
    win.localStorage.setItem(KEY, scheme);
  } catch {
    // kept for this page only
  }
}

/** Applies a remembered choice at once (before the map is made, so it starts in the right colours). */
export function restoreScheme(win: Window = window): void {
  const s = stored(win);
  if (s) win.document.documentElement.dataset.scheme = s;
}

export function bindSchemeToggle(button: HTMLButtonElement, win: Window = window): void {
  const show = (): void => {
    const dark = currentScheme(win) === 'dark';
    button.setAttribute('aria-pressed', String(dark));
    button.textContent = t('page.scheme');
  };
  button.addEventListener('click', () => {
    const next: Scheme = currentScheme(win) === 'dark' ? 'light' : 'dark';
    win.document.documentElement.dataset.scheme = next;
    store(win, next);
    show();
    win.dispatchEvent(new Event(SCHEME_EVENT));
  });
  win.matchMedia?.('(prefers-color-scheme: dark)').addEventListener('change', show);
  show();
}
