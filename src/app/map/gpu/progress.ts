// A progress bar in the status box while a large file streams in.
import { h } from '../../ui/dom.ts';

export function showProgress(el: HTMLElement, label: string): { update(loaded: number, total: number): void; done(): void } {
  const bar = h('progress', { max: '1', value: '0', 'aria-label': label }) as HTMLProgressElement;
  const text = h('p', {}, `${label}…`);
  el.replaceChildren(text, bar);
  el.hidden = false;
  let last = 0;
  return {
    update(loaded, total) {
      const now = performance.now();
      if (now - last < 50 && loaded < total) return;
      last = now;
      bar.value = total ? loaded / total : 0;
      text.textContent = `${label}… ${(loaded / 1e6).toFixed(1)} of ${(total / 1e6).toFixed(1)} MB`;
    },
    done() {
      el.replaceChildren();
      el.hidden = true;
    },
  };
}
