// The command-line contract the scorers rely on: one output line per input line, same order, same id.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateCollection } from '../../src/shared/validate.ts';

const run = (args: string[], input = ''): string => execFileSync('node', ['bin/conflict-map.js', ...args], { input, encoding: 'utf8' });

const LINES = [
  JSON.stringify({ id: 'a', published: '2011-08-06', text: 'Syrian security forces killed at least 18 protesters on Friday in Hama.' }),
  'not json',
  '',
  JSON.stringify({ id: 'b', text: 'Nothing happened here.' }),
  JSON.stringify({ id: 7, text: 42 }),
].join('\n');

describe('conflict-map extract', () => {
  for (const workers of ['1', '2']) {
    it(`writes one line per input line, in order, errors included (workers ${workers})`, () => {
      const out = run(['extract', '--workers', workers], LINES).trim().split('\n').map((l) => JSON.parse(l));
      expect(out.map((o) => o.id)).toEqual(['a', null, null, 'b', 7]);
      expect(out[0].events[0].properties).toMatchObject({ event_type: 'Protests', date_start: '2011-08-05', fatalities: { low: 18 }, place: { geonameid: 170017 } });
      expect(out[1].error).toMatch(/JSON/);
      expect(out[2].error).toBe('line 3 is empty');
      expect(out[3].events).toEqual([]);
      expect(out[4].error).toBe('no article text');
    });
  }
});

describe('conflict-map geoparse', () => {
  it('"Deraa" finds Darʿā (170905), with offsets that slice the name', () => {
    const text = 'Troops stormed Deraa on Monday.';
    const [line] = run(['geoparse'], JSON.stringify({ id: 'x', text })).trim().split('\n');
    const t = JSON.parse(line as string).toponyms.find((x: { geonameid: number }) => x.geonameid === 170905);
    expect(text.slice(t.start, t.end)).toBe('Deraa');
  });
});

describe('conflict-map build', () => {
  it('builds the bundled articles into valid GeoJSON, byte-identical on a second run', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cm-build-'));
    run(['build', 'data/articles', '-o', join(dir, 'a.geojson'), '--quiet']);
    run(['build', 'data/articles', '-o', join(dir, 'b.geojson'), '--quiet', '--workers', '2']);
    const a = readFileSync(join(dir, 'a.geojson'), 'utf8');
    expect(readFileSync(join(dir, 'b.geojson'), 'utf8')).toBe(a);
    const v = validateCollection(JSON.parse(a));
    expect(v.errors).toEqual([]);
    expect(v.valid.map((f) => f.properties.place.geonameid)).toEqual(expect.arrayContaining([170017, 170905, 170654]));
  });
  it('says clearly when the input does not exist', () => {
    expect(() => execFileSync('node', ['bin/conflict-map.js', 'build', 'no/such/dir'], { encoding: 'utf8', stdio: 'pipe' })).toThrow(/no such file or directory: no\/such\/dir/);
  });
  it('has --help for every command', () => {
    for (const c of ['geoparse', 'extract', 'build', 'import', 'gazetteer']) expect(run([c, '--help'])).toMatch(new RegExp(`conflict-map ${c}`));
  });
});
