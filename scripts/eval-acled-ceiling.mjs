#!/usr/bin/env node
// How far the bundled gazetteer lets ACLED's "nearest event within 25 km" go: for each note of acled-dev, is any
// gazetteer entry whose name is written in the note (every capitalised run of 1–4 words looked up, any entry of
// that name) within 25 km of the coders' point? Reads ../shared (an eval:* script). Usage: npm run eval:ceiling
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { register } from 'tsx/esm/api';
import { SHARED } from './eval-sets.mjs';

const file = join(SHARED, 'corpus/acled-dev/acled-dev.jsonl');
if (!existsSync(file)) {
  console.error(`eval:ceiling needs ${file} (the shared dev corpora); it is not part of the project.`);
  process.exit(2);
}
register();
const { loadGazetteer } = await import('../src/pipeline/gazetteer/load.ts');
const { km } = await import('../src/pipeline/resolve/geo.ts');
const gazetteer = await loadGazetteer({ user: process.env.CM_USER_GAZETTEER === 'none' ? null : undefined });
const notes = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
let reach = 0;
for (const note of notes) {
  const words = note.text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const near = words.some((_, i) => [1, 2, 3, 4].some((k) => {
    const name = words.slice(i, i + k).join(' ');
    return i + k <= words.length && /^\p{Lu}/u.test(name) && gazetteer.lookupName(name).some((c) => km(c.entry, note.gold) <= 25);
  }));
  if (near) reach++;
}
console.log(`${notes.length} notes: a gazetteer entry named in the note lies within 25 km of ACLED's point for ${reach} (${((100 * reach) / notes.length).toFixed(1)}%)`);
