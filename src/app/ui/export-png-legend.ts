// The PNG's legend, drawn on its canvas: with the circles, the types of the events counted, their marker
// kinds and a size key; with an aggregate overlay, that overlay's key (the death-toll classes of hexagons and
// provinces, the heatmap's ramp) and what it counts. Items are laid out in rows in reading order: from the
// left in English, from the right in Arabic, each item's parts (swatch, then words) mirrored too.
import type { Scheme } from '../map/colour-scheme.ts';
import { paletteOf } from '../map/colour-scheme.ts';
import { radiusFor } from '../map/size.ts';
import { formatNumber, t } from '../i18n/current.ts';
import { classLabel, DEATH_CLASSES, HEAT_STOPS, NO_DEATHS_COLOUR } from '../overlays/overlay-scale.ts';
import { shapeLabel, type PngContent, type ShapeKind } from './export-png-content.ts';

export const PNG_FONT = "'CM Sans', 'DejaVu Sans', sans-serif";

export interface Ink {
  paper: string;
  ink: string;
  ink2: string;
}

type Ctx = CanvasRenderingContext2D;
/** A piece of an item, drawn in the box [x, x + width] of a row of the given height. */
interface Part {
  width: number;
  draw: (ctx: Ctx, x: number, y: number, height: number, rtl: boolean) => void;
}
export interface Item {
  width: number;
  height: number;
  parts: Part[];
}

const GAP = 6;
const AFTER = 18;
const item = (parts: Part[], height = 22): Item => ({ parts, height, width: parts.reduce((w, p) => w + p.width, 0) + GAP * (parts.length - 1) + AFTER });

function words(measure: Ctx, text: string, ink: string, bold = false): Part {
  const font = `${bold ? 'bold ' : ''}13px ${PNG_FONT}`;
  measure.font = font;
  return {
    width: measure.measureText(text).width,
    draw: (ctx, x, y, h) => {
      ctx.fillStyle = ink;
      ctx.font = font;
      ctx.textBaseline = 'middle';
      ctx.textAlign = 'left';
      ctx.fillText(text, x, y + h / 2);
    },
  };
}

const square = (colour: string): Part => ({
  width: 14,
  draw: (ctx, x, y, h) => {
    ctx.fillStyle = colour;
    ctx.fillRect(x, y + (h - 14) / 2, 14, 14);
  },
});

function circle(ink: Ink, r: number, kind: ShapeKind | 'size', width = Math.ceil(2 * r + 2)): Part {
  return {
    width,
    draw: (ctx, x, y, h) => {
      ctx.beginPath();
      ctx.arc(x + width / 2, y + h / 2, r, 0, 2 * Math.PI);
      ctx.lineWidth = kind === 'country' ? 2 : 1;
      ctx.strokeStyle = kind === 'place' || kind === 'claim' ? ink.paper : ink.ink2;
      ctx.fillStyle = ink.ink2;
      ctx.globalAlpha = { place: 0.8, claim: 0.35, admin1: 0.22, country: 0, size: 0 }[kind];
      if (ctx.globalAlpha > 0) ctx.fill();
      ctx.globalAlpha = 1;
      ctx.stroke();
    },
  };
}

/** The heatmap's colours from few to more deaths, in reading order. */
const ramp = (width: number): Part => ({
  width,
  draw: (ctx, x, y, h, rtl) => {
    const g = ctx.createLinearGradient(rtl ? x + width : x, 0, rtl ? x : x + width, 0);
    for (const [at, colour] of HEAT_STOPS) g.addColorStop(at, colour);
    ctx.fillStyle = g;
    ctx.fillRect(x, y + (h - 12) / 2, width, 12);
  },
});

function circleGroups(c: PngContent, scheme: Scheme, scale: number, ink: Ink, measure: Ctx): Item[][] {
  const palette = paletteOf(scheme);
  const text = (s: string): Part => words(measure, s, ink.ink);
  const types = c.types.map((type) => item([square(palette.types[type.type]), text(`${type.label} (${formatNumber(type.events)})`)]));
  const shapes = c.shapes.map((k) => item([circle(ink, k === 'place' || k === 'claim' ? 5 : 8, k, 18), text(shapeLabel(k))]));
  const sizes = c.sizes.map((v) => {
    const r = radiusFor(v, scale);
    return item([circle(ink, r, 'size'), text(v === null ? t('legend.noToll') : t('legend.killed', { n: v }))], Math.max(22, Math.ceil(2 * r + 2) + 4));
  });
  const heading = (s: string): Item => item([words(measure, s, ink.ink, true)]);
  const groups: Item[][] = [];
  if (types.length) groups.push([heading(t('legend.types')), ...types]);
  if (shapes.length) groups.push([heading(t('legend.where')), ...shapes]);
  if (sizes.length) groups.push([heading(t('legend.deaths')), ...sizes]);
  return groups;
}

/** The legend's groups for the PNG's overlay; each group starts a row. */
export function legendGroups(c: PngContent, scheme: Scheme, scale: number, ink: Ink, measure: Ctx): Item[][] {
  if (c.overlay === 'circles') return circleGroups(c, scheme, scale, ink, measure);
  const heading = (s: string): Item => item([words(measure, s, ink.ink, true)]);
  const text = (s: string): Part => words(measure, s, ink.ink);
  if (c.overlay === 'heatmap') return [[heading(t('overlay.heatTitle')), item([text(t('overlay.fewer')), ramp(160), text(t('overlay.more'))])]];
  const classes = [item([square(NO_DEATHS_COLOUR), text(t('overlay.none'))]), ...DEATH_CLASSES.map((k, i) => item([square(k.colour), text(classLabel(i))]))];
  return [[heading(t(c.overlay === 'hexagons' ? 'overlay.hexTitle' : 'overlay.regionTitle')), ...classes]];
}

export interface Rows {
  rows: { items: Item[]; height: number }[];
  height: number;
}

/** Lays the groups out in rows (a group starts a new row), wrapping inside the width. */
export function layoutRows(groups: Item[][], width: number): Rows {
  const rows: Rows['rows'] = [];
  for (const group of groups) {
    let row = { items: [] as Item[], height: 0, used: 0 };
    for (const it of group) {
      if (row.items.length && row.used + it.width > width) {
        rows.push(row);
        row = { items: [], height: 0, used: 0 };
      }
      row.items.push(it);
      row.used += it.width;
      row.height = Math.max(row.height, it.height);
    }
    if (row.items.length) rows.push(row);
  }
  return { rows, height: rows.reduce((h, r) => h + r.height + 4, 0) };
}

/** Draws the rows from `top` between the margins `left` and `right`, in reading order; returns the y after them. */
export function drawRows(ctx: Ctx, legend: Rows, top: number, left: number, right: number, rtl: boolean): number {
  let y = top;
  for (const row of legend.rows) {
    // The start of reading: the left margin, or the right one in a right-to-left interface.
    let at = rtl ? right : left;
    for (const it of row.items) {
      const boxY = y + (row.height - it.height) / 2;
      for (const part of it.parts) {
        const x = rtl ? at - part.width : at;
        part.draw(ctx, x, boxY, it.height, rtl);
        at += (rtl ? -1 : 1) * (part.width + GAP);
      }
      at += (rtl ? -1 : 1) * (AFTER - GAP);
    }
    y += row.height + 4;
  }
  return y;
}
