import { defineConfig } from 'vite';

// The app is served from any sub-path (base './'), so that dist/ can be dropped anywhere or embedded.
export default defineConfig({
  base: './',
  build: {
    outDir: 'dist',
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    assetsInlineLimit: 0,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
