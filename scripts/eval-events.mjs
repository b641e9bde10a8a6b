#!/usr/bin/env node
// Scores event extraction on the dev corpus in ../shared (only the eval:* scripts read it).
// Usage: npm run eval:events [-- --verbose]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const shared = process.env.SHARED ?? '../shared';
const corpus = join(shared, 'corpus/syria-2011-dev');
if (!existsSync(corpus)) {
  console.error(`eval:events needs ${corpus} (the shared dev corpus); it is not part of the project.`);
  process.exit(2);
}
mkdirSync('.eval', { recursive: true });
const docs = readdirSync(corpus).filter((f) => f.endsWith('.json')).sort();
const seedGold = join(shared, 'seed/jpost-2011-08-06-syrian-army-defector.gold.json');
const lines = docs.map((f) => JSON.stringify(JSON.parse(readFileSync(join(corpus, f), 'utf8'))));
writeFileSync('.eval/dev.jsonl', `${lines.join('\n')}\n`);
const t0 = performance.now();
const pred = execFileSync('node', ['bin/conflict-map.js', 'extract'], { input: readFileSync('.eval/dev.jsonl'), maxBuffer: 1 << 28 });
console.log(`extract: ${docs.length} articles in ${Math.round(performance.now() - t0)} ms (including start-up)`);
writeFileSync('.eval/dev.pred.jsonl', pred);
execFileSync('node', [join(shared, 'eval/score-events.mjs'), corpus, '.eval/dev.pred.jsonl', ...process.argv.slice(2)], { stdio: 'inherit' });
if (existsSync(seedGold)) {
  const seed = JSON.parse(readFileSync(seedGold, 'utf8'));
  writeFileSync('.eval/seed.jsonl', `${JSON.stringify(seed)}\n`);
  const seedPred = execFileSync('node', ['bin/conflict-map.js', 'extract'], { input: readFileSync('.eval/seed.jsonl') });
  writeFileSync('.eval/seed.pred.jsonl', seedPred);
  console.log('\nseed:');
  execFileSync('node', [join(shared, 'eval/score-events.mjs'), join(shared, 'seed'), '.eval/seed.pred.jsonl', ...process.argv.slice(2)], { stdio: 'inherit' });
}
