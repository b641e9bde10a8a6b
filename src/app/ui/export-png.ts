// A PNG of the map as it is drawn, with a strip below it that says what it shows and credits the basemap.
// The WebGL canvas is read inside MapLibre's 'render' event, while its drawing buffer still holds the
// frame, so the map need not keep every frame (preserveDrawingBuffer) just for this.
import type { Map as MapLibreMap } from 'maplibre-gl';

export const PNG_CREDIT = 'Basemap: Natural Earth. Places: GeoNames (CC BY 4.0).';

/** Copies the next frame the map draws into a 2D canvas. */
export function captureFrame(map: MapLibreMap): Promise<HTMLCanvasElement> {
  return new Promise((resolve, reject) => {
    map.once('render', () => {
      try {
        const src = map.getCanvas();
        const copy = document.createElement('canvas');
        copy.width = src.width;
        copy.height = src.height;
        const ctx = copy.getContext('2d');
        if (!ctx) throw new Error('no 2D canvas');
        ctx.drawImage(src, 0, 0);
        resolve(copy);
      } catch (err) {
        reject(err instanceof Error ? err : new Error(String(err)));
      }
    });
    map.triggerRepaint();
  });
}

/** The map's frame with a caption strip ("Conflict Map · 1–6 Aug 2011 · Showing 3 of 5 events") below it. */
export async function mapPng(map: MapLibreMap, caption: string): Promise<Blob> {
  const frame = await captureFrame(map);
  const scale = frame.width / Math.max(1, map.getCanvas().clientWidth || frame.width);
  const strip = Math.round(40 * scale);
  const out = document.createElement('canvas');
  out.width = frame.width;
  out.height = frame.height + strip;
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(frame, 0, 0);
  const pad = Math.round(10 * scale);
  ctx.fillStyle = '#222222';
  ctx.font = `bold ${Math.round(13 * scale)}px 'CM Sans', 'DejaVu Sans', sans-serif`;
  ctx.textBaseline = 'top';
  ctx.fillText(caption, pad, frame.height + Math.round(5 * scale), out.width - 2 * pad);
  ctx.fillStyle = '#666666';
  ctx.font = `${Math.round(11 * scale)}px 'CM Sans', 'DejaVu Sans', sans-serif`;
  ctx.fillText(PNG_CREDIT, pad, frame.height + Math.round(22 * scale), out.width - 2 * pad);
  return new Promise((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error('the map could not be saved as PNG'))), 'image/png'));
}
