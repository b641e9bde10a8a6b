// The dev sets in ../shared, as extract input, with what each is scored by and the conflict each document
// belongs to (for leave-one-conflict-out cross-validation). Only the eval:* and train scripts import this.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SHARED = process.env.SHARED ?? '../shared';

const readDir = (dir) => readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));

/** The country of an article's events, as its gold gives it: the conflict it reports. */
function conflictOf(doc) {
  for (const e of doc.events ?? []) {
    const l = e.location ?? {};
    const c = l.country_code ?? l.country ?? (typeof l.admin1 === 'string' ? l.admin1.slice(0, 2) : null);
    if (c) return c;
  }
  return 'unknown';
}

/** Every dev set: {name, kind: 'news'|'acled', gold (path for the scorer), jsonl, docs: [{id, conflict, ...}]} */
export function loadSets() {
  const sets = [];
  for (const name of ['syria-2011-dev', 'world-dev']) {
    const dir = join(SHARED, 'corpus', name);
    const docs = readDir(dir);
    sets.push({ name, kind: 'news', gold: dir, docs: docs.map((d) => ({ ...d, conflict: name === 'syria-2011-dev' ? 'SY' : conflictOf(d) })), jsonl: docs.map((d) => JSON.stringify(d)).join('\n') + '\n' });
  }
  const acledPath = join(SHARED, 'corpus/acled-dev/acled-dev.jsonl');
  const acledLines = readFileSync(acledPath, 'utf8').split('\n').filter((l) => l.trim());
  const acled = acledLines.map((l) => JSON.parse(l));
  sets.push({ name: 'acled-dev', kind: 'acled', gold: acledPath, docs: acled.map((d) => ({ ...d, conflict: d.gold?.country_iso2 ?? 'unknown' })), jsonl: acledLines.join('\n') + '\n' });
  const seedDir = join(SHARED, 'seed');
  const seed = readdirSync(seedDir).filter((f) => f.endsWith('.gold.json')).map((f) => JSON.parse(readFileSync(join(seedDir, f), 'utf8')));
  sets.push({ name: 'seed', kind: 'news', gold: seedDir, docs: seed.map((d) => ({ ...d, conflict: 'SY' })), jsonl: seed.map((d) => JSON.stringify(d)).join('\n') + '\n' });
  return sets;
}
