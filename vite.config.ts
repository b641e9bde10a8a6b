import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defaultAllowedOrigins, defineConfig, searchForWorkspaceRoot, type Plugin } from 'vite';
import { EMBED_SANDBOX } from './src/app/embed/snippet.ts';
import { dataWatch, runCommand } from './src/dev/data-watch.ts';

// The Content-Security-Policy of the app and the embed: scripts, styles, fonts, data and workers from the
// page's own origin only (workers may also be blob: URLs), no eval, no plugins, no inline scripts.
export const CSP_DIRECTIVES: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self'",
  // Style attributes set from script are allowed by CSSOM; inline <style> is not needed in the build.
  'style-src': "'self'",
  'img-src': "'self' data: blob:",
  'font-src': "'self' data:",
  'connect-src': "'self' data: blob:",
  'worker-src': "'self' blob:",
  'child-src': "'self' blob:",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
};

/** The policy as one header value; `forMeta` leaves out what a <meta> tag may not carry. */
export function cspValue(forMeta = false): string {
  return Object.entries(CSP_DIRECTIVES)
    .filter(([k]) => !(forMeta && k === 'frame-ancestors'))
    .map(([k, v]) => `${k} ${v}`)
    .join('; ');
}

/** Puts the Content-Security-Policy into the built HTML (not the dev server's, whose HMR needs inline styles). */
function cspMeta(): Plugin {
  return {
    name: 'conflict-map-csp',
    apply: 'build',
    transformIndexHtml: (html) => html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${cspValue(true)}" />`),
  };
}

/**
 * oEmbed and Open Graph, generated at build time. The site's public address comes from CONFLICT_MAP_URL
 * (default: the local preview server), since an oEmbed answer and og:url must be absolute.
 */
function oembed(): Plugin {
  const site = (process.env.CONFLICT_MAP_URL ?? 'http://127.0.0.1:4173/').replace(/\/?$/, '/');
  const title = 'Conflict Map: reported violence, by place and day';
  return {
    name: 'conflict-map-oembed',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace('</head>', [
        `    <meta property="og:type" content="website" />`,
        `    <meta property="og:title" content="${title}" />`,
        `    <meta property="og:description" content="Armed conflict events reported in news articles, on a map and a timeline." />`,
        `    <meta property="og:url" content="${site}" />`,
        `    <link rel="alternate" type="application/json+oembed" href="${site}oembed.json" title="${title}" />`,
        '  </head>',
      ].join('\n')),
    generateBundle() {
      const html = `<iframe data-conflict-map src="${site}embed.html" title="Conflict Map" sandbox="${EMBED_SANDBOX}" style="width:100%;height:640px;border:0" loading="lazy"></iframe><script src="${site}embed-loader.js" async></script>`;
      this.emitFile({
        type: 'asset',
        fileName: 'oembed.json',
        source: `${JSON.stringify({ version: '1.0', type: 'rich', title, provider_name: 'Conflict Map', provider_url: site, html, width: 800, height: 640 }, null, 2)}\n`,
      });
    },
  };
}

/**
 * The static image for the embed code's <noscript> (embed-fallback.png): the events on the basemap, drawn by
 * scripts/fallback-png.mjs without a browser (SVG rasterised by resvg's WebAssembly build).
 */
function fallbackImage(): Plugin {
  return {
    name: 'conflict-map-fallback-png',
    apply: 'build',
    async generateBundle() {
      const events = resolve(import.meta.dirname, 'public/data/events.geojson');
      if (!existsSync(events)) return this.warn('embed-fallback.png not made: public/data/events.geojson is missing (npm run data)');
      const script = pathToFileURL(resolve(import.meta.dirname, 'scripts/fallback-png.mjs')).href;
      const { fallbackPng } = (await import(script)) as { fallbackPng: (c: unknown) => Promise<Uint8Array> };
      this.emitFile({ type: 'asset', fileName: 'embed-fallback.png', source: await fallbackPng(JSON.parse(readFileSync(events, 'utf8'))) });
    },
  };
}

/**
 * The folders the dev server may serve files from: the workspace (Vite's default) and MapLibre's dist/ where it
 * really lies. The embed reads the worker through `?raw` (src/app/embed/worker-url.ts), which Vite serves only
 * from allowed folders; a node_modules that is a link to elsewhere (a git worktree's, a shared install) puts
 * the worker outside the workspace, and the dev server then answers with the file itself, not its text.
 */
export function servedFolders(root: string): string[] {
  const folders = [searchForWorkspaceRoot(root)];
  const maplibre = resolve(root, 'node_modules/maplibre-gl/dist');
  if (existsSync(maplibre)) folders.push(realpathSync(maplibre));
  return folders;
}

// The app is served from any sub-path (base './'), so that dist/ can be dropped anywhere or embedded.
export default defineConfig({
  base: './',
  // Under `npm start`, a file added to or changed in data/articles rebuilds the events (`npm run data`) and
  // reloads the page (src/dev/data-watch.ts).
  plugins: [cspMeta(), oembed(), fallbackImage(), dataWatch({ dirs: ['data/articles'], rebuild: () => runCommand('npm', ['run', '--silent', 'data'], import.meta.dirname) })],
  build: {
    rollupOptions: { input: { main: 'index.html', embed: 'embed.html', scrolly: 'examples/scrolly.html' } },
    outDir: 'dist',
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    assetsInlineLimit: 0,
  },
  // The dev server answers the local origins (Vite's default) and also "null": the embed code's iframe is
  // sandboxed without allow-same-origin, so under `npm start` its modules, data, font and worker are requested
  // from an opaque origin and would otherwise be refused. The server listens on 127.0.0.1 only.
  server: { host: '127.0.0.1', cors: { origin: [defaultAllowedOrigins, 'null'] }, fs: { allow: servedFolders(import.meta.dirname) } },
  // CORS for every file: an embed in `sandbox="allow-scripts"` has an opaque origin, so its own scripts,
  // data, font and worker are cross-origin fetches (see README, "Embedding": the same header in production).
  preview: { host: '127.0.0.1', headers: { 'Content-Security-Policy': cspValue(), 'Access-Control-Allow-Origin': '*' } },
});
