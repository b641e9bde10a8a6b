// File names and downloads for the exports. The name states the dates: conflict-map-2011-08-01_2011-08-06.csv.
import type { DateRange } from '../state/range.ts';

export type ExportKind = 'geojson' | 'csv' | 'png';

export const MIME: Record<ExportKind, string> = {
  geojson: 'application/geo+json',
  csv: 'text/csv;charset=utf-8',
  png: 'image/png',
};

/** "conflict-map-2011-08-01_2011-08-06.csv"; one day gives one date; no dated event gives "all-dates". */
export function exportFileName(range: DateRange | null, kind: ExportKind): string {
  const dates = range === null ? 'all-dates' : range.start === range.end ? range.start : `${range.start}_${range.end}`;
  return `conflict-map-${dates}.${kind}`;
}

/** Saves a blob under a name through a blob: URL and an anchor (the page's CSP allows blob:). */
export function downloadBlob(blob: Blob, name: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
