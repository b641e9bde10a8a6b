// The export files themselves (./export.ts's toolbar loads this with the first download): GeoJSON and CSV
// written in parts, one a batch of the full events (a million events' file is more than one string holds),
// and the PNG (./export-png.ts).
import type { EventFeature } from '../../shared/schema.ts';
import { currentScheme } from '../map/colour-scheme.ts';
import { eventBounds } from '../map/view.ts';
import type { DateRange } from '../state/range.ts';
import { csvPart } from './export-csv.ts';
import { MIME, type ExportKind } from './export-file.ts';
import { geoJsonParts } from './export-geojson.ts';
import { composePng } from './export-png.ts';
import type { ExportSource } from './export.ts';

/** The file of one kind; `range` is the one its name states (the PNG's header too). */
export async function blobOf(kind: ExportKind, src: ExportSource, shown: readonly EventFeature[], range: DateRange | null): Promise<Blob> {
  if (kind === 'png')
    return composePng({
      map: src.map,
      shown,
      range,
      countLine: src.caption(),
      title: src.title?.() ?? document.querySelector('h1')?.textContent ?? '',
      bounds: eventBounds(shown, 3, src.areaOf),
      scale: src.scale ?? 1,
      maxToll: src.maxToll ?? 0,
      scheme: currentScheme(),
      overlay: src.overlay?.() ?? 'circles',
    });
  // In parts, one a batch: a million events' file is more than one string can hold.
  const each = src.eachShown ?? (async (batch: (events: EventFeature[]) => void) => batch([...shown]));
  let parts: string[];
  if (kind === 'csv') {
    // A byte order mark lets spreadsheet programs read the CSV as UTF-8.
    parts = ['\ufeff', csvPart([], true)];
    await each((events) => parts.push(csvPart(events, false)));
  } else {
    const json = geoJsonParts({ range: src.range() });
    parts = [json.head];
    let first = true;
    await each((events) => {
      const text = json.features(events, first);
      if (text) first = false;
      parts.push(text);
    });
    parts.push(json.tail);
  }
  return new Blob(parts, { type: MIME[kind] });
}
