// Converts events to the binary layout (./layout.ts, docs/binary-format.md) and reads it back. Features
// are consumed one at a time (an array or an async iterable), so a million of them never sit in memory as
// objects; the columns grow as typed arrays. Metadata for popups is written beside the file, in chunks.
import { mkdir, readFile, rm, writeFile, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { EventFeature } from '../../shared/schema.ts';
import { ATTRIBUTES, decodeAttributes, type BinaryAttributes } from './attributes.ts';
import { columnBuilder } from './encode.ts';
import { DEFAULT_META_CHUNK, decodeBinary, encodeBinary, type BinaryEvents } from './layout.ts';

export interface WriteOptions {
  /** Write the side-car metadata (PATH.meta/<chunk>.json) for popups. Default true. */
  meta?: boolean;
  metaChunk?: number;
  /** Write the attribute columns and strings the full map needs (./attributes.ts). Default true. */
  attributes?: boolean;
}

export interface WriteSummary {
  count: number;
  bytes: number;
  /** Features skipped for having no point geometry. */
  skipped: number;
  metaChunks: number;
}

/** The directory of metadata chunks of a binary file. */
export const metaDir = (path: string): string => `${path}.meta`;

export async function writeBinary(
  features: Iterable<EventFeature> | AsyncIterable<EventFeature>,
  path: string,
  options: WriteOptions = {},
): Promise<WriteSummary> {
  const withMeta = options.meta !== false;
  const chunk = options.metaChunk ?? DEFAULT_META_CHUNK;
  const dir = metaDir(path);
  await mkdir(dirname(path), { recursive: true });
  // A metadata folder of an earlier file (its chunks, its report) never outlives it, with metadata or without.
  await rm(dir, { recursive: true, force: true });
  if (withMeta) await mkdir(dir, { recursive: true });
  const builder = columnBuilder(options.attributes !== false ? { attributes: ATTRIBUTES } : {});
  let skipped = 0;
  let pending: string[] = [];
  let chunks = 0;
  const flush = async (): Promise<void> => {
    if (!pending.length) return;
    await writeFile(`${dir}/${chunks++}.json`, `[${pending.join(',\n')}]`);
    pending = [];
  };
  for await (const f of features) {
    if (!builder.add(f)) {
      skipped++;
      continue;
    }
    if (withMeta) {
      pending.push(JSON.stringify(f));
      if (pending.length === chunk) await flush();
    }
  }
  if (withMeta) await flush();
  const { header, columns, attributes } = builder.finish(withMeta ? chunk : 0);
  const bytes = encodeBinary(header, columns, attributes);
  const tmp = `${path}.tmp-${process.pid}`;
  await writeFile(tmp, bytes);
  await rename(tmp, path);
  return { count: header.count, bytes: bytes.byteLength, skipped, metaChunks: chunks };
}

/** Reads a binary events file (columns are views over one aligned copy of it), with its attributes when it has them. */
export async function readBinary(path: string): Promise<BinaryEvents & { attributes: BinaryAttributes | null }> {
  const buf = await readFile(path);
  const aligned = new Uint8Array(buf.byteLength);
  aligned.set(buf);
  const events = decodeBinary(aligned.buffer);
  return { ...events, attributes: decodeAttributes(aligned.buffer, events.header) };
}

/** The features of one metadata chunk. */
export async function readMetaChunk(path: string, chunk: number): Promise<EventFeature[]> {
  return JSON.parse(await readFile(`${metaDir(path)}/${chunk}.json`, 'utf8')) as EventFeature[];
}
