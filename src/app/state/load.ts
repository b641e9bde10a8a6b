// Loads the events and the basemap. The events are validated against the shared schema: the valid
// ones are kept and the errors are reported, so one bad event does not blank the map.
import type { Topology } from 'topojson-specification';
import type { EventFeature } from '../../shared/schema.ts';
import { validateCollection } from '../../shared/validate.ts';

export interface LoadedEvents {
  features: EventFeature[];
  errors: string[];
  rejected: number;
}

export async function fetchJson(url: string): Promise<unknown> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.json() as Promise<unknown>;
}

export async function loadEvents(url: string): Promise<LoadedEvents> {
  const result = validateCollection(await fetchJson(url));
  return { features: result.valid, errors: result.errors, rejected: result.rejected };
}

export async function loadTopology(url: string): Promise<Topology> {
  const data = await fetchJson(url);
  if (typeof data !== 'object' || data === null || (data as { type?: unknown }).type !== 'Topology')
    throw new Error(`${url}: not a TopoJSON topology`);
  return data as Topology;
}

/** The events' region the build gave full detail to ([west, south, east, north]; scripts/build-basemap.mjs). */
export function detailRegion(t: Topology): [number, number, number, number] | null {
  const d = (t as { detail?: unknown }).detail;
  return Array.isArray(d) && d.length === 4 && d.every((v) => typeof v === 'number' && Number.isFinite(v)) ? (d as [number, number, number, number]) : null;
}

/** True when every event lies where the basemap is detailed (or the basemap is detailed everywhere). */
export function basemapCovers(t: Topology, features: readonly { geometry: { coordinates: number[] } }[]): boolean {
  const d = detailRegion(t);
  if (!d) return true;
  return features.every(({ geometry: { coordinates: [x = 0, y = 0] } }) => x >= d[0] && x <= d[2] && y >= d[1] && y <= d[3]);
}

/**
 * The basemap built for the bundled events (detailed around them, simplified elsewhere), or the whole
 * Natural Earth 1:50m file when it is missing or other data (`?data=`) lies outside its detail.
 */
export async function loadBasemap(regionalUrl: string, fullUrl: string, events: Promise<{ features: readonly { geometry: { coordinates: number[] } }[] }>): Promise<Topology> {
  const regional = await loadTopology(regionalUrl).catch(() => null);
  if (regional && basemapCovers(regional, (await events).features)) return regional;
  return loadTopology(fullUrl);
}
