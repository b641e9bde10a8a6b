// Which overlay the map draws the events with: `overlay=circles|heatmap|hexagons|regions` in the hash,
// kept in the app's one store (./store.ts) and written by ./hash.ts. The default, circles, is not written.

export const OVERLAYS = ['circles', 'heatmap', 'hexagons', 'regions'] as const;
export type Overlay = (typeof OVERLAYS)[number];
export const DEFAULT_OVERLAY: Overlay = 'circles';

/** An overlay name, or the default for anything else (missing, misspelt, hostile). */
export function parseOverlay(value: string | null | undefined): Overlay {
  return (OVERLAYS as readonly string[]).includes(value ?? '') ? (value as Overlay) : DEFAULT_OVERLAY;
}

/** The hash value: null for the default, so a plain URL stays plain. */
export function serialiseOverlay(overlay: Overlay): string | null {
  return overlay === DEFAULT_OVERLAY ? null : overlay;
}
