// Says what went wrong loading the data, in words, without hiding what did load.
import { t } from '../i18n/current.ts';
import { h } from './dom.ts';

export function renderStatus(el: HTMLElement, message: string | null, details: readonly string[] = []): void {
  el.replaceChildren();
  el.hidden = message === null;
  if (message === null) return;
  el.append(h('p', {}, message));
  if (details.length) {
    const list = h('ul', {});
    for (const d of details.slice(0, 20)) list.append(h('li', {}, d));
    if (details.length > 20) list.append(h('li', {}, t('status.more', { n: details.length - 20 })));
    el.append(h('details', {}, h('summary', {}, t('status.details')), list));
  }
}
