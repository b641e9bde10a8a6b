// The PNG export, fit to publish: at twice the CSS pixels (2000 px wide), a header with the title, the dates
// and the count line, the map drawn around the events the count line counts (./export-png-map.ts), a legend
// of exactly those events (their types, marker kinds and a size key), and a footer with the outlets and the
// credit. The same words go into the file as text chunks (./png-text.ts).
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { EventFeature } from '../../shared/schema.ts';
import type { Scheme } from '../map/colour-scheme.ts';
import { paletteOf } from '../map/colour-scheme.ts';
import { radiusFor } from '../map/size.ts';
import type { BBox } from '../map/view.ts';
import type { DateRange } from '../state/range.ts';
import { formatNumber, t } from '../i18n/current.ts';
import { pngContent, pngText, shapeLabel, type PngContent, type ShapeKind } from './export-png-content.ts';
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
}

const FONT = "'CM Sans', 'DejaVu Sans', sans-serif";
const PAD = 20;

interface Ink {
  paper: string;
  ink: string;
  ink2: string;
}
const INK: Record<Scheme, Ink> = {
  light: { paper: '#ffffff', ink: '#1d1d1b', ink2: '#55524c' },
  dark: { paper: '#151514', ink: '#ecebe7', ink2: '#c9c5bc' },
};

type Item = { width: number; height: number; draw: (ctx: CanvasRenderingContext2D, x: number, y: number) => void };

function legendItems(c: PngContent, input: PngInput, ink: Ink, measure: CanvasRenderingContext2D): Item[][] {
  const palette = paletteOf(input.scheme);
  measure.font = `13px ${FONT}`;
  const label = (text: string, icon: number, drawIcon: Item['draw'], height = 22): Item => ({
    width: icon + 6 + measure.measureText(text).width + 18,
    height,
    draw: (ctx, x, y) => {
      drawIcon(ctx, x, y);
      ctx.fillStyle = ink.ink;
      ctx.font = `13px ${FONT}`;
      ctx.textBaseline = 'middle';
      ctx.fillText(text, x + icon + 6, y + height / 2);
    },
  });
  const heading = (text: string): Item => {
    measure.font = `bold 13px ${FONT}`;
    const width = measure.measureText(text).width + 10;
    measure.font = `13px ${FONT}`;
    return {
      width,
      height: 22,
      draw: (ctx, x, y) => {
        ctx.fillStyle = ink.ink;
        ctx.font = `bold 13px ${FONT}`;
        ctx.textBaseline = 'middle';
        ctx.fillText(text, x, y + 11);
      },
    };
  };
  const types = c.types.map((type) =>
    label(`${type.label} (${formatNumber(type.events)})`, 14, (ctx, x, y) => {
      ctx.fillStyle = palette.types[type.type];
      ctx.fillRect(x, y + 4, 14, 14);
    }),
  );
  const circle = (ctx: CanvasRenderingContext2D, cx: number, cy: number, r: number, kind: ShapeKind | 'size'): void => {
    ctx.beginPath();
    ctx.arc(cx, cy, r, 0, 2 * Math.PI);
    ctx.lineWidth = kind === 'country' ? 2 : 1;
    ctx.strokeStyle = kind === 'place' || kind === 'claim' ? ink.paper : ink.ink2;
    ctx.fillStyle = ink.ink2;
    ctx.globalAlpha = { place: 0.8, claim: 0.35, admin1: 0.22, country: 0, size: 0 }[kind];
    if (ctx.globalAlpha > 0) ctx.fill();
    ctx.globalAlpha = 1;
    ctx.stroke();
  };
  const shapes = c.shapes.map((k) => label(shapeLabel(k), 18, (ctx, x, y) => circle(ctx, x + 9, y + 11, k === 'place' || k === 'claim' ? 5 : 8, k)));
  const sizes = c.sizes.map((v) => {
    const r = radiusFor(v, input.scale);
    const d = Math.ceil(2 * r + 2);
    return label(v === null ? t('legend.noToll') : t('legend.killed', { n: v }), d, (ctx, x, y) => circle(ctx, x + d / 2, y + Math.max(22, d + 4) / 2, r, 'size'), Math.max(22, d + 4));
  });
  const groups: Item[][] = [];
  if (types.length) groups.push([heading(t('legend.types')), ...types]);
  if (shapes.length) groups.push([heading(t('legend.where')), ...shapes]);
  if (sizes.length) groups.push([heading(t('legend.deaths')), ...sizes]);
  return groups;
}

/** Lays the groups out in rows (a group starts a new row), wrapping inside the width. */
function layoutRows(groups: Item[][], width: number): { rows: { items: Item[]; height: number }[]; height: number } {
  const rows: { items: Item[]; height: number }[] = [];
  for (const group of groups) {
    let row = { items: [] as Item[], height: 0, used: 0 };
    for (const item of group) {
      if (row.items.length && row.used + item.width > width) {
        rows.push(row);
        row = { items: [], height: 0, used: 0 };
      }
      row.items.push(item);
      row.used += item.width;
      row.height = Math.max(row.height, item.height);
    }
    if (row.items.length) rows.push(row);
  }
  return { rows, height: rows.reduce((h, r) => h + r.height + 4, 0) };
}

export async function composePng(input: PngInput): Promise<Blob> {
  const content = pngContent(input.shown, input.range, input.countLine, input.title, input.maxToll);
  const ink = INK[input.scheme];
  const measure = document.createElement('canvas').getContext('2d');
  if (!measure) throw new Error('no 2D canvas');
  const header = 78;
  const legend = layoutRows(legendItems(content, input, ink, measure), PNG_WIDTH - 2 * PAD);
  const footer = 50;
  const legendTop = header + PNG_MAP_HEIGHT + 12;
  const height = legendTop + legend.height + footer;
  const frame = await renderMapFrame(input.map, { width: PNG_WIDTH, height: PNG_MAP_HEIGHT, ratio: PNG_RATIO, bounds: input.bounds });

  const out = document.createElement('canvas');
  out.width = PNG_WIDTH * PNG_RATIO;
  out.height = height * PNG_RATIO;
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.fillStyle = ink.paper;
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(frame, 0, header * PNG_RATIO, PNG_WIDTH * PNG_RATIO, PNG_MAP_HEIGHT * PNG_RATIO);
  ctx.scale(PNG_RATIO, PNG_RATIO);
  const maxW = PNG_WIDTH - 2 * PAD;
  // In a right-to-left interface (Arabic) the lines are set right to left, from the right edge; the legend's
  // items keep their order, each label read right to left.
  const rtl = document.documentElement.dir === 'rtl';
  ctx.direction = rtl ? 'rtl' : 'ltr';
  const line = (text: string, at: number): void => {
    ctx.textAlign = rtl ? 'right' : 'left';
    ctx.fillText(text, rtl ? PNG_WIDTH - PAD : PAD, at, maxW);
    ctx.textAlign = 'left';
  };
  ctx.textBaseline = 'top';
  ctx.fillStyle = ink.ink;
  ctx.font = `bold 22px ${FONT}`;
  line(content.title, 16);
  ctx.font = `15px ${FONT}`;
  ctx.fillStyle = ink.ink2;
  line(`${content.dates} · ${content.count}`, 48);
  let y = legendTop;
  for (const row of legend.rows) {
    let x = PAD;
    for (const item of row.items) {
      item.draw(ctx, x, y + (row.height - item.height) / 2);
      x += item.width;
    }
    y += row.height + 4;
  }
  ctx.textBaseline = 'top';
  ctx.font = `12px ${FONT}`;
  ctx.fillStyle = ink.ink;
  line(content.sources, y + 8);
  ctx.fillStyle = ink.ink2;
  line(content.credit, y + 26);

  const blob = await new Promise<Blob>((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error('the map could not be saved as PNG'))), 'image/png'));
  const bytes = withPngText(new Uint8Array(await blob.arrayBuffer()), pngText(content));
  return new Blob([bytes as BlobPart], { type: 'image/png' });
}
