#!/usr/bin/env node
// Scores event extraction on every dev set in ../shared, side by side (only the eval:* scripts read it):
// syria-2011-dev, world-dev and the seed with score-events.mjs, acled-dev with score-acled.mjs. With a trained
// model (src/pipeline/events/model/weights.json) it also prints the leave-one-conflict-out figures that
// `npm run train -- --cv` wrote to .eval/cv.json, so the figure you watch estimates text you have not seen.
// Usage: npm run eval:events [-- --verbose] [-- --set world]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSets, SHARED } from './eval-sets.mjs';

const argv = process.argv.slice(2);
const verbose = argv.includes('--verbose');
const only = argv.includes('--set') ? argv[argv.indexOf('--set') + 1] : null;
if (!existsSync(join(SHARED, 'corpus'))) {
  console.error(`eval:events needs ${SHARED}/corpus (the shared dev corpora); it is not part of the project.`);
  process.exit(2);
}
mkdirSync('.eval', { recursive: true });

function extract(name, jsonl) {
  writeFileSync(`.eval/${name}.jsonl`, jsonl);
  const t0 = performance.now();
  const pred = execFileSync('node', ['bin/conflict-map.js', 'extract'], { input: jsonl, maxBuffer: 1 << 28 });
  const ms = Math.round(performance.now() - t0);
  writeFileSync(`.eval/${name}.pred.jsonl`, pred);
  return ms;
}

const score = (script, gold, pred, extra = []) =>
  JSON.parse(execFileSync('node', [join(SHARED, 'eval', script), gold, pred, '--json', ...extra], { maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] }).toString());

const news = [];
let acled = null;
for (const set of loadSets()) {
  if (only && set.name !== only) continue;
  const ms = extract(set.name, set.jsonl);
  if (set.kind === 'acled') {
    acled = { name: set.name, ms, ...score('score-acled.mjs', set.gold, `.eval/${set.name}.pred.jsonl`).overall };
    if (verbose) execFileSync('node', [join(SHARED, 'eval/score-acled.mjs'), set.gold, `.eval/${set.name}.pred.jsonl`], { stdio: 'inherit' });
  } else {
    news.push({ name: set.name, ms, ...score('score-events.mjs', set.gold, `.eval/${set.name}.pred.jsonl`) });
    if (verbose) execFileSync('node', [join(SHARED, 'eval/score-events.mjs'), set.gold, `.eval/${set.name}.pred.jsonl`, '--verbose'], { stdio: 'inherit' });
  }
}

const f3 = (x) => (typeof x === 'number' ? x.toFixed(3) : '–');
const pad = (s, n) => String(s).padStart(n);
if (news.length) {
  console.log('\nnews (score-events.mjs)         docs  gold  pred    P      R      F1    type  dates  fatal  tollR phantom misplaced  ms');
  for (const r of news) {
    console.log(`  ${r.name.padEnd(28)} ${pad(r.docs, 5)} ${pad(r.goldEvents, 5)} ${pad(r.predEvents, 5)} ${pad(f3(r.precision), 6)} ${pad(f3(r.recall), 6)} ${pad(f3(r.f1), 6)} ${pad(f3(r.typeAcc), 6)} ${pad(f3(r.datesExact), 6)} ${pad(f3(r.fatalitiesExact), 6)} ${pad(f3(r.tollRecall), 6)} ${pad(r.phantomTolls, 7)} ${pad(r.misplacedEvents, 9)} ${pad(r.ms, 5)}`);
  }
}
if (news.length) console.log('  targets (news)                                        0.800         0.850  0.850  0.850  0.800       0         0');
if (acled) {
  const a = acled;
  console.log('\nACLED notes (score-acled.mjs)   rows  found  ≤25km country  type   date  deaths-exact(>0) phantom ev/row  ms');
  console.log(`  ${a.name.padEnd(28)} ${pad(a.rows, 5)} ${pad(a.recall, 6)} ${pad(a.loc25, 6)} ${pad(a.country, 6)} ${pad(a.type, 6)} ${pad(a.date, 6)} ${pad(a.deaths_rows_exact, 16)} ${pad(a.phantom, 7)} ${pad(a.events_per_row, 6)} ${pad(a.ms, 5)}`);
  console.log('  targets                            95.0   80.0   95.0   75.0   90.0             75.0     2.0    1.3');
}
if (existsSync('.eval/cv.json')) {
  const cv = JSON.parse(readFileSync('.eval/cv.json', 'utf8'));
  // The run at the committed model's threshold and type margin, when the grid holds it: that is what ships.
  const model = JSON.parse(readFileSync('src/pipeline/incidents/model.json', 'utf8'));
  const run = (cv.runs ?? []).find((r) => r.t === model.threshold && (r.margin ?? null) === (model.types?.margin ?? null));
  const at = run ? `threshold ${run.t}, type margin ${run.margin ?? 'never'}` : `its best threshold ${cv.threshold}, type margin ${cv.margin ?? 'never'}`;
  console.log(`\nleave-one-conflict-out (npm run train -- --cv, ${cv.when}; ${cv.folds} folds; ${at}): ${run?.summary ?? cv.summary}`);
}
