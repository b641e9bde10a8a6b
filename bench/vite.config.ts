// Builds the benchmark page (bench/page/bench.html) into bench/dist. Separate from the app's config.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  root: resolve(import.meta.dirname, 'page'),
  base: './',
  logLevel: 'warn',
  build: {
    outDir: resolve(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 3000,
    rollupOptions: { input: resolve(import.meta.dirname, 'page/bench.html') },
  },
});
