// `npm start` watches the articles: a Vite dev server with the data-watch plugin over a temporary folder,
// the page's reload heard as the message the server sends its pages.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { isInside, runCommand, serialRunner, watchData } from '../../src/dev/data-watch.ts';

const ROOT = resolve(import.meta.dirname, '../..');
let server: ViteDevServer | undefined;
let tmp = '';

afterEach(async () => {
  await server?.close();
  server = undefined;
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** A dev server over a temporary root with `articles/` in it; what it sends its pages is recorded. */
async function devServer(rebuild: () => Promise<void>): Promise<{ articles: string; sent: Array<{ type: string; err?: { message: string } }>; idle(): Promise<void> }> {
  tmp = mkdtempSync(join(tmpdir(), 'cm-watch-'));
  const articles = join(tmp, 'articles');
  mkdirSync(articles);
  server = await createServer({ root: tmp, configFile: false, logLevel: 'silent', server: { middlewareMode: true, ws: false } });
  const sent: Array<{ type: string; err?: { message: string } }> = [];
  server.ws.send = ((payload: { type: string }) => void sent.push(payload)) as typeof server.ws.send;
  const watch = watchData(server, { dirs: ['articles'], rebuild, debounceMs: 100 });
  // The watcher is ready once it has scanned the folder.
  await new Promise<void>((ok) => (server!.watcher.once('ready', ok), setTimeout(ok, 1000)));
  return { articles, sent, idle: watch.idle };
}

const until = async (ok: () => boolean, ms = 20_000): Promise<void> => {
  const end = Date.now() + ms;
  while (!ok() && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
};

const ARTICLE = `---
title: "Shelling in Hama"
outlet: Test Wire
published: 2011-08-06
language: en
---
Syrian tanks shelled the city of Hama on Friday, killing 12 people, activists said.
`;

describe('npm start watches the articles', () => {
  it('rebuilds the events with the real build when an article is added, then reloads the page', async () => {
    const out = () => join(tmp, 'events.geojson');
    const w = await devServer(() => runCommand(process.execPath, ['bin/conflict-map.js', 'build', join(tmp, 'articles'), '-o', out(), '--if-stale', '-q'], ROOT));
    writeFileSync(join(w.articles, 'hama.md'), ARTICLE);
    await until(() => w.sent.length > 0, 60_000);
    await w.idle();
    expect(w.sent.map((p) => p.type)).toEqual(['full-reload']);
    const events = JSON.parse(readFileSync(out(), 'utf8')) as { features: Array<{ properties: { place: { name: string } } }> };
    expect(events.features.map((f) => f.properties.place.name)).toContain('Hama');
  }, 90_000);

  it('shows a failed build in the page and does not reload it', async () => {
    const w = await devServer(() => Promise.reject(new Error('articles/bad.md: no front matter')));
    writeFileSync(join(w.articles, 'bad.md'), 'no front matter');
    await until(() => w.sent.length > 0);
    expect(w.sent).toHaveLength(1);
    expect(w.sent[0]?.type).toBe('error');
    expect(w.sent[0]?.err?.message).toBe('The events could not be rebuilt: articles/bad.md: no front matter');
  });

  it('ignores files outside the watched folders', async () => {
    let builds = 0;
    const w = await devServer(async () => void (builds += 1));
    writeFileSync(join(tmp, 'notes.md'), ARTICLE);
    await new Promise((r) => setTimeout(r, 600));
    expect(builds).toBe(0);
    expect(w.sent).toEqual([]);
  });
});

describe('the watch helpers', () => {
  it('makes one build of several changes in a row, and one more for a change during a build', async () => {
    let builds = 0;
    let release: () => void = () => {};
    const outcomes: Array<Error | null> = [];
    const runner = serialRunner(
      async () => {
        builds += 1;
        if (builds === 1) await new Promise<void>((r) => (release = r));
      },
      20,
      (err) => outcomes.push(err),
    );
    for (let i = 0; i < 3; i++) runner.trigger();
    await until(() => builds === 1);
    runner.trigger(); // a change while the first build runs
    runner.trigger();
    await new Promise((r) => setTimeout(r, 100));
    expect(builds).toBe(1);
    release();
    await until(() => builds === 2);
    await runner.idle();
    expect(builds).toBe(2);
    expect(outcomes).toEqual([null, null]);
  });
  it('counts a file as inside a folder only below it, not beside it with the same prefix', () => {
    expect(isInside('/d/articles/a.md', ['/d/articles'])).toBe(true);
    expect(isInside('/d/articles-old/a.md', ['/d/articles'])).toBe(false);
  });
  it('a command that fails rejects with its stderr', async () => {
    await expect(runCommand(process.execPath, ['-e', 'console.error("bad input"); process.exit(3)'], ROOT)).rejects.toThrow(/exited with 3:\nbad input/);
  });
});
