// One event per dataset id. A monadic ACLED export lists an event once per actor, under the same
// event_id_cnty and with the same toll on each row: those rows become one event with every actor, and the
// toll is counted once. Events wait in temporary files partitioned by id (memory stays flat however large
// the file is); each partition's duplicates are merged, and the events come back in the order of their
// first row.
import type { Fatalities, Source } from '../../shared/schema.ts';
import { PartitionSpill } from '../build/spill.ts';
import { SortedFeatures } from '../build/sorted-features.ts';
import { describeEvent } from '../events/summary.ts';
import type { ImportedFeature } from './common.ts';

interface Spilled {
  row: number;
  feature: ImportedFeature;
}

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

/** Events by id, on disk until read back merged. */
export class EventsById {
  private readonly spill = new PartitionSpill<Spilled>({ partitions: 32 });
  private added = 0;
  /** Rows merged into an event that an earlier row already gave (known once `merged` has run). */
  duplicates = 0;

  add(feature: ImportedFeature, row: number): void {
    this.spill.add(feature.id, { row, feature });
    this.added++;
  }

  /** The merged events as JSON, readable in the order of their first row. Close it, then dispose. */
  merged(): SortedFeatures {
    const out = new SortedFeatures(this.spill.dir);
    let events = 0;
    for (let p = 0; p < this.spill.partitions; p++) {
      const byId = new Map<string, Spilled>();
      for (const s of this.spill.read(p)) {
        const seen = byId.get(s.feature.id);
        if (seen) mergeSameEvent(seen.feature, s.feature);
        else byId.set(s.feature.id, s);
      }
      for (const s of byId.values()) out.add(String(s.row).padStart(12, '0'), JSON.stringify(s.feature));
      events += byId.size;
    }
    this.duplicates = this.added - events;
    return out;
  }

  dispose(): void {
    this.spill.dispose();
  }
}
