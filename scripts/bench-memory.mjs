#!/usr/bin/env node
// Wall time, articles per second and peak memory (max RSS of the whole process, worker threads included)
// of `conflict-map build` and `conflict-map extract` on the seeded corpus of scripts/bench-corpus.mjs.
// Usage: node scripts/bench-memory.mjs [--articles 100000] [--workers 1,2] [--commands build,extract] [--json]
// The corpus is written once to the temp dir and reused; outputs go to the temp dir too.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, openSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { corpusLines } from './bench-corpus.mjs';

const ROOT = resolve(import.meta.dirname, '..');

/** Runs the CLI in a child that reports its own peak RSS (getrusage: every thread of the process). */
function runCli(dir, args, { stdin } = {}) {
  // A file, not -e: worker threads inherit the parent's exec arguments.
  const probe = join(dir, 'probe.mjs');
  writeFileSync(probe, `process.on('exit', () => process.stderr.write('\\n@@maxrss ' + process.resourceUsage().maxRSS + '\\n'));
await import(${JSON.stringify(join(ROOT, 'bin/conflict-map.js'))});
`);
  return new Promise((ok, no) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [probe, ...args], {
      cwd: ROOT,
      stdio: [stdin ? openSync(stdin, 'r') : 'ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => {
      const ms = performance.now() - t0;
      const rss = Number(/@@maxrss (\d+)/.exec(err)?.[1] ?? NaN) * 1024;
      if (code !== 0) no(new Error(`conflict-map ${args.join(' ')} exited ${code}: ${err.slice(-500)}`));
      else ok({ ms, rss, summary: err.split('\n').find((l) => l.includes(' events from ')) ?? '' });
    });
  });
}

async function ensureCorpus(articles) {
  const dir = join(tmpdir(), 'conflict-map-bench', 'memory');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `corpus-${articles}.jsonl`);
  if (existsSync(path)) return { dir, path };
  const tmp = `${path}.${process.pid}.tmp`;
  const out = createWriteStream(tmp);
  for (const line of corpusLines(articles)) if (!out.write(`${line}\n`)) await new Promise((r) => out.once('drain', r));
  await new Promise((r) => out.end(r));
  renameSync(tmp, path);
  return { dir, path };
}

export async function benchMemory({ articles = 100_000, workers = [1, 2], commands = ['build', 'extract'], log = () => {} } = {}) {
  const { dir, path } = await ensureCorpus(articles);
  // The gazetteer index is built once beforehand, so no run measures building it.
  await runCli(dir, ['gazetteer']);
  const rows = [];
  for (const command of commands) {
    for (const w of workers) {
      const r = command === 'build'
        ? await runCli(dir, ['build', path, '-o', join(dir, `out-${articles}-w${w}.geojson`), '--workers', String(w)])
        : await runCli(dir, ['extract', '--workers', String(w)], { stdin: path });
      const row = { command, articles, workers: w, wall_s: r.ms / 1000, articles_per_s: (articles * 1000) / r.ms, max_rss_mib: r.rss / 2 ** 20 };
      rows.push(row);
      log(`${command} ${articles} articles, ${w} worker${w > 1 ? 's' : ''}: ${row.wall_s.toFixed(1)} s, ${Math.round(row.articles_per_s)} articles/s, max RSS ${Math.round(row.max_rss_mib)} MiB${r.summary ? `\n  ${r.summary}` : ''}`);
    }
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { articles: { type: 'string', default: '100000' }, workers: { type: 'string', default: '1,2' }, commands: { type: 'string', default: 'build,extract' }, json: { type: 'boolean' } },
  });
  const rows = await benchMemory({
    articles: Number(values.articles),
    workers: values.workers.split(',').map(Number),
    commands: values.commands.split(','),
    log: (s) => console.error(s),
  });
  if (values.json) console.log(JSON.stringify(rows));
}
