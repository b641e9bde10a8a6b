// One event per dataset id. A monadic ACLED export lists an event once per actor, under the same
// event_id_cnty and with the same toll on each row: those rows become one event with every actor, and the
// toll is counted once. Events wait as JSON in a temporary file, only their ids and positions in memory, and
// come back in the order of their first row.
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Fatalities, Source } from '../../shared/schema.ts';
import { describeEvent } from '../events/summary.ts';
import type { ImportedFeature } from './common.ts';

const PRECISION = ['day', 'week', 'month', 'unknown'] as const;

/** Two rows' tolls for one event: the same figure stays one figure (never a sum); differing ones become a range. */
export function sameEventToll(a: Fatalities | null, b: Fatalities | null): Fatalities | null {
  if (!a || !b) return a ?? b;
  const pick = (x: number | null, y: number | null, f: (p: number, q: number) => number): number | null =>
    x === null ? y : y === null ? x : f(x, y);
  return { low: pick(a.low, b.low, Math.min), best: pick(a.best, b.best, Math.max), high: pick(a.high, b.high, Math.max) };
}

/** Adds b's sources that a lacks (by outlet and quote), each under an article name of its own. */
function addSources(into: Source[], more: readonly Source[]): void {
  const seen = new Set(into.map((s) => `${s.outlet ?? ''}\n${s.quote}`));
  const articles = new Set(into.map((s) => s.article));
  for (const s of more) {
    const key = `${s.outlet ?? ''}\n${s.quote}`;
    if (seen.has(key)) continue;
    seen.add(key);
    let article = s.article;
    for (let n = into.length + 1; articles.has(article); n++) article = `${s.article.replace(/#\d+$/, '')}#${n}`;
    articles.add(article);
    into.push({ ...s, article });
  }
}

/** Merges a later row of the same event into the first: actors and sources joined, the toll counted once. */
export function mergeSameEvent(first: ImportedFeature, later: ImportedFeature): ImportedFeature {
  const a = first.properties;
  const b = later.properties;
  a.actors = [...new Set([...a.actors, ...b.actors])];
  a.fatalities = sameEventToll(a.fatalities, b.fatalities);
  addSources(a.sources, b.sources);
  if (a.date_start && b.date_start && (a.date_start !== b.date_start || a.date_end !== b.date_end)) {
    if (b.date_start < a.date_start) a.date_start = b.date_start;
    if ((b.date_end ?? b.date_start) > (a.date_end ?? a.date_start)) a.date_end = b.date_end;
    const p = Math.max(PRECISION.indexOf(a.date_precision), PRECISION.indexOf(b.date_precision), 1);
    a.date_precision = PRECISION[p] ?? 'unknown';
  }
  if (!a.sub_event_type) a.sub_event_type = b.sub_event_type;
  if (!a.admin && b.admin) a.admin = b.admin;
  a.summary = describeEvent(a.fatalities?.high === 0 ? { ...a, fatalities: null } : a);
  return first;
}

/**
 * Events by id, in the order of their first row, as JSON in a scratch file. Only the ids and where each
 * event's JSON lies are in memory. A later row of a known id reads its event back, merges into it and
 * appends the result (the old bytes are left unread), so files without duplicates cost one append per row.
 */
export class EventsById {
  private readonly dir = mkdtempSync(join(tmpdir(), 'cm-import-'));
  private readonly fd = openSync(join(this.dir, 'events.json'), 'w+');
  private readonly index = new Map<string, number>();
  private offsets: number[] = [];
  private lengths: number[] = [];
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private written = 0;
  /** Rows merged into an event that an earlier row already gave. */
  duplicates = 0;

  get size(): number {
    return this.offsets.length;
  }

  add(feature: ImportedFeature): void {
    const at = this.index.get(feature.id);
    if (at === undefined) {
      this.index.set(feature.id, this.offsets.length);
      this.offsets.push(0);
      this.lengths.push(0);
      this.put(this.offsets.length - 1, feature);
      return;
    }
    this.duplicates++;
    const first = JSON.parse(this.read(at).toString('utf8')) as ImportedFeature;
    this.put(at, mergeSameEvent(first, feature));
  }

  private put(i: number, feature: ImportedFeature): void {
    const body = Buffer.from(JSON.stringify(feature), 'utf8');
    this.offsets[i] = this.written + this.pendingBytes;
    this.lengths[i] = body.length;
    this.pending.push(body);
    this.pendingBytes += body.length;
    if (this.pendingBytes >= 4 << 20) this.flush();
  }

  private flush(): void {
    if (!this.pendingBytes) return;
    const chunk = Buffer.concat(this.pending, this.pendingBytes);
    for (let off = 0; off < chunk.length; ) off += writeSync(this.fd, chunk, off, chunk.length - off, this.written + off);
    this.written += chunk.length;
    this.pending = [];
    this.pendingBytes = 0;
  }

  private read(i: number): Buffer {
    this.flush();
    const length = this.lengths[i] ?? 0;
    const buf = Buffer.allocUnsafe(length);
    for (let got = 0; got < length; ) {
      const n = readSync(this.fd, buf, got, length - got, (this.offsets[i] ?? 0) + got);
      if (n === 0) throw new Error('import scratch file is truncated');
      got += n;
    }
    return buf;
  }

  /** Each event's JSON in the order of its first row, read in large sequential chunks. */
  *inOrder(): Generator<Buffer> {
    this.flush();
    let window = Buffer.alloc(0);
    let windowStart = 0;
    for (let i = 0; i < this.offsets.length; i++) {
      const off = this.offsets[i] ?? 0;
      const len = this.lengths[i] ?? 0;
      if (off < windowStart || off + len > windowStart + window.length) {
        const size = Math.max(len, 4 << 20);
        const buf = Buffer.allocUnsafe(size);
        let got = 0;
        while (got < size) {
          const n = readSync(this.fd, buf, got, size - got, off + got);
          if (n === 0) break;
          got += n;
        }
        if (got < len) throw new Error('import scratch file is truncated');
        window = buf.subarray(0, got);
        windowStart = off;
      }
      yield window.subarray(off - windowStart, off - windowStart + len);
    }
  }

  dispose(): void {
    closeSync(this.fd);
    rmSync(this.dir, { recursive: true, force: true });
  }
}
