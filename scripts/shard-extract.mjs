#!/usr/bin/env node
// Past one machine: `extract` is a stateless map step over JSONL shards. This script shows the path on one
// machine: split a JSONL corpus into N shards, run `conflict-map extract` on each shard as its own process
// (in a batch engine each would be a task on any worker), then merge the shard outputs back in input order.
// Usage: node scripts/shard-extract.mjs IN.jsonl OUT.jsonl [--shards 4] [--parallel 2]
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { shards: { type: 'string' }, parallel: { type: 'string' } } });
const [input, output] = positionals;
if (!input || !output) {
  console.error('usage: node scripts/shard-extract.mjs IN.jsonl OUT.jsonl [--shards 4] [--parallel 2]');
  process.exit(2);
}
const shards = Number(values.shards ?? 4);
const parallel = Number(values.parallel ?? 2);
const dir = mkdtempSync(join(tmpdir(), 'cm-shards-'));

// 1. Split: line i goes to shard i mod N, so every shard gets a fair share and order can be restored.
const writers = Array.from({ length: shards }, (_, i) => createWriteStream(join(dir, `in-${i}.jsonl`)));
let lines = 0;
for await (const line of createInterface({ input: createReadStream(input), crlfDelay: Infinity })) writers[lines++ % shards].write(`${line}\n`);
await Promise.all(writers.map((w) => new Promise((r) => w.end(r))));

// 2. Map: one stateless `extract` process per shard.
const run = (i) => new Promise((resolve, reject) => {
  const child = spawn(process.execPath, ['bin/conflict-map.js', 'extract'], { stdio: ['pipe', 'pipe', 'inherit'] });
  createReadStream(join(dir, `in-${i}.jsonl`)).pipe(child.stdin);
  child.stdout.pipe(createWriteStream(join(dir, `out-${i}.jsonl`)));
  child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`shard ${i} exited ${code}`))));
});
const t0 = performance.now();
for (let i = 0; i < shards; i += parallel) await Promise.all(Array.from({ length: Math.min(parallel, shards - i) }, (_, k) => run(i + k)));

// 3. Merge: interleave the shard outputs back into input order (each shard kept its own order).
const outs = Array.from({ length: shards }, (_, i) => readFileSync(join(dir, `out-${i}.jsonl`), 'utf8').split('\n').filter(Boolean));
const out = createWriteStream(output);
for (let n = 0; n < lines; n++) out.write(`${outs[n % shards][Math.floor(n / shards)]}\n`);
await new Promise((r) => out.end(r));
rmSync(dir, { recursive: true, force: true });
console.error(`${lines} lines in ${shards} shards (${parallel} at a time): ${Math.round(performance.now() - t0)} ms`);
