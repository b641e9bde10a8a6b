// A tiny static file server for the benchmark and the GPU e2e test: serves `root`, plus extra
// directories mounted under URL prefixes (e.g. the generated data). No compression, exact Content-Length.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.svg': 'image/svg+xml',
  '.ttf': 'font/ttf',
  '.png': 'image/png',
  '.bin': 'application/octet-stream',
};

/** Starts serving; resolves to { url, close }. mounts: { '/data/': '/abs/dir' }. */
export function serveStatic(root, mounts = {}, port = 0) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let base = resolve(root);
    let rel = path;
    for (const [prefix, dir] of Object.entries(mounts))
      if (path.startsWith(prefix)) {
        base = resolve(dir);
        rel = path.slice(prefix.length - 1);
        break;
      }
    let file = normalize(join(base, rel));
    if (!file.startsWith(base)) return void res.writeHead(403).end();
    let st;
    try {
      st = statSync(file);
      if (st.isDirectory()) {
        file = join(file, 'index.html');
        st = statSync(file);
      }
    } catch {
      return void res.writeHead(404).end('not found');
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': st.size,
      'cache-control': 'no-store',
    });
    if (req.method === 'HEAD') return void res.end();
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) =>
    server.listen(port, '127.0.0.1', () => {
      const addr = server.address();
      ok({ url: `http://127.0.0.1:${addr.port}/`, close: () => new Promise((done) => server.close(() => done())) });
    }),
  );
}
