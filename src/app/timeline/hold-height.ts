// While the reader drags across the chart, the page keeps at least the height it had when the drag began: a
// range that hides most of the table below would shorten the page, and a page scrolled to its end would then
// be pulled up under the pointer (the chart jumping mid-drag). The height is let go when the pointer is.
export function holdHeightWhileDragging(chart: HTMLElement): () => void {
  const doc = chart.ownerDocument;
  const root = doc.documentElement;
  let held = false;
  const release = (): void => {
    if (!held) return;
    held = false;
    root.style.minHeight = '';
  };
  const hold = (): void => {
    held = true;
    root.style.minHeight = `${root.scrollHeight}px`;
  };
  chart.addEventListener('pointerdown', hold, true);
  const win = doc.defaultView ?? window;
  win.addEventListener('pointerup', release);
  win.addEventListener('pointercancel', release);
  return () => {
    release();
    chart.removeEventListener('pointerdown', hold, true);
    win.removeEventListener('pointerup', release);
    win.removeEventListener('pointercancel', release);
  };
}
