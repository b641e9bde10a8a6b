import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer, type Gazetteer } from '../../../src/pipeline/gazetteer/load.ts';
import { buildUserIndex } from '../../../src/pipeline/gazetteer/user-build.ts';
import { openUserIndex } from '../../../src/pipeline/gazetteer/user-load.ts';
import { geoparse } from '../../../src/pipeline/geoparse.ts';
import { VILLAGES, alternateLines, dumpLines } from '../../fixtures/gazetteer/geonames-dump.ts';

/** Zipped dumps are read with the system's unzip; the test zips with zip (both Debian packages). */
const hasZip = ['zip', 'unzip'].every((c) => { try { execFileSync('sh', ['-c', `command -v ${c}`], { stdio: 'ignore' }); return true; } catch { return false; } });

const tmp = mkdtempSync(join(tmpdir(), 'cm-user-gaz-'));
const dump = join(tmp, 'allCountries.txt');
const alt = join(tmp, 'alternateNamesV2.txt');
const dir = join(tmp, 'index');
let bundled: Gazetteer;
let layered: Gazetteer;

beforeAll(async () => {
  writeFileSync(dump, `${[...dumpLines(400)].join('\n')}\nnot\ta row\n`);
  writeFileSync(alt, `${[...alternateLines(400)].join('\n')}\n`);
  await buildUserIndex([dump], { dir, alternateNames: alt });
  bundled = await loadGazetteer({ user: null });
  layered = await loadGazetteer({ user: dir });
}, 120_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const TEXTS: Record<string, string> = {
  Barsalogho: 'Gunmen killed 12 people in Barsalogho, in the Centre-Nord region of Burkina Faso, on Sunday.',
  'Nyaung Kone': "Soldiers shelled Nyaung Kone village in Myanmar's Bago Region, residents said.",
  Mpeketoni: 'Al-Shabaab fighters attacked Mpeketoni in Lamu County, Kenya, police said.',
};

describe('user gazetteer built from a GeoNames dump', () => {
  it('the bundled cities500 index lacks the villages', () => {
    for (const v of VILLAGES) expect(bundled.lookupName(v.name)).toEqual([]);
  });
  it('geoparse finds each village, in its country, at the dump coordinates, once the user index is layered in', () => {
    for (const v of VILLAGES) {
      const found = geoparse(TEXTS[v.name]!, { gazetteer: layered }).find((t) => t.name === v.name);
      expect(found, v.name).toMatchObject({ geonameid: v.id, country: v.cc, admin1: `${v.cc}.${v.a1}` });
      expect(found!.lat).toBeCloseTo(v.lat, 4);
      expect(found!.lon).toBeCloseTo(v.lon, 4);
      expect(geoparse(TEXTS[v.name]!, { gazetteer: bundled }).some((t) => t.name === v.name)).toBe(false);
    }
  });
  it('names from the alternateNames file are candidates, links and postal codes are not', () => {
    const [v] = VILLAGES;
    expect(layered.lookupName(v.alt).map((c) => [c.entry.geonameid, c.primary])).toEqual([[v.id, false]]);
    expect(layered.lookupName('Zzpostcode')).toEqual([]);
  });
  it('keeps places, admin areas and refugee camps, drops streams, mountains and other spots', () => {
    const user = openUserIndex(dir);
    const rows = [...dumpLines(400)].map((l) => l.split('\t'));
    for (const f of rows) {
      const kept = f[6] === 'P' || (f[6] === 'A' && /^ADM/.test(f[7]!)) || f[7] === 'CMPRF';
      expect(user.rowOfGid(Number(f[0])) >= 0, `${f[6]}.${f[7]}`).toBe(kept);
    }
    user.close();
  });
  it('bundled entries keep their ordinals and answers; user rows come after them and are found by id', () => {
    expect(layered.size).toBe(bundled.size);
    expect(layered.lookupName('Aleppo').map((c) => c.entry.ord)).toEqual(bundled.lookupName('Aleppo').map((c) => c.entry.ord));
    const e = layered.byId(VILLAGES[2].id)!;
    expect(e.ord).toBeGreaterThanOrEqual(bundled.size);
    expect(layered.entry(e.ord)).toMatchObject({ name: 'Mpeketoni', kind: 'place', fcode: 'PPL' });
  });
  it('a missing dump is a clear error and leaves no index behind', async () => {
    const out = join(tmp, 'none');
    await expect(buildUserIndex([join(tmp, 'XX.txt')], { dir: out })).rejects.toThrow(/no such file: .*XX\.txt/);
    expect(existsSync(out)).toBe(false);
  });
  it.skipIf(!hasZip)('the command builds from a zipped per-country file and geoparse picks the index up from CM_USER_GAZETTEER', () => {
    const zip = join(tmp, 'BF.zip');
    execFileSync('zip', ['-qj', zip, dump]);
    const out = join(tmp, 'from-zip');
    const msg = execFileSync('node', ['bin/conflict-map.js', 'gazetteer', '--geonames', zip, '-o', out], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(msg).toBe('');
    const line = JSON.stringify({ id: 'bf', text: TEXTS.Barsalogho });
    const res = JSON.parse(execFileSync('node', ['bin/conflict-map.js', 'geoparse'], { input: line, encoding: 'utf8', env: { ...process.env, CM_USER_GAZETTEER: out } }));
    expect(res.toponyms.map((t: { geonameid: number }) => t.geonameid)).toContain(VILLAGES[0].id);
  }, 60_000);
});
