// Reading an exported PNG's pixels in the browser (a blank page, no CSP): where exact colours lie within a
// band of rows, and how many pixels of a band are warm (the reds and oranges of the heatmap and the
// death-toll classes; the basemap is greys, beige and blue).
import type { Page } from 'playwright-core';

export interface ColourSpread {
  count: number;
  minX: number;
  maxX: number;
}

export async function pngPixels(page: Page, bytes: Buffer, colours: readonly string[], band: { top: number; bottom: number }): Promise<{ width: number; colours: ColourSpread[]; warm: number }> {
  return page.evaluate(
    async ({ b64, colours, top, bottom }) => {
      const bin = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bmp = await createImageBitmap(new Blob([bin], { type: 'image/png' }));
      const c = new OffscreenCanvas(bmp.width, bmp.height);
      const ctx = c.getContext('2d')!;
      ctx.drawImage(bmp, 0, 0);
      const data = ctx.getImageData(0, top, bmp.width, Math.min(bottom, bmp.height) - top).data;
      const want = colours.map((h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)));
      const out = want.map(() => ({ count: 0, minX: Infinity, maxX: -Infinity }));
      let warm = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
        if (r - b > 60 && r - g > 30) warm++;
        const x = (i / 4) % bmp.width;
        want.forEach(([wr, wg, wb], k) => {
          if (r === wr && g === wg && b === wb) {
            const o = out[k]!;
            o.count++;
            o.minX = Math.min(o.minX, x);
            o.maxX = Math.max(o.maxX, x);
          }
        });
      }
      return { width: bmp.width, colours: out, warm };
    },
    { b64: bytes.toString('base64'), colours: [...colours], ...band },
  );
}
