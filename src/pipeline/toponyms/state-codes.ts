// States and provinces written as codes: postal codes after "Town, " ("Vancouver, BC") and the short codes of
// country-region-data (npm; "NSW", "QLD", "KZN") after "Town, " or a locative word ("fires in NSW"). A bare
// code elsewhere is more likely an acronym ("the ELN", "told CNN"), so it needs that context.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Gazetteer, GazEntry } from '../gazetteer/load.ts';
import { packageDir } from '../gazetteer/raw.ts';
import { normName } from '../gazetteer/normalize.ts';
import { POSTAL_CODES } from './lexicon.ts';
import type { Token } from './tokens.ts';
import type { Mention } from './types.ts';

let codes: Map<string, { cc: string; name: string }> | null = null;

/** Short codes of three or four capitals that name one region in one country only. */
export function regionCodes(): Map<string, { cc: string; name: string }> {
  if (codes) return codes;
  const data = JSON.parse(readFileSync(join(packageDir('country-region-data'), 'data.json'), 'utf8')) as Array<{
    countryShortCode: string; regions: Array<{ name: string; shortCode?: string }>;
  }>;
  const seen = new Map<string, { cc: string; name: string } | null>();
  for (const c of data) {
    for (const r of c.regions) {
      const k = r.shortCode;
      if (!k || !/^[A-Z]{3,4}$/.test(k)) continue;
      seen.set(k, seen.has(k) ? null : { cc: c.countryShortCode, name: r.name });
    }
  }
  codes = new Map([...seen].filter((x): x is [string, { cc: string; name: string }] => x[1] !== null));
  return codes;
}

/** The admin-1 entry a region code stands for, by the region's name within its country. */
function regionEntry(code: string, g: Gazetteer): GazEntry | undefined {
  const r = regionCodes().get(code);
  if (!r || g.isCommonWord(code.toLowerCase())) return undefined;
  return g.lookupName(r.name).find((c) => c.entry.kind === 'admin1' && c.entry.country === r.cc)?.entry;
}

const LOCATIVE_BEFORE = /\b(?:in|across|throughout|near|outside|around|inside|from|to)\s+$/;

export function addStateCodes(text: string, tokens: Token[], mentions: Mention[], g: Gazetteer): void {
  const ends = new Set(mentions.map((m) => m.end));
  const taken = new Set(mentions.map((m) => m.start));
  for (const t of tokens) {
    // "MS-13": a gang's name, not Mississippi.
    if (taken.has(t.start) || !t.allCaps || /^[-‐‑]\d/.test(text.slice(t.end, t.end + 2))) continue;
    const afterTown = text.slice(Math.max(0, t.start - 2), t.start) === ', ' && ends.has(t.start - 2);
    let e: GazEntry | undefined;
    if (afterTown && POSTAL_CODES[t.text]) e = g.admin1Entry(POSTAL_CODES[t.text]!);
    else if (afterTown || LOCATIVE_BEFORE.test(text.slice(Math.max(0, t.start - 12), t.start))) e = regionEntry(t.text, g);
    if (!e) continue;
    mentions.push({
      start: t.start, end: t.end, surface: t.text, candidates: [{ entry: e, primary: true }], embedded: false,
      weak: false, common: false, hint: 'admin', prep: !afterTown, dateline: false, container: null, group: false,
    });
  }
}

/**
 * Provinces written as the short forms South Asian and other news use ("Baramulla district, J&K", "Nigohan (UP)",
 * "Peshawar, KPK"), by GeoNames admin1 code. Two-letter forms are common acronyms too, so each needs the place of a
 * container: after "Name, " or "district, ", at the end of a bracket after a name, or after a locative word.
 */
export const REGION_ABBREVIATIONS: Record<string, string> = {
  'J&K': 'IN.12', 'J-K': 'IN.12', UP: 'IN.36', MP: 'IN.35', HP: 'IN.11', WB: 'IN.28', KL: 'IN.13',
  KPK: 'PK.03', KP: 'PK.03', GB: 'PK.07', AJK: 'PK.06', PoK: 'PK.06', PoJK: 'PK.06', ICT: 'PK.08',
  FCT: 'NG.11', CDMX: 'MX.09', Edomex: 'MX.15', EDOMEX: 'MX.15',
};
const ABBR_RE = new RegExp(`(?<![\\p{L}\\p{N}&-])(?:${Object.keys(REGION_ABBREVIATIONS).join('|')})(?![\\p{L}\\p{N}&-])`, 'gu');
const CONTAINER_BEFORE = /(?:\p{Lu}[\p{L}.'’-]*|\b(?:district|province|state|division|tehsil|taluka|agency|region|area|city|town|village)),\s$|\p{L}[^()\n]{0,60}\(\s*(?:[^()\n]*,\s*)?$|\b(?:in|across|throughout|near|outside|around|inside|from|to)\s+$/u;

export function addRegionAbbreviations(text: string, mentions: Mention[], g: Gazetteer): void {
  for (const m of text.matchAll(ABBR_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (mentions.some((x) => x.start < end && x.end > start)) continue;
    const before = text.slice(Math.max(0, start - 80), start);
    const closes = /^\s*\)/.test(text.slice(end, end + 3)) || !before.endsWith('(');
    if (!CONTAINER_BEFORE.test(before) || !closes) continue;
    // "WASHINGTON (AP)", "(Reuters, AFP, dpa, AP)": after a dateline in capitals or in a list of agencies, a code
    // in brackets is an agency's.
    if (/\p{Lu}{2,}\s*\(\s*$|\((?:[^()]*,)?\s*\p{Ll}+,\s*$/u.test(before) && !/(?:district|province|state|division|tehsil|taluka|agency|region),\s*$/.test(before)) continue;
    const e = g.admin1Entry(REGION_ABBREVIATIONS[m[0]]!);
    if (!e) continue;
    mentions.push({
      start, end, surface: m[0], candidates: [{ entry: e, primary: true }], embedded: false, weak: false,
      common: false, hint: 'admin', prep: false, dateline: false, container: null, group: false,
    });
  }
}

/**
 * "Washington, D.C.": a state's code after a town of the state's own name is part of the town's name (the
 * District of Columbia is Washington): one toponym, inside that state.
 */
export function joinSameNameStates(text: string, mentions: Mention[]): void {
  for (let k = mentions.length - 2; k >= 0; k--) {
    const m = mentions[k]!;
    const n = mentions[k + 1]!;
    const state = n.candidates.length === 1 ? n.candidates[0]!.entry : undefined;
    if (!state || state.kind !== 'admin1' || text.slice(m.end, n.start) !== ', ' || normName(state.name) !== normName(m.surface)) continue;
    const inside = m.candidates.filter((c) => c.entry.admin1 === state.admin1 && c.entry.kind === 'place');
    if (!inside.length) continue;
    mentions.splice(k, 2, { ...m, end: n.end, surface: text.slice(m.start, n.end), candidates: inside, hint: 'town' });
  }
}
