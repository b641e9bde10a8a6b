// MapLibre's worker must be same-origin with the page that starts it. Two cases are not: an embed in
// `sandbox="allow-scripts"` (its document has an opaque origin, "null") and the <conflict-map> element
// loaded from another origin. There the worker script is fetched (CORS) and started from a blob: URL,
// which the CSP allows (`worker-src 'self' blob:`).
import { setWorkerUrl } from 'maplibre-gl';
import MAPLIBRE_WORKER_URL from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

/** True when a worker at `workerUrl` cannot be started directly by a page of origin `pageOrigin`. */
export function needsBlobWorker(workerUrl: string, pageOrigin: string, base: string): boolean {
  if (pageOrigin === 'null') return true;
  try {
    return new URL(workerUrl, base).origin !== pageOrigin;
  } catch {
    return false;
  }
}

/**
 * The module worker as a classic script: its one trailing `export {…}` removed (it imports nothing and does
 * not use import.meta), or null when the text is not of that shape.
 */
export function asClassicScript(source: string): string | null {
  const tail = /;?\s*export\s*\{[^}]*\}\s*;?\s*(\/\/# sourceMappingURL=\S*\s*)?$/;
  if (!tail.test(source) || source.includes('import.meta') || /(^|[;\n])\s*import\s*[\w{*"']/.test(source)) return null;
  return `${source.replace(tail, ';')}\n`;
}

let blobUrl: Promise<string> | null = null;

/**
 * The worker's text. The dev server (`npm start`) serves the file transformed as one of its modules (an
 * import of /@vite/client added, its dynamic imports rewritten), which no blob: worker can run: there the
 * text is read untouched through Vite's `?raw` import (left out of the build, where the file is served as is).
 * "Served by the dev server" is `import.meta.hot` (which the build makes undefined), not `import.meta.env.DEV`:
 * a shell with NODE_ENV=production (many servers and containers) runs the dev server with DEV false.
 */
async function sourceOf(url: string): Promise<string> {
  if (import.meta.hot && url === new URL(MAPLIBRE_WORKER_URL, document.baseURI).href) {
    const raw: unknown = (await import('maplibre-gl/dist/maplibre-gl-worker.mjs?raw')).default;
    // A dev server that may not serve the file (server.fs.allow) answers with the module itself, not its text.
    if (typeof raw !== 'string') throw new Error(`${url}: the dev server gave no text for ?raw (is the folder in server.fs.allow?)`);
    return raw;
  }
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.text();
}

async function blobOf(url: string, opaque: boolean): Promise<string> {
  const text = await sourceOf(url);
  // With an opaque origin MapLibre copies a module worker into a data: URL, which the CSP refuses; a classic
  // one (a URL it reads as ".cjs") it starts as given.
  const classic = opaque ? asClassicScript(text) : null;
  const blob = URL.createObjectURL(new Blob([classic ?? text], { type: 'text/javascript' }));
  return classic ? `${blob}#.cjs` : blob;
}

/** Points MapLibre at a worker this page may start: `workerUrl` itself, or a blob: copy of it. */
export async function useReachableWorker(workerUrl: string = MAPLIBRE_WORKER_URL, win: Window = window): Promise<void> {
  const absolute = new URL(workerUrl, win.document.baseURI).href;
  if (!needsBlobWorker(absolute, win.origin, win.document.baseURI)) return setWorkerUrl(absolute);
  blobUrl ??= blobOf(absolute, win.origin === 'null');
  setWorkerUrl(await blobUrl);
}
