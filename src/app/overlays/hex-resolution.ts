// The H3 resolution for a zoom: no h3-js needed, so the map can ask before the hexagon code loads.

export const MIN_HEX_RES = 0;
export const MAX_HEX_RES = 9;

/**
 * H3 resolution for a zoom, so that a cell is about 35–60 px across: MapLibre's world is 512·2^z px
 * wide and an H3 step divides a cell's width by √7 ≈ 2.65 (1.4 zoom levels). Res 1 at zoom 3, res 3
 * at zoom 5, res 4 at zoom 6, res 6 at zoom 10; clamped to 0–9.
 */
export function hexResolutionForZoom(zoom: number): number {
  const res = Math.round((zoom - 1) / 1.4);
  return Math.min(MAX_HEX_RES, Math.max(MIN_HEX_RES, res));
}
