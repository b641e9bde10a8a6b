// Loads the events and the basemap. The events file is either GeoJSON or the binary layout
// (docs/binary-format.md), told apart by its first bytes, whatever its name. GeoJSON events are validated
// against the shared schema: the valid ones are kept and the errors are reported, so one bad event does
// not blank the map; a binary file's bytes are kept as they are for the index (../map/binary-index.ts).
import type { Topology } from 'topojson-specification';
import type { EventFeature } from '../../shared/schema.ts';
import { validateCollection } from '../../shared/validate.ts';

export interface LoadedEvents {
  features: EventFeature[];
  errors: string[];
  rejected: number;
  /** The whole file, when it is a binary events file (then `features` is empty). */
  binary?: ArrayBuffer;
}

/** The binary layout's magic, `CMEV` (pipeline/binary/layout.ts), read without importing it into the main chunk. */
const BINARY_MAGIC = [0x43, 0x4d, 0x45, 0x56];

export function isBinaryEvents(bytes: ArrayBuffer): boolean {
  const head = new Uint8Array(bytes, 0, Math.min(4, bytes.byteLength));
  return head.length === 4 && BINARY_MAGIC.every((b, i) => head[i] === b);
}

/** An events file of either kind. */
export async function loadEventsFile(url: string): Promise<LoadedEvents> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  const bytes = await res.arrayBuffer();
  if (isBinaryEvents(bytes)) return { features: [], errors: [], rejected: 0, binary: bytes };
  let doc: unknown;
  try {
    doc = JSON.parse(new TextDecoder().decode(bytes));
  } catch (e) {
    throw new Error(`${url}: neither GeoJSON nor a binary events file (${(e as Error).message})`);
  }
  const result = validateCollection(doc);
  return { features: result.valid, errors: result.errors, rejected: result.rejected };
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

/** The events' positions, as columns. */
export interface Positions {
  count: number;
  lon: ArrayLike<number>;
  lat: ArrayLike<number>;
}

/** True when every event lies where the basemap is detailed (or the basemap is detailed everywhere). */
export function basemapCovers(t: Topology, at: Positions): boolean {
  const d = detailRegion(t);
  if (!d) return true;
  for (let i = 0; i < at.count; i++) {
    const x = at.lon[i]!;
    const y = at.lat[i]!;
    if (!(x >= d[0] && x <= d[2] && y >= d[1] && y <= d[3])) return false;
  }
  return true;
}

/**
 * The basemap built for the bundled events (detailed around them, simplified elsewhere), or the whole
 * Natural Earth 1:50m file when it is missing or other data (`?data=`) lies outside its detail.
 */
export async function loadBasemap(regionalUrl: string, fullUrl: string, events: Promise<Positions>): Promise<Topology> {
  const regional = await loadTopology(regionalUrl).catch(() => null);
  if (regional && basemapCovers(regional, await events)) return regional;
  return loadTopology(fullUrl);
}
