// Tiny DOM helpers: elements with text set through textContent, never innerHTML; scrolling into view.

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') node.className = v;
    else node.setAttribute(k, v);
  }
  for (const c of children) node.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return node;
}

/** Scrolls the page just enough for `el` to be whole in the window (or its top, when it is taller). */
export function scrollIntoViewIfNeeded(el: Element): void {
  const r = el.getBoundingClientRect();
  const h = window.innerHeight || document.documentElement.clientHeight;
  if (r.top >= 0 && r.bottom <= h) return;
  el.scrollIntoView({ block: r.height > h ? 'start' : 'nearest', inline: 'nearest' });
}
