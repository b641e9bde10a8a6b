#!/usr/bin/env node
// Runs the geoparser over the shared gold sets and scores it with the shared scorer.
// usage: node scripts/eval-geoparse.mjs [GOLD.jsonl ...] [--errors]   (default: GeoWebNews and TR-News)
// Predictions go to .eval/<name>.pred.jsonl; --errors also writes .eval/<name>.errors.txt (misses, false
// alarms and resolutions > 161 km) for iterating on quality.
import { register } from 'tsx/esm/api';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

register();
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '..', 'shared', 'eval');
const args = process.argv.slice(2);
const wantErrors = args.includes('--errors');
const golds = args.filter((a) => !a.startsWith('--'));
if (!golds.length) golds.push(join(shared, 'geoparse', 'geowebnews.jsonl'), join(shared, 'geoparse', 'trnews.jsonl'));
const scorer = join(shared, 'score-geoparse.mjs');

const { loadGazetteer } = await import(join(root, 'src/pipeline/gazetteer/load.ts'));
const { geoparse } = await import(join(root, 'src/pipeline/geoparse.ts'));
let t = performance.now();
const gazetteer = await loadGazetteer();
console.log(`gazetteer loaded in ${(performance.now() - t).toFixed(0)} ms (${gazetteer.size} entries)`);
mkdirSync(join(root, '.eval'), { recursive: true });

const km = (a, b) => {
  const r = (d) => (d * Math.PI) / 180;
  const h = Math.sin(r(b.lat - a.lat) / 2) ** 2 + Math.cos(r(a.lat)) * Math.cos(r(b.lat)) * Math.sin(r(b.lon - a.lon) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
};

for (const gold of golds) {
  if (!existsSync(gold)) { console.log(`missing ${gold}`); continue; }
  const name = basename(gold).replace(/\.jsonl?$/, '');
  const docs = readFileSync(gold, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  t = performance.now();
  const preds = docs.map((d) => ({ id: d.id, toponyms: geoparse(d.text, { gazetteer, published: d.published }) }));
  const ms = performance.now() - t;
  const out = join(root, '.eval', `${name}.pred.jsonl`);
  writeFileSync(out, preds.map((p) => JSON.stringify(p)).join('\n') + '\n');
  console.log(`\n== ${name}: ${docs.length} docs in ${ms.toFixed(0)} ms (${((docs.length * 1000) / ms).toFixed(0)} docs/s, ${(docs.reduce((s, d) => s + d.text.length, 0) / 1000 / (ms / 1000) / 1000).toFixed(1)} MB/s)`);
  console.log(execFileSync('node', [scorer, gold, out], { encoding: 'utf8' }).trim());
  if (wantErrors) writeErrors(docs, preds, join(root, '.eval', `${name}.errors.txt`));
}

function writeErrors(docs, preds, path) {
  const lines = [];
  docs.forEach((d, i) => {
    const ps = preds[i].toponyms;
    const used = new Set();
    for (const g of d.toponyms) {
      const k = ps.findIndex((p, j) => !used.has(j) && Math.min(g.end, p.end) > Math.max(g.start, p.start));
      const ctx = d.text.slice(Math.max(0, g.start - 40), g.end + 40).replace(/\s+/g, ' ');
      if (k < 0) { lines.push(`MISS\t${g.name}\t${d.id}\t…${ctx}…`); continue; }
      used.add(k);
      const p = ps[k];
      if (typeof g.lat !== 'number') continue;
      const e = km(g, p);
      const inB = p.bbox && p.kind !== 'place' && g.lat >= p.bbox[1] && g.lat <= p.bbox[3] && (p.bbox[0] <= p.bbox[2] ? g.lon >= p.bbox[0] && g.lon <= p.bbox[2] : g.lon >= p.bbox[0] || g.lon <= p.bbox[2]);
      if (e > 161 && !inB) lines.push(`FAR\t${g.name}\t${Math.round(e)}km\tgold ${g.lat},${g.lon} ${g.geonameid ?? ''}\tpred ${p.name} ${p.kind} ${p.country} ${p.geonameid} ${p.lat},${p.lon}\t${d.id}\t…${ctx}…`);
    }
    ps.forEach((p, j) => {
      if (used.has(j)) return;
      const ctx = d.text.slice(Math.max(0, p.start - 40), p.end + 40).replace(/\s+/g, ' ');
      lines.push(`FP\t${p.name}\t${p.kind} ${p.country} ${p.geonameid}\t${d.id}\t…${ctx}…`);
    });
  });
  writeFileSync(path, lines.sort().join('\n') + '\n');
  console.log(`errors: ${path}`);
}
