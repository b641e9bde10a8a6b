// Scrollytelling: each step of a story, written as data attributes on its element, says what the map
// shows while the reader is on it: `data-start`/`data-end` (a date range; none means all dates),
// `data-center="lng,lat"` and `data-zoom` (the view), `data-select` (an event to open).
import { rangeFromAttributes, type Range } from './element-attrs.ts';

export interface StoryStep {
  range: Range;
  view: { center: [number, number]; zoom?: number } | null;
  select: string | null;
}

/** A `[lng, lat]` from "lng,lat", or null. */
export function parseCenter(value: string | undefined): [number, number] | null {
  const parts = (value ?? '').split(',').map((s) => Number(s.trim()));
  if (parts.length !== 2 || !parts.every((n) => Number.isFinite(n))) return null;
  const [lng, lat] = parts as [number, number];
  return Math.abs(lng) <= 180 && Math.abs(lat) <= 90 ? [lng, lat] : null;
}

export function parseStep(data: Readonly<Record<string, string | undefined>>): StoryStep {
  const center = parseCenter(data.center);
  const zoom = Number(data.zoom);
  return {
    range: rangeFromAttributes(data.start ?? null, data.end ?? null),
    view: center ? { center, ...(data.zoom !== undefined && Number.isFinite(zoom) ? { zoom } : {}) } : null,
    select: data.select?.trim() || null,
  };
}

/** The step the reader is on: of those crossing the middle of the screen, the last in the story. */
export function currentStep(entries: ReadonlyArray<{ index: number; visible: boolean }>, previous: number): number {
  const visible = entries.filter((e) => e.visible).map((e) => e.index);
  return visible.length ? Math.max(...visible) : previous;
}
