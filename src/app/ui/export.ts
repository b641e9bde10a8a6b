// The export toolbar: the events the count line counts (date range and filters applied), downloaded as
// GeoJSON, as CSV with ACLED's columns, or as a PNG fit to publish (./export-png.ts), each made by
// ./export-blob.ts, loaded with the first download. The file names state the dates.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { EventFeature } from '../../shared/schema.ts';
import type { BBox } from '../map/view.ts';
import type { Overlay } from '../state/overlay.ts';
import { dataExtent, type DateRange } from '../state/range.ts';
import type { MessageKey } from '../i18n/catalogue.ts';
import { onLanguage, t } from '../i18n/current.ts';
import { h } from './dom.ts';
import { downloadBlob, exportFileName, type ExportKind } from './export-file.ts';
import './export.css';

export interface ExportSource {
  map: MapLibreMap;
  /** Exactly the events the count line counts. */
  shown(): readonly EventFeature[];
  /** The same events in full (their sources' sentences included), in batches, for the CSV and GeoJSON files:
   * a binary file's events are read from its metadata chunks (../map/event-index.ts eachDetails). By
   * default `shown()` as it is. */
  eachShown?(batch: (events: EventFeature[]) => void): Promise<void>;
  /** The selected date range, or null for all dates. */
  range(): DateRange | null;
  /** The count line's text, for the PNG's caption. */
  caption(): string;
  /** The map's circle scale and the largest toll, for the PNG's size key (../map/size.ts). */
  scale?: number;
  maxToll?: number;
  /** The extent of an event's area (a country-wide one's country), so that the PNG shows all of it. */
  areaOf?: (f: EventFeature) => BBox | null;
  /** The PNG's title; by default the page's heading. */
  title?: () => string;
  /** What the map draws the events as (the PNG draws them so); circles by default. */
  overlay?: () => Overlay;
}

/** Each file's name (a format's name, the same in any language) and what its button does. */
const LABELS: Record<ExportKind, [string, MessageKey]> = {
  geojson: ['GeoJSON', 'exports.geojson'],
  csv: ['CSV', 'exports.csv'],
  png: ['PNG', 'exports.png'],
};

/** The dates a file name states: the range picked, else the span of the events in it. */
export function exportRange(range: DateRange | null, shown: readonly EventFeature[]): DateRange | null {
  return range ?? dataExtent(shown);
}

export function bindExports(container: HTMLElement, src: ExportSource): void {
  const message = h('span', { class: 'cm-exports__message', role: 'status' });
  const buttons = (Object.keys(LABELS) as ExportKind[]).map((kind) => {
    const [label] = LABELS[kind];
    const button = h('button', { type: 'button', class: 'cm-exports__button', 'data-testid': `export-${kind}` }, label);
    button.addEventListener('click', () => {
      const shown = src.shown();
      const name = exportFileName(exportRange(src.range(), shown), kind);
      button.disabled = true;
      message.textContent = '';
      // The files' code (CSV, GeoJSON, the PNG's map and legend) loads with the first download, not with the page.
      import('./export-blob.ts')
        .then(({ blobOf }) => blobOf(kind, src, shown, exportRange(src.range(), shown)))
        .then((blob) => downloadBlob(blob, name))
        .catch((err: unknown) => {
          message.textContent = t('exports.failed', { kind: label, error: err instanceof Error ? err.message : String(err) });
        })
        .finally(() => {
          button.disabled = false;
        });
    });
    return button;
  });
  const name = h('span', { class: 'cm-exports__label' });
  container.replaceChildren(name, ...buttons, message);
  container.setAttribute('role', 'toolbar');
  const relabel = (): void => {
    name.textContent = t('exports.label');
    container.setAttribute('aria-label', t('exports.toolbar'));
    (Object.keys(LABELS) as ExportKind[]).forEach((kind, i) => {
      const what = t(LABELS[kind][1]);
      buttons[i]?.setAttribute('title', what);
      buttons[i]?.setAttribute('aria-label', what);
    });
  };
  relabel();
  onLanguage(relabel);
}
