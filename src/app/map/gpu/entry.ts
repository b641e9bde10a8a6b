// What the page needs to know before it loads the GPU markers (./points.ts, a separate chunk): when to
// take them. Kept apart so the plain app's first load does not carry the GPU code.

/** Above this many events a GeoJSON file is drawn by the GPU path too (the plain layers re-tile on every brush). */
export const GPU_MIN_EVENTS = 50_000;
