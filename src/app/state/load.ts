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

async function fetchJson(url: string): Promise<unknown> {
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
