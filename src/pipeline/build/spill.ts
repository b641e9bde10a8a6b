// Partitioned spill files for the build: values go to one of N files on disk by a partition key, in the
// order they are added, and come back from each partition in that same order. Values are stored with V8's
// serializer (what worker_threads use), so an object read back is exactly the object written, key order
// and undefined-valued keys included. Only a bounded write buffer is ever held in memory.
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';

/** A stable, fast string hash (FNV-1a, 32 bits): the same key always lands in the same partition. */
export function hashKey(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export interface SpillOptions {
  partitions: number;
  /** Bytes buffered in memory over all partitions before they are written out. */
  bufferBytes?: number;
  /** Where the temporary directory goes (default: the OS temp dir). */
  dir?: string;
}

export class PartitionSpill<T> {
  readonly partitions: number;
  readonly dir: string;
  private readonly fds: number[];
  private readonly buffers: Buffer[][];
  private readonly counts: number[];
  private buffered = 0;
  private readonly limit: number;
  /** Ctrl-C or a kill removes the files, then lets the signal do what it would have done. */
  private readonly onSignal = (signal: NodeJS.Signals): void => {
    this.dispose();
    process.kill(process.pid, signal);
  };

  constructor(options: SpillOptions) {
    this.partitions = options.partitions;
    this.limit = options.bufferBytes ?? 8 * 1024 * 1024;
    this.dir = mkdtempSync(join(options.dir ?? tmpdir(), 'cm-spill-'));
    this.fds = Array.from({ length: this.partitions }, (_, i) => openSync(join(this.dir, `p${i}.bin`), 'w+'));
    this.buffers = Array.from({ length: this.partitions }, () => []);
    this.counts = Array.from({ length: this.partitions }, () => 0);
    process.once('SIGINT', this.onSignal);
    process.once('SIGTERM', this.onSignal);
  }

  /** The partition a key belongs to. */
  partitionOf(key: string): number {
    return hashKey(key) % this.partitions;
  }

  /** Adds a value to the partition of its key. */
  add(key: string, value: T): void {
    const p = this.partitionOf(key);
    const body = serialize(value);
    const head = Buffer.allocUnsafe(4);
    head.writeUInt32LE(body.length, 0);
    (this.buffers[p] as Buffer[]).push(head, body);
    this.counts[p] = (this.counts[p] ?? 0) + 1;
    this.buffered += body.length + 4;
    if (this.buffered >= this.limit) this.flush();
  }

  /** How many values a partition holds. */
  count(p: number): number {
    return this.counts[p] ?? 0;
  }

  private flush(): void {
    for (let p = 0; p < this.partitions; p++) {
      const parts = this.buffers[p] as Buffer[];
      if (!parts.length) continue;
      const chunk = Buffer.concat(parts);
      let off = 0;
      while (off < chunk.length) off += writeSync(this.fds[p] as number, chunk, off, chunk.length - off);
      parts.length = 0;
    }
    this.buffered = 0;
  }

  /** The values of one partition, in the order they were added. */
  *read(p: number): Generator<T> {
    this.flush();
    const fd = this.fds[p] as number;
    let pos = 0;
    let buf = Buffer.allocUnsafe(1024 * 1024);
    let have = 0;
    let start = 0;
    for (;;) {
      // Refill: keep the unread tail, then read more behind it.
      if (start > 0) {
        buf.copy(buf, 0, start, have);
        have -= start;
        start = 0;
      }
      const n = readSync(fd, buf, have, buf.length - have, pos);
      pos += n;
      have += n;
      while (have - start >= 4) {
        const len = buf.readUInt32LE(start);
        if (have - start - 4 < len) break;
        yield deserialize(buf.subarray(start + 4, start + 4 + len)) as T;
        start += 4 + len;
      }
      if (have - start >= 4) {
        const len = buf.readUInt32LE(start);
        if (len + 4 > buf.length) {
          const bigger = Buffer.allocUnsafe(len + 4);
          buf.copy(bigger, 0, start, have);
          have -= start;
          start = 0;
          buf = bigger;
        }
      }
      if (n === 0) {
        if (start !== have) throw new Error(`spill partition ${p} is truncated`);
        return;
      }
    }
  }

  /** Closes and deletes the files. */
  dispose(): void {
    process.off('SIGINT', this.onSignal);
    process.off('SIGTERM', this.onSignal);
    for (const fd of this.fds) closeSync(fd);
    this.fds.length = 0;
    rmSync(this.dir, { recursive: true, force: true });
  }
}
