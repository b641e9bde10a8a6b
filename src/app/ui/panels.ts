// The legend, filters and map-style panels: one <details> that is open on a wide screen and starts closed
// on a phone, so the map and the timeline come first.
export const PHONE_QUERY = '(max-width: 600px)';

export function collapseOnPhone(details: HTMLDetailsElement, win: Window = window): void {
  const mq = win.matchMedia?.(PHONE_QUERY);
  if (!mq) return;
  details.open = !mq.matches;
  // Back on a wide screen the panels are always open (their summary is hidden there).
  mq.addEventListener('change', (e) => {
    if (!e.matches) details.open = true;
  });
}
