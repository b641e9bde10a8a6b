// The build's merge over spilled events. Events are partitioned by their merge key (type, precision and
// place: see placeKey), so events that could merge always share a partition, and each partition holds its
// events in input order. Merging partition by partition therefore gives exactly what one merge over all
// events gives, while only one partition's merged events are in memory at a time.
import type { EventFeature, ReportEntry } from '../../shared/schema.ts';
import { createMerger, placeKey } from '../merge.ts';
import { outputFeature, sortKey, type OutputOptions } from '../output.ts';
import { PartitionSpill } from './spill.ts';
import { SortedFeatures } from './sorted-features.ts';

/** Events on their way to the merge: spilled to disk by merge key, in input order. */
export class EventSpill {
  readonly spill: PartitionSpill<EventFeature>;
  count = 0;

  constructor(partitions = 64) {
    this.spill = new PartitionSpill<EventFeature>({ partitions });
  }

  add(e: EventFeature): void {
    this.spill.add(placeKey(e.properties), e);
    this.count++;
  }

  dispose(): void {
    this.spill.dispose();
  }
}

export interface MergedOutput {
  /** The valid merged features as JSON, readable in output order. */
  features: SortedFeatures;
  /** Merged features that fail the schema, in output order, as report entries. */
  skipped: ReportEntry[];
}

/** Merges every partition; `onPartition` is called after each (for progress). */
export function mergeSpilled(events: EventSpill, onPartition: () => void = () => {}, options: OutputOptions = {}): MergedOutput {
  const features = new SortedFeatures(events.spill.dir);
  const invalid: Array<{ key: string; entry: ReportEntry }> = [];
  for (let p = 0; p < events.spill.partitions; p++) {
    const merger = createMerger();
    for (const e of events.spill.read(p)) merger.add(e);
    for (const f of merger.events) {
      const key = sortKey(f);
      const checked = outputFeature(f, options);
      if ('feature' in checked) features.add(key, JSON.stringify(checked.feature));
      else invalid.push({ key, entry: checked.skipped });
    }
    onPartition();
  }
  invalid.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { features, skipped: invalid.map((x) => x.entry) };
}
