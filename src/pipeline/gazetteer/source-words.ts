// Word lists that help recognition: common English words (frequent dictionary words) and first names.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageDir, readJson } from './raw.ts';

/** Frequent English words that a dictionary lists in lower case: "Reading", "Mission", "Police". */
export function readCommonWords(maxRank = 30000): string[] {
  const dict = new Set(readFileSync(join(packageDir('word-list'), 'words.txt'), 'utf8').split('\n'));
  const src = readFileSync(join(packageDir('popular-english-words'), 'words.js'), 'utf8');
  const popular = [...src.matchAll(/'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1]!.replace(/\\(.)/g, '$1'));
  const out: string[] = [];
  for (let i = 0; i < popular.length && i < maxRank; i++) {
    const w = popular[i]!;
    if (dict.has(w)) out.push(w);
  }
  return out;
}

/** English first names. */
export function readFirstNames(): string[] {
  const dir = join(packageDir('human-names'), 'data');
  const names = new Set<string>();
  for (const f of ['male-human-names-en.json', 'female-human-names-en.json']) {
    for (const n of readJson<string[]>(join(dir, f))) names.add(n);
  }
  return [...names];
}
