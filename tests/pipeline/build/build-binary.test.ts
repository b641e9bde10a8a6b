// `build -o FILE.bin`: the build's merged events written straight into the binary layout the map opens
// large sets from, byte for byte what `build` to GeoJSON then `binary` gives, metadata chunks included.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { binaryCommand } from '../../../src/pipeline/binary/command.ts';
import { readBinary, readMetaChunk } from '../../../src/pipeline/binary/write.ts';
import { runBuild } from '../../../src/pipeline/build.ts';
import type { EventCollection } from '../../../src/shared/schema.ts';
import { FIXTURES } from '../import/helpers.ts';

const COMBINE = join(FIXTURES, 'combine');

describe('build -o FILE.bin', () => {
  it('writes the binary layout and its metadata, the same bytes as build then binary', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cm-build-bin-'));
    copyFileSync('data/articles/jpost-2011-08-06-syrian-army-defector.md', join(dir, 'seed.md'));
    const events = [join(COMBINE, 'acled.csv'), join(COMBINE, 'ucdp.csv')];
    const out = join(dir, 'out');
    const bin = join(dir, 'events.bin');
    const geojson = join(out, 'events.geojson');
    const summary = await runBuild([dir], bin, { events });
    expect(summary).toMatch(/events\.bin: \d+ events from 1 articles and 5 events of 2 dataset files/);
    await runBuild([dir], geojson, { events });
    const collection: EventCollection = JSON.parse(readFileSync(geojson, 'utf8'));
    const twoStep = join(out, 'two-step.bin');
    expect(await binaryCommand([geojson, '-o', twoStep], () => {})).toBe(0);

    expect(readFileSync(bin).equals(readFileSync(twoStep))).toBe(true);
    const ev = await readBinary(bin);
    expect(ev.header.count).toBe(collection.features.length);
    expect(readdirSync(`${bin}.meta`).sort()).toEqual(readdirSync(`${twoStep}.meta`).sort());
    // The popups' chunk holds the build's events whole, sentences and all.
    const chunk = await readMetaChunk(bin, 0);
    expect(chunk).toEqual(collection.features.slice(0, chunk.length));
    expect(chunk.some((f) => f.properties.sources.some((s) => s.quote.length > 20))).toBe(true);
  }, 180_000);
});
