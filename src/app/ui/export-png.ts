// The PNG export, fit to publish: at twice the CSS pixels (2000 px wide), a header with the title, the dates
// and the count line, the map drawn from the events the count line counts and around them, as the live map's
// overlay draws them (./export-png-map.ts), a legend of exactly those events (their types, marker kinds and a
// size key; or the overlay's key: ./export-png-legend.ts), and a footer with the outlets and the credit. The
// same words go into the file as text chunks (./png-text.ts).
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { EventFeature } from '../../shared/schema.ts';
import type { FeatureCollection } from 'geojson';
import type { Scheme } from '../map/colour-scheme.ts';
import { toMapCollection } from '../map/events-source.ts';
import { withArabicEventLabels } from '../map/labels-lang.ts';
import type { BBox } from '../map/view.ts';
import type { DateRange } from '../state/range.ts';
import type { Overlay } from '../state/overlay.ts';
import { language, t } from '../i18n/current.ts';
import { pngContent, pngText } from './export-png-content.ts';
import { drawRows, layoutRows, legendGroups, PNG_FONT, type Ink } from './export-png-legend.ts';
import { renderMapFrame } from './export-png-map.ts';
import { withPngText } from './png-text.ts';

export const PNG_RATIO = 2;
export const PNG_WIDTH = 1000;
export const PNG_MAP_HEIGHT = 600;

export interface PngInput {
  map: MapLibreMap;
  shown: readonly EventFeature[];
  range: DateRange | null;
  countLine: string;
  title: string;
  /** Around the events shown (country-wide ones by their country), or null for the live view. */
  bounds: BBox | null;
  /** The map's circle scale and the data set's largest toll (../map/size.ts). */
  scale: number;
  maxToll: number;
  scheme: Scheme;
  /** What the live map draws the events as: the PNG draws them so, with that overlay's legend. */
  overlay: Overlay;
}

const PAD = 20;

const INK: Record<Scheme, Ink> = {
  light: { paper: '#ffffff', ink: '#1d1d1b', ink2: '#55524c' },
  dark: { paper: '#151514', ink: '#ecebe7', ink2: '#c9c5bc' },
};

/** The events as the map's events source holds them, with their Arabic labels in Arabic. */
function mapEventsOf(shown: readonly EventFeature[]): FeatureCollection {
  const collection = toMapCollection(shown);
  return language() === 'ar' ? withArabicEventLabels(collection, new Map(shown.map((f) => [f.properties.id, f]))) : collection;
}

export async function composePng(input: PngInput): Promise<Blob> {
  const ink = INK[input.scheme];
  const measure = document.createElement('canvas').getContext('2d');
  if (!measure) throw new Error('no 2D canvas');
  const frame = await renderMapFrame(input.map, {
    width: PNG_WIDTH,
    height: PNG_MAP_HEIGHT,
    ratio: PNG_RATIO,
    bounds: input.bounds,
    events: mapEventsOf(input.shown),
    shown: input.shown,
    overlay: input.overlay,
  });
  const content = pngContent(input.shown, input.range, input.countLine, input.title, input.maxToll, input.overlay, frame.hexResolution);
  const header = 78;
  const maxW = PNG_WIDTH - 2 * PAD;
  const legend = layoutRows(legendGroups(content, input.scheme, input.scale, ink, measure), maxW);
  const noteHeight = content.note ? 20 : 0;
  const footer = 50;
  const legendTop = header + PNG_MAP_HEIGHT + 12;
  const height = legendTop + legend.height + noteHeight + footer;

  const out = document.createElement('canvas');
  out.width = PNG_WIDTH * PNG_RATIO;
  out.height = height * PNG_RATIO;
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.fillStyle = ink.paper;
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(frame.canvas, 0, header * PNG_RATIO, PNG_WIDTH * PNG_RATIO, PNG_MAP_HEIGHT * PNG_RATIO);
  ctx.scale(PNG_RATIO, PNG_RATIO);
  // In a right-to-left interface (Arabic) everything is set right to left from the right edge: the lines,
  // and the legend's items in reading order, each swatch to the right of its words.
  const rtl = document.body.dir === 'rtl';
  ctx.direction = rtl ? 'rtl' : 'ltr';
  const line = (text: string, at: number): void => {
    ctx.textAlign = rtl ? 'right' : 'left';
    ctx.textBaseline = 'top';
    ctx.fillText(text, rtl ? PNG_WIDTH - PAD : PAD, at, maxW);
    ctx.textAlign = 'left';
  };
  ctx.fillStyle = ink.ink;
  ctx.font = `bold 22px ${PNG_FONT}`;
  line(content.title, 16);
  ctx.font = `15px ${PNG_FONT}`;
  ctx.fillStyle = ink.ink2;
  line(`${content.dates}${t('sep')}${content.count}`, 48);
  let y = drawRows(ctx, legend, legendTop, PAD, PNG_WIDTH - PAD, rtl);
  ctx.font = `12px ${PNG_FONT}`;
  if (content.note) {
    ctx.fillStyle = ink.ink2;
    line(content.note, y + 4);
    y += noteHeight;
  }
  ctx.fillStyle = ink.ink;
  line(content.sources, y + 8);
  ctx.fillStyle = ink.ink2;
  line(content.credit, y + 26);

  const blob = await new Promise<Blob>((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error('the map could not be saved as PNG'))), 'image/png'));
  const bytes = withPngText(new Uint8Array(await blob.arrayBuffer()), pngText(content));
  return new Blob([bytes as BlobPart], { type: 'image/png' });
}
