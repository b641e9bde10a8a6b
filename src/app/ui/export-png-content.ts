// What the PNG says, worked out from the events the count line counts (never from what the viewport happens
// to show): its title, dates, count line, the legend of the types and marker kinds among those events, the
// size key, the outlets they come from and the credit.
import type { EventFeature, GeoPrecision } from '../../shared/schema.ts';
import type { MessageKey } from '../i18n/catalogue.ts';
import { classLabel, DEATH_CLASSES } from '../overlays/overlay-scale.ts';
import { hexWidthKm } from '../overlays/overlay-legend.ts';
import type { Overlay } from '../state/overlay.ts';
import { formatDayIn, formatList, t, tCount, typeLabel } from '../i18n/current.ts';
import { formatDay } from '../state/dates.ts';
import type { DateRange } from '../state/range.ts';
import { keyTolls } from '../map/size.ts';
import { EVENT_TYPES } from './palette.ts';

export type ShapeKind = GeoPrecision | 'claim';
const SHAPE_KEYS: Record<ShapeKind, MessageKey> = { place: 'legend.place', admin1: 'legend.admin1', country: 'legend.country', claim: 'legend.claim' };
/** A marker kind in the interface's language, as the page's legend names it ("Town or city"). */
export const shapeLabel = (k: ShapeKind): string => t(SHAPE_KEYS[k]);

export interface PngContent {
  /** What the map draws the events as; the legend is that overlay's. */
  overlay: Overlay;
  title: string;
  /** "1 Aug 2011 – 6 Aug 2011", or "All dates". */
  dates: string;
  count: string;
  types: { type: (typeof EVENT_TYPES)[number]; label: string; events: number }[];
  shapes: ShapeKind[];
  /** Tolls of the size key; null is "No toll given". */
  sizes: (number | null)[];
  /** "Sources: The Jerusalem Post, Reuters (4 reports)". */
  sources: string;
  /** What an aggregate overlay counts (its legend's note), '' for the circles. */
  note: string;
  credit: string;
}

export function datesText(range: DateRange | null): string {
  if (range === null) return t('dates.all');
  const day = (d: string): string => formatDayIn(d, formatDay);
  return range.start === range.end ? day(range.start) : t('date.range', { start: day(range.start), end: day(range.end) });
}

/** "Sources: A, B and 3 other outlets (12 reports)"; the outlets most often cited first. */
export function sourcesText(shown: readonly EventFeature[], most = 4): string {
  const outlets = new Map<string, number>();
  const articles = new Set<string>();
  for (const f of shown)
    for (const s of f.properties.sources) {
      articles.add(s.url ?? s.article);
      const name = s.outlet?.trim();
      if (name) outlets.set(name, (outlets.get(name) ?? 0) + 1);
    }
  if (!articles.size) return t('png.sourcesNone');
  const names = [...outlets].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([n]) => n);
  const listed = names.slice(0, most);
  const rest = names.length - listed.length;
  const who = !listed.length ? t('png.newsReports') : rest > 0 ? formatList([...listed, tCount('png.others', rest)]) : listed.join(t('list.comma'));
  return t('png.sources', { who, reports: tCount('overlay.reports', articles.size) });
}

function overlayNote(overlay: Overlay, hexResolution: number | undefined): string {
  if (overlay === 'heatmap') return t('overlay.heatNote');
  if (overlay === 'regions') return t('overlay.regionNote');
  if (overlay !== 'hexagons') return '';
  const size = hexResolution === undefined ? '' : t('overlay.hexSize', { km: hexWidthKm(hexResolution), res: hexResolution });
  return t('overlay.hexNote', { size });
}

/** The legend's words: the types shown, or the overlay's key. */
function legendText(c: PngContent): string {
  if (c.overlay === 'circles') return c.types.map((type) => type.label).join('; ');
  if (c.overlay === 'heatmap') return `${t('overlay.heatTitle')}: ${t('overlay.fewer')} – ${t('overlay.more')}`;
  const classes = [t('overlay.none'), ...DEATH_CLASSES.map((_, i) => classLabel(i))];
  return `${t(c.overlay === 'hexagons' ? 'overlay.hexTitle' : 'overlay.regionTitle')}: ${classes.join('; ')}`;
}

/** What the PNG says; `hexResolution` is the H3 resolution of the hexagons it draws (their size, in its note). */
export function pngContent(
  shown: readonly EventFeature[],
  range: DateRange | null,
  count: string,
  title: string,
  maxToll: number,
  overlay: Overlay = 'circles',
  hexResolution?: number,
): PngContent {
  const perType = new Map<string, number>();
  const kinds = new Set<ShapeKind>();
  let largest = 0;
  let untolled = false;
  for (const f of shown) {
    const p = f.properties;
    perType.set(p.event_type, (perType.get(p.event_type) ?? 0) + 1);
    kinds.add(p.geo_precision);
    if (p.claim) kinds.add('claim');
    const toll = p.fatalities?.best ?? p.fatalities?.low ?? null;
    if (toll && toll > 0) largest = Math.max(largest, toll);
    else untolled = true;
  }
  const types = EVENT_TYPES.filter((type) => perType.has(type)).map((type) => ({ type, label: typeLabel(type), events: perType.get(type)! }));
  const shapes = (['place', 'admin1', 'country', 'claim'] as const).filter((k) => kinds.has(k));
  // The key's circles are drawn at the map's scale (set by the whole data set's largest toll), up to the
  // largest toll among the events shown.
  const sizes: (number | null)[] = keyTolls(Math.min(maxToll, largest));
  if (untolled) sizes.push(null);
  return {
    overlay,
    title: title.trim() || t('page.title'),
    dates: datesText(range),
    count,
    types,
    shapes,
    sizes,
    sources: sourcesText(shown),
    note: overlayNote(overlay, hexResolution),
    credit: t('png.credit'),
  };
}

/** The PNG's text chunks: the same words as the image. */
export function pngText(c: PngContent): Record<string, string> {
  return {
    Title: c.title,
    Description: `${c.dates}${t('sep')}${c.count}`,
    Legend: legendText(c),
    Source: c.sources,
    Copyright: c.credit,
    Software: 'Conflict Map',
  };
}
