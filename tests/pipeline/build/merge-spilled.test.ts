// The bounded-memory build must give the very bytes the whole-in-memory build gave: merging partition by
// partition (events partitioned by merge key, in input order) and streaming the output are only a memory
// layout, never a change of rules.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EventFeature, ReportEntry } from '../../../src/shared/schema.ts';
import { EventSpill, mergeSpilled } from '../../../src/pipeline/build/merge-spilled.ts';
import { mergeEvents } from '../../../src/pipeline/merge.ts';
import { serialise, toCollection, writeCollectionStream } from '../../../src/pipeline/output.ts';

const PLACES = [
  { name: 'Hama', geonameid: 170017, admin1: 'SY.10', country: 'SY' },
  { name: 'Homs', geonameid: 169577, admin1: 'SY.11', country: 'SY' },
  { name: 'Syria', geonameid: 163843, admin1: null, country: 'SY' },
];
const TYPES = ['Battles', 'Protests', 'Violence against civilians'] as const;

const arbEvent = fc.record({
  place: fc.integer({ min: 0, max: 2 }),
  type: fc.integer({ min: 0, max: 2 }),
  day: fc.option(fc.integer({ min: 1, max: 9 }), { nil: null }),
  span: fc.integer({ min: 0, max: 2 }),
  low: fc.option(fc.integer({ min: 0, max: 50 }), { nil: null }),
  article: fc.integer({ min: 0, max: 5 }),
  claim: fc.boolean(),
  injured: fc.constantFrom('absent', 'undefined', 'null', 'range'),
  broken: fc.integer({ min: 0, max: 19 }),
});

type Row = typeof arbEvent extends fc.Arbitrary<infer T> ? T : never;

function toEvent(r: Row, i: number): EventFeature {
  const place = PLACES[r.place] as (typeof PLACES)[number];
  const start = r.day === null ? null : `2011-08-0${r.day}`;
  const end = r.day === null ? null : `2011-08-${String(r.day + r.span).padStart(2, '0')}`;
  const e: EventFeature = {
    type: 'Feature',
    // One in twenty is out of range: left out of the output and reported.
    geometry: { type: 'Point', coordinates: [r.broken === 0 ? 999 : 36.7, 35.1] },
    properties: {
      id: `a${r.article}-e${i}`, event_type: TYPES[r.type] as (typeof TYPES)[number], sub_event_type: null,
      date_start: start, date_end: end, date_precision: start ? 'day' : 'unknown',
      place: { ...place }, geo_precision: r.place === 2 ? 'country' : 'place',
      fatalities: r.low === null ? null : { low: r.low, best: r.low, high: null },
      actors: [`actor${r.article % 2}`], summary: '',
      sources: [{ article: `a${r.article}`, quote: `quote ${i}`, start: i, end: i + 5, outlet: `Outlet ${r.article}` }],
      confidence: 0.5,
      ...(r.claim ? { claim: true } : {}),
    },
  };
  if (r.injured === 'undefined') e.properties.injured = undefined;
  if (r.injured === 'null') e.properties.injured = null;
  if (r.injured === 'range') e.properties.injured = { low: 3, best: 3, high: 3 };
  return e;
}

async function streamed(events: EventFeature[], report: ReportEntry[], partitions: number): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'cm-spilled-'));
  const spill = new EventSpill(partitions);
  try {
    for (const e of events) spill.add(e);
    const merged = mergeSpilled(spill);
    await writeCollectionStream(join(dir, 'out.geojson'), merged.features.inOrder(), [...report, ...merged.skipped]);
    merged.features.close();
    return readFileSync(join(dir, 'out.geojson'), 'utf8');
  } finally {
    spill.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the partitioned, streamed build', () => {
  it('gives byte for byte what merging everything in memory and serialising it whole gave', async () => {
    const report: ReportEntry[] = [{ input: 'a.md', status: 'events', events: 2 }, { input: 'b.md', status: 'no-events' }];
    await fc.assert(
      fc.asyncProperty(fc.array(arbEvent, { maxLength: 60 }), fc.integer({ min: 1, max: 7 }), async (rows, partitions) => {
        const events = rows.map(toEvent);
        // structuredClone: what a worker thread hands back, and what the old build merged.
        const expected = serialise(toCollection(mergeEvents(structuredClone(events)), report));
        expect(await streamed(events, report, partitions)).toBe(expected);
      }),
      { numRuns: 60 },
    );
  });
  it('an empty build is an empty collection with its report', async () => {
    const report: ReportEntry[] = [{ input: 'x.png', status: 'skipped', reason: 'unsupported file type ".png"' }];
    expect(await streamed([], report, 4)).toBe(serialise(toCollection([], report)));
  });
});
