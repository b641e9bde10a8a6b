// The <conflict-map> web component as a library (Vite library mode): dist/lib/conflict-map.js, its
// stylesheet conflict-map.css, and beside them the files it fetches at run time (MapLibre's worker, the
// basemap). `npm run build:lib`; `npm run build` runs it after the app's build, whose fonts/ and data/
// the element finds at ../fonts and ../data from the script.
import { copyFileSync, mkdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { defineConfig, type Plugin } from 'vite';

const require = createRequire(import.meta.url);

/**
 * Library mode inlines every `?url` import as a data: URL, which a strict CSP refuses for a worker and which
 * would put the 750 KB basemap into the script. Instead each such file is copied beside the script and the
 * import becomes its URL, resolved at run time against the script's own address.
 */
function filesBesideScript(outDir: () => string): Plugin {
  const files = new Map<string, string>();
  return {
    name: 'conflict-map-files-beside-script',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!source.endsWith('?url')) return null;
      const bare = source.slice(0, -'?url'.length);
      const resolved = await this.resolve(bare, importer, { skipSelf: true });
      const file = resolved?.id ?? require.resolve(bare);
      files.set(basename(file), file);
      return `\0beside:${basename(file)}.url.js`;
    },
    load(id) {
      if (!id.startsWith('\0beside:')) return null;
      const name = JSON.stringify(`./${id.slice('\0beside:'.length, -'.url.js'.length)}`);
      // Not a literal in new URL(…): the bundler would inline it again.
      return `const name = ${name};\nexport default new URL(name, import.meta.url).href;\n`;
    },
    writeBundle() {
      mkdirSync(outDir(), { recursive: true });
      for (const [name, file] of files) copyFileSync(file, resolve(outDir(), name));
    },
  };
}

let out = resolve(import.meta.dirname, 'dist/lib');

export default defineConfig({
  base: './',
  publicDir: false,
  plugins: [
    {
      name: 'conflict-map-lib-outdir',
      configResolved: (c) => void (out = c.build.outDir),
    },
    filesBesideScript(() => out),
  ],
  build: {
    outDir: 'dist/lib',
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2000,
    lib: {
      entry: resolve(import.meta.dirname, 'src/app/embed/lib.ts'),
      formats: ['es'],
      fileName: () => 'conflict-map.js',
      cssFileName: 'conflict-map',
    },
    rollupOptions: { output: { codeSplitting: false } },
  },
});
