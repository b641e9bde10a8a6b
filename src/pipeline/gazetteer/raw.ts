// The in-memory shape of gazetteer entries while building, and where the npm data packages live.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BBox, ToponymKind } from '../../shared/schema.ts';

export interface RawEntry {
  gid: number | null;
  name: string;
  lat: number;
  lon: number;
  kind: ToponymKind;
  cc: string;
  /** GeoNames admin1 code, "SY.10", or "". */
  a1: string;
  pop: number;
  /** GeoNames feature code (PPLC, PPLA, …) or a pseudo code for areas (PCLI, ADM1, ADM2, RGN, CONT, SEA). */
  fc: string;
  bbox?: BBox;
  /** Names with whether each is a main name (true) or an alternate (false). */
  names: Array<[string, boolean]>;
}

/** The project root: three levels above this file (src/pipeline/gazetteer). */
export const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** Directory of an installed package, looked up from the project root upwards. */
export function packageDir(name: string): string {
  let dir = PROJECT_ROOT;
  for (;;) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    const up = dirname(dir);
    if (up === dir) throw new Error(`npm package ${name} is not installed (run npm ci)`);
    dir = up;
  }
}

export function packageVersion(name: string): string {
  const pkg = JSON.parse(readFileSync(join(packageDir(name), 'package.json'), 'utf8')) as { version?: string };
  return pkg.version ?? 'unknown';
}

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}
