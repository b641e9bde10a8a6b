// The build's features on disk, read back in output order. Each feature's JSON is appended to a scratch
// file as it is produced (partition by partition); only its sort key and where it lies are kept in memory.
// Reading them back in key order costs one positioned read per feature, never the whole file in memory.
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { join } from 'node:path';

interface Slot {
  key: string;
  offset: number;
  length: number;
}

export class SortedFeatures {
  private readonly fd: number;
  private readonly slots: Slot[] = [];
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private written = 0;

  constructor(dir: string) {
    this.fd = openSync(join(dir, 'features.json'), 'w+');
  }

  get size(): number {
    return this.slots.length;
  }

  /** Adds one feature's JSON under its sort key. */
  add(key: string, json: string): void {
    const body = Buffer.from(json, 'utf8');
    this.slots.push({ key, offset: this.written + this.pendingBytes, length: body.length });
    this.pending.push(body);
    this.pendingBytes += body.length;
    if (this.pendingBytes >= 4 * 1024 * 1024) this.flush();
  }

  private flush(): void {
    if (!this.pending.length) return;
    const chunk = Buffer.concat(this.pending);
    let off = 0;
    while (off < chunk.length) off += writeSync(this.fd, chunk, off, chunk.length - off, this.written + off);
    this.written += chunk.length;
    this.pending = [];
    this.pendingBytes = 0;
  }

  /** The features' JSON in ascending key order (ties keep the order they were added in). */
  *inOrder(): Generator<Buffer> {
    this.flush();
    const order = this.slots.slice().sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    for (const s of order) {
      const buf = Buffer.allocUnsafe(s.length);
      let got = 0;
      while (got < s.length) {
        const n = readSync(this.fd, buf, got, s.length - got, s.offset + got);
        if (n === 0) throw new Error('feature scratch file is truncated');
        got += n;
      }
      yield buf;
    }
  }

  close(): void {
    closeSync(this.fd);
  }
}
