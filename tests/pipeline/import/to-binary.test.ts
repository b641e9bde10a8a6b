// `import -o FILE.bin`: the events go into the binary layout directly, the same events as the GeoJSON
// import gives (ids, count, metadata for popups), with backpressure between the reader and the writer and
// either side's failure ending the other (no hang, no file).
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBinary, readMetaChunk } from '../../../src/pipeline/binary/write.ts';
import { importCommand } from '../../../src/pipeline/import/command.ts';
import { writeSyntheticAcled } from '../../../src/pipeline/import/synthetic.ts';
import { channel } from '../../../src/pipeline/import/to-binary.ts';

const tmp = (): string => mkdtempSync(join(tmpdir(), 'cm-import-bin-'));

describe('import into the binary layout', () => {
  it('writes FILE.bin and its metadata with the same events as the GeoJSON import, without a GeoJSON file', async () => {
    const dir = tmp();
    const out = tmp();
    const csv = join(dir, 'acled.csv');
    await writeSyntheticAcled(csv, 1500, 7);
    const quiet = (): void => {};
    expect(await importCommand(['--format', 'acled', csv, '-o', join(dir, 'events.geojson')], quiet)).toBe(0);
    expect(await importCommand(['--format', 'ACLED', csv, '-o', join(out, 'events.bin')], quiet)).toBe(0);
    // Only the binary file and its metadata chunks are written: no GeoJSON on the way.
    expect(readdirSync(out).sort()).toEqual(['events.bin', 'events.bin.meta']);
    const geojson = JSON.parse(readFileSync(join(dir, 'events.geojson'), 'utf8')) as { features: Array<{ properties: { id: string } }> };
    const bin = await readBinary(join(out, 'events.bin'));
    expect(bin.header.count).toBe(geojson.features.length);
    expect(bin.attributes).not.toBeNull();
    const chunks = Math.ceil(bin.header.count / bin.header.metaChunk);
    const meta = (await Promise.all(Array.from({ length: chunks }, (_, c) => readMetaChunk(join(out, 'events.bin'), c)))).flat();
    expect(meta.map((f) => f.properties.id).sort()).toEqual(geojson.features.map((f) => f.properties.id).sort());
  });

  it('refuses a file in another format with exit 1 and writes no binary file', async () => {
    const dir = tmp();
    const csv = join(dir, 'not-acled.csv');
    await writeSyntheticAcled(csv, 10, 1);
    const lines: string[] = [];
    expect(await importCommand(['--format', 'ucdp', csv, '-o', join(dir, 'x.bin')], (l) => lines.push(l))).toBe(1);
    expect(lines.join('\n')).toMatch(/import: /);
    expect(existsSync(join(dir, 'x.bin'))).toBe(false);
  });
});

describe('channel between the reader and the writer', () => {
  it('passes every item in order and makes the producer wait while many are queued', async () => {
    const ch = channel<number>();
    let pushed = 0;
    const producing = (async () => {
      for (let i = 0; i < 2000; i++) {
        await ch.push(i);
        pushed++;
      }
      ch.end();
    })();
    await new Promise((r) => setTimeout(r, 10));
    expect(pushed).toBeLessThan(2000);
    const got: number[] = [];
    for await (const v of ch.items) got.push(v);
    await producing;
    expect(got).toEqual(Array.from({ length: 2000 }, (_, i) => i));
  });

  it('a failed consumer makes the producer fail; a failed producer makes the consumer fail', async () => {
    const a = channel<number>();
    const producing = (async () => {
      for (let i = 0; i < 5000; i++) await a.push(i);
    })();
    a.fail(new Error('disk full'));
    await expect(producing).rejects.toThrow('disk full');

    const b = channel<number>();
    void b.push(1);
    b.end(new Error('bad csv'));
    const seen: number[] = [];
    await expect(
      (async () => {
        for await (const v of b.items) seen.push(v);
      })(),
    ).rejects.toThrow('bad csv');
    expect(seen).toEqual([1]);
  });
});
