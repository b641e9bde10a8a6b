// What the page needs to know before it loads the GPU path (./app.ts, a separate chunk with h3-js): when
// to take it. Kept apart so the plain app's first load does not carry the GPU code.

/** The binary data URL the page asks for (`?data=…bin`), or null for the GeoJSON path. */
export function gpuDataUrl(search: string): string | null {
  const data = new URLSearchParams(search).get('data');
  // Same-site relative paths only: the page never fetches data from another host.
  if (!data || /^[a-z][a-z0-9+.-]*:|^\/\/|\\/i.test(data)) return null;
  return /\.bin$/.test(data) ? data : null;
}

/** Above this many events a GeoJSON file is drawn by the GPU path too (the plain layers re-tile on every brush). */
export const GPU_MIN_EVENTS = 50_000;
