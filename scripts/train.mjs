#!/usr/bin/env node
// Fits the incident model (src/pipeline/incidents/model.json) on the dev corpora in ../shared, reproducibly:
// every candidate event the reading proposes is labelled by whether it matches a gold event (the scorers'
// matching rules: same place or within 10 km, dates overlapping ±1 day; for ACLED notes within 25 km of the
// coders' point), and a logistic regression learns which candidates are incidents of their own.
//   npm run train            fit on every dev set and write the weights
//   npm run train -- --cv    also leave-one-conflict-out: each conflict's documents are selected by a model
//                            fitted without them, scored with the shared scorers; figures go to .eval/cv.json
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { register } from 'tsx/esm/api';
import { loadSets, SHARED } from './eval-sets.mjs';

register();
const { loadGazetteer } = await import('../src/pipeline/gazetteer/load.ts');
const { processArticle } = await import('../src/pipeline/article-pipeline.ts');
const { analyse } = await import('../src/pipeline/nlp/analyse.ts');
const { candidateFeatures, FEATURE_NAMES } = await import('../src/pipeline/incidents/features.ts');
const { fitLogistic, probability } = await import('../src/pipeline/incidents/logistic.ts');
const { EVENT_TYPES, TYPE_FEATURE_NAMES, typeFeatures } = await import('../src/pipeline/incidents/type-features.ts');
const { retype } = await import('../src/pipeline/incidents/select.ts');
const { fillTollsOfOne } = await import('../src/pipeline/incidents/toll-of-one.ts');
const { fillPerfectDates } = await import('../src/pipeline/incidents/perfect-dates.ts');
const { toArticle: articleOf } = await import('../src/pipeline/article.ts');
const toArticle = (d) => { const a = articleOf(d, d.text, String(d.id)); if (typeof a === 'string') throw new Error(`${d.id}: ${a}`); return a; };

const cv = process.argv.includes('--cv');
const gazetteer = await loadGazetteer();
const R = 6371.0088, rad = (d) => (d * Math.PI) / 180;
const km = (a, b) => 2 * R * Math.asin(Math.min(1, Math.sqrt(Math.sin(rad(b.lat - a.lat) / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lon - a.lon) / 2) ** 2)));
const day = (s) => (s ? Date.parse(`${s}T00:00:00Z`) / 864e5 : null);
const pt = (f) => ({ lon: f.geometry.coordinates[0], lat: f.geometry.coordinates[1] });

function sameNewsEvent(g, f) {
  const loc = g.location ?? {}, p = f.properties, place = p.place ?? {};
  let where = false;
  if (loc.geonameid != null && loc.lat != null) where = Number(place.geonameid) === Number(loc.geonameid) || (p.geo_precision === 'place' && km(pt(f), loc) <= 10);
  else if (loc.admin1) where = place.admin1 === loc.admin1;
  else if (loc.country) where = place.country === loc.country && p.geo_precision === 'country';
  else if (loc.country_code) where = place.country === loc.country_code;
  if (!where) return false;
  const ps = day(p.date_start), pe = day(p.date_end ?? p.date_start), gs = day(g.date_start), ge = day(g.date_end ?? g.date_start);
  if (gs == null) return ps == null || pe == null || ge == null || pe <= ge + 1;
  return ps != null && ps <= ge + 1 && gs <= (pe ?? ps) + 1;
}

function sameAcledEvent(doc, f) {
  const G = doc.gold;
  const points = [G, ...(G.siblings ?? [])].filter((s) => Number.isFinite(s.lat));
  const p = f.properties, ds = p.date_start, de = p.date_end ?? p.date_start;
  return points.some((s) => km(pt(f), s) <= 25) && ds != null && ds <= G.date && G.date <= de;
}

// Candidates and their features, once (they do not depend on the model).
const sets = loadSets().filter((s) => s.name !== 'seed');
const docs = [];
for (const set of sets) {
  for (const d of set.docs) {
    const article = toArticle(d);
    const { events } = processArticle(article, gazetteer, { model: null });
    const ctx = { article, analysis: analyse(article.text), candidates: events };
    const rows = events.map((e, i) => {
      const gold = set.kind === 'acled' ? (sameAcledEvent(d, e) ? d.gold : null) : (d.events ?? []).find((g) => sameNewsEvent(g, e));
      // The type is learned from every candidate of a note (one note, one act) and from the matched ones of news.
      const type = set.kind === 'acled' ? d.gold.event_type : gold?.type ?? null;
      return { event: e, x: candidateFeatures(i, ctx), y: +!!gold, tx: typeFeatures(e, ctx.analysis), type };
    });
    docs.push({ set: set.name, id: d.id, conflict: d.conflict, rows, analysis: ctx.analysis });
  }
}

// Each set weighs the same in the fit, whatever its number of candidates.
function fit(train) {
  const X = [], y = [];
  const perSet = new Map();
  for (const d of train) perSet.set(d.set, (perSet.get(d.set) ?? 0) + d.rows.length);
  for (const d of train) {
    const copies = Math.max(1, Math.round(1000 / (perSet.get(d.set) ?? 1)));
    for (const r of d.rows) for (let k = 0; k < copies; k++) { X.push(r.x); y.push(r.y); }
  }
  const weights = fitLogistic(X, y, { l2: 0.01, steps: 1500, rate: 0.5 });
  const TX = [], TY = [];
  for (const d of train) {
    const copies = Math.max(1, Math.round(1000 / (perSet.get(d.set) ?? 1)));
    for (const r of d.rows) if (r.type) for (let k = 0; k < copies; k++) { TX.push(r.tx); TY.push(r.type); }
  }
  const types = { features: TYPE_FEATURE_NAMES, weights: EVENT_TYPES.map((t) => fitLogistic(TX, TY.map((y) => +(y === t)), { l2: 0.01, steps: 1000, rate: 0.5 })) };
  return { weights, threshold: bestThreshold(train, weights), types };
}

const select = (d, weights, threshold) => {
  const p = d.rows.map((r) => probability(weights, r.x));
  const best = p.indexOf(Math.max(...p));
  return d.rows.filter((_, i) => p[i] >= threshold || i === best);
};
const selectEvents = (d, m, threshold, margin) => fillPerfectDates(fillTollsOfOne(retype(select(d, m.weights, threshold).map((r) => r.event), d.analysis, { ...m, threshold, types: { ...m.types, margin } }), d.analysis), d.analysis);

/** The threshold with the best mean F1 of candidates over the sets (ACLED: rows found and events per row). */
function bestThreshold(train, weights) {
  let best = 0, bestF = -1;
  for (let t = 0; t <= 0.5001; t += 0.025) {
    const bySet = new Map();
    for (const d of train) {
      const s = bySet.get(d.set) ?? { tp: 0, pred: 0, pos: 0 };
      const kept = select(d, weights, t);
      s.tp += kept.filter((r) => r.y).length; s.pred += kept.length; s.pos += d.rows.filter((r) => r.y).length;
      bySet.set(d.set, s);
    }
    const f = [...bySet.values()].map((s) => (s.tp ? (2 * s.tp) / (s.pred + s.pos) : 0)).reduce((a, b) => a + b, 0) / bySet.size;
    if (f > bestF + 1e-9) { bestF = f; best = t; }
  }
  return Math.round(best * 100) / 100;
}

const model = fit(docs);
const r4 = (w) => Math.round(w * 1e4) / 1e4;
const saveModel = (threshold, margin = null) => writeFileSync('src/pipeline/incidents/model.json', `${JSON.stringify({ features: FEATURE_NAMES, weights: model.weights.map(r4), threshold, types: { features: TYPE_FEATURE_NAMES, weights: model.types.weights.map((w) => w.map(r4)), margin }, trained_on: sets.map((s) => s.name), candidates: docs.reduce((n, d) => n + d.rows.length, 0) }, null, 1)}\n`);
saveModel(model.threshold);
console.log(`model: ${docs.length} documents, ${docs.reduce((n, d) => n + d.rows.length, 0)} candidates, threshold ${model.threshold}`);
for (const [i, name] of FEATURE_NAMES.entries()) console.log(`  ${name.padEnd(36)} ${model.weights[i].toFixed(3)}`);

if (cv) {
  mkdirSync('.eval/cv', { recursive: true });
  const conflicts = [...new Set(docs.map((d) => d.conflict))];
  const folds = conflicts.map((c) => ({ c, m: fit(docs.filter((d) => d.conflict !== c)) }));
  const f = (x) => (typeof x === 'number' ? x.toFixed(3) : x);
  // Each held-out conflict is selected by its fold's model, at the fold's own threshold ('fold') or at a common
  // one; the common threshold and type margin with the best cross-validated mean are kept.
  const runs = [];
  // A margin of null (JSON for Infinity) never lets the type model overrule the trigger.
  const grid = [0, 0.3, 0.4, 0.5, 0.6, 0.7].flatMap((t) => [0, 0.2, 0.4, null].map((margin) => ({ t, margin })));
  for (const { t, margin } of grid) {
    const preds = new Map(sets.map((s) => [s.name, new Map()]));
    for (const { c, m } of folds) for (const d of docs.filter((x) => x.conflict === c)) preds.get(d.set).set(d.id, selectEvents(d, m, t, margin ?? Infinity));
    const figures = {};
    for (const set of sets) {
      const out = join('.eval/cv', `${set.name}.pred.jsonl`);
      writeFileSync(out, set.docs.map((d) => JSON.stringify({ id: d.id, events: preds.get(set.name).get(d.id) ?? [] })).join('\n') + '\n');
      const script = set.kind === 'acled' ? 'score-acled.mjs' : 'score-events.mjs';
      const r = JSON.parse(execFileSync('node', [join(SHARED, 'eval', script), set.gold, out, '--json'], { maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] }).toString());
      figures[set.name] = set.kind === 'acled' ? r.overall : r;
    }
    // The mean over the sets of (events found and placed, type right): news F1 and type accuracy, ACLED
    // rows within 25 km and type.
    const mean = sets.map((s) => { const r = figures[s.name]; return s.kind === 'acled' ? (r.loc25 + r.type) / 200 : (r.f1 + r.typeAcc) / 2; }).reduce((a, b) => a + b, 0) / sets.length;
    const summary = sets.map((s) => {
      const r = figures[s.name];
      return s.kind === 'acled'
        ? `${s.name} found ${r.recall} ≤25km ${r.loc25} type ${r.type} date ${r.date} deaths ${r.deaths_rows_exact} phantom ${r.phantom} ev/row ${r.events_per_row}`
        : `${s.name} P ${f(r.precision)} R ${f(r.recall)} F1 ${f(r.f1)} type ${f(r.typeAcc)} dates ${f(r.datesExact)} fatal ${f(r.fatalitiesExact)} tollR ${f(r.tollRecall)}`;
    }).join(' · ');
    console.log(`\nleave-one-conflict-out, threshold ${t}, type margin ${margin ?? 'never'} (${conflicts.length} folds; mean ${mean.toFixed(3)}): ${summary}`);
    runs.push({ t, margin, mean, summary, figures });
  }
  const chosen = runs.reduce((a, b) => (b.mean > a.mean + 1e-9 ? b : a));
  saveModel(chosen.t, chosen.margin);
  console.log(`\nthreshold ${chosen.t}, type margin ${chosen.margin ?? 'never'} kept (best cross-validated mean)`);
  writeFileSync('.eval/cv.json', `${JSON.stringify({ when: new Date().toISOString().slice(0, 16), folds: conflicts.length, threshold: chosen.t, margin: chosen.margin, summary: chosen.summary, runs }, null, 1)}\n`);
}
