import { defineConfig, type Plugin } from 'vite';
import { cspValue } from './src/build/csp.ts';

/** Puts the Content-Security-Policy into the built HTML (not the dev server's, whose HMR needs inline styles). */
function cspMeta(): Plugin {
  return {
    name: 'conflict-map-csp',
    apply: 'build',
    transformIndexHtml: (html) => html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${cspValue(true)}" />`),
  };
}

// The app is served from any sub-path (base './'), so that dist/ can be dropped anywhere or embedded.
export default defineConfig({
  base: './',
  plugins: [cspMeta()],
  build: {
    outDir: 'dist',
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    assetsInlineLimit: 0,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', headers: { 'Content-Security-Policy': cspValue() } },
});
