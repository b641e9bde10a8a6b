// What the PNG says, worked out from the events the count line counts (never from what the viewport happens
// to show): its title, dates, count line, the legend of the types and marker kinds among those events, the
// size key, the outlets they come from and the credit.
import type { EventFeature, GeoPrecision } from '../../shared/schema.ts';
import { formatDay } from '../state/dates.ts';
import type { DateRange } from '../state/range.ts';
import { keyTolls } from '../map/size.ts';
import { EVENT_TYPES, TYPE_LABELS } from './palette.ts';

export const PNG_CREDIT = 'Made with Conflict Map · Basemap: Natural Earth · Places: GeoNames (CC BY 4.0)';
export const DEFAULT_PNG_TITLE = 'Reported violence, by place and day';

export type ShapeKind = GeoPrecision | 'claim';
export const SHAPE_LABELS: Record<ShapeKind, string> = {
  place: 'Town or city',
  admin1: 'Province-wide',
  country: 'Country-wide',
  claim: 'Unverified claim',
};

export interface PngContent {
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
  credit: string;
}

export function datesText(range: DateRange | null): string {
  if (range === null) return 'All dates';
  return range.start === range.end ? formatDay(range.start) : `${formatDay(range.start)} – ${formatDay(range.end)}`;
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
  if (!articles.size) return 'Sources: none (no events shown)';
  const names = [...outlets].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([n]) => n);
  const listed = names.slice(0, most);
  const rest = names.length - listed.length;
  const who = listed.length ? listed.join(', ') + (rest > 0 ? ` and ${rest} other outlet${rest === 1 ? '' : 's'}` : '') : 'news reports';
  return `Sources: ${who} (${articles.size} report${articles.size === 1 ? '' : 's'})`;
}

export function pngContent(shown: readonly EventFeature[], range: DateRange | null, count: string, title: string, maxToll: number): PngContent {
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
  const types = EVENT_TYPES.filter((t) => perType.has(t)).map((t) => ({ type: t, label: TYPE_LABELS[t], events: perType.get(t)! }));
  const shapes = (['place', 'admin1', 'country', 'claim'] as const).filter((k) => kinds.has(k));
  // The key's circles are drawn at the map's scale (set by the whole data set's largest toll), up to the
  // largest toll among the events shown.
  const sizes: (number | null)[] = keyTolls(Math.min(maxToll, largest));
  if (untolled) sizes.push(null);
  return { title: title.trim() || DEFAULT_PNG_TITLE, dates: datesText(range), count, types, shapes, sizes, sources: sourcesText(shown), credit: PNG_CREDIT };
}

/** The PNG's text chunks: the same words as the image. */
export function pngText(c: PngContent): Record<string, string> {
  return {
    Title: c.title,
    Description: `${c.dates} · ${c.count}`,
    Legend: c.types.map((t) => t.label).join('; '),
    Source: c.sources,
    Copyright: c.credit,
    Software: 'Conflict Map',
  };
}
