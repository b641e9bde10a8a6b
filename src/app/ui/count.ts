// The line that says how many events are shown: "Showing 2 of 5 events".

export function countText(shown: number, total: number): string {
  const noun = total === 1 ? 'event' : 'events';
  return shown === total ? `Showing all ${total} ${noun}` : `Showing ${shown} of ${total} ${noun}`;
}

/** The note under the count: why some events are hidden. */
export function hiddenNote(undatedHidden: number): string {
  if (undatedHidden <= 0) return '';
  return `${undatedHidden} undated ${undatedHidden === 1 ? 'event is' : 'events are'} hidden while a date range is selected.`;
}

export function renderCount(el: HTMLElement, note: HTMLElement, shown: number, total: number, undatedHidden: number): void {
  el.textContent = countText(shown, total);
  note.textContent = hiddenNote(undatedHidden);
}
