// The filtered index (./event-index.ts) of a binary events file (docs/binary-format.md) with its
// attributes: the file's columns used as they are or turned once into the index's columns, the actor and
// outlet filters matched on the file's dictionaries, and no feature built per event. `feature(row)` builds
// one row's event from the columns (its sources give their outlets, not their sentences); `details(row)`
// fetches the full event from the metadata chunk beside the file, only for the event opened.
import { decodeAttributes, type BinaryAttributes } from '../../pipeline/binary/attributes.ts';
import { datePrecisionOf, decodeBinary, drawnToll, geoPrecisionOf, UNDATED, type BinaryEvents } from '../../pipeline/binary/layout.ts';
import { DATE_PRECISIONS, EVENT_TYPES, GEO_PRECISIONS, type EventFeature, type Fatalities } from '../../shared/schema.ts';
import { LOW_CONFIDENCE } from '../state/filters.ts';
import { indexFromColumns, isoDay, NO_DAY, type EventIndex } from './event-index.ts';

export interface BinaryIndex extends EventIndex {
  /** The file's columns (the GPU layer draws them as they are: index row = file row). */
  binary: BinaryEvents;
}

const orNull = (v: number | undefined): number | null => (v === undefined || Number.isNaN(v) ? null : v);
const AGGREGATE = 32;
const CLAIM = 16;
/** Metadata chunks kept in memory at once. */
const KEEP_CHUNKS = 8;

/** The index of a whole binary file's bytes; `url` is where it was loaded from (its metadata chunks are beside it). */
export function binaryIndex(buffer: ArrayBuffer, url: string): BinaryIndex {
  const ev = decodeBinary(buffer);
  const attrs = decodeAttributes(buffer, ev.header);
  if (!attrs) throw new Error(`${url}: this binary file has no attribute columns (written by an older conflict-map binary); write it again`);
  const n = ev.header.count;
  const origin = ev.header.dayOrigin;
  const dayStart = new Int32Array(n);
  const dayEnd = new Int32Array(n);
  const toll = new Float32Array(n);
  const typeCode = new Uint8Array(n);
  const precise = new Uint8Array(n);
  const confident = new Uint8Array(n);
  const aggregate = new Uint8Array(n);
  const claim = new Uint8Array(n);
  const countryWide = new Uint8Array(n);
  const low = new Float64Array(n);
  const high = new Float64Array(n);
  const other = EVENT_TYPES.length;
  for (let i = 0; i < n; i++) {
    const ds = ev.dayStart[i]!;
    dayStart[i] = ds === UNDATED ? NO_DAY : origin + ds;
    dayEnd[i] = ds === UNDATED ? NO_DAY : origin + ev.dayEnd[i]!;
    toll[i] = drawnToll(ev, i);
    const t = ev.type[i]!;
    typeCode[i] = t < other ? t : other;
    const bits = ev.bits[i]!;
    precise[i] = geoPrecisionOf(bits) === 0 ? 1 : 0;
    countryWide[i] = geoPrecisionOf(bits) === 2 ? 1 : 0;
    confident[i] = confidenceOf(attrs, i) >= LOW_CONFIDENCE ? 1 : 0;
    if (bits & CLAIM) claim[i] = 1;
    if (bits & AGGREGATE) aggregate[i] = 1;
    const l = orNull(ev.tollLow[i]);
    const b = orNull(ev.tollBest[i]);
    const h = orNull(ev.tollHigh[i]);
    const lo = l ?? b ?? 0;
    const hi = h ?? b ?? l;
    if (lo || hi) {
      low[i] = lo;
      high[i] = hi === null || h === null ? Number.NaN : hi;
    }
  }
  const { strings } = attrs;
  const feature = (row: number): EventFeature => lightFeature(ev, attrs, row);
  const chunks = new Map<number, Promise<EventFeature[] | null>>();
  const fetchChunk = (k: number): Promise<EventFeature[] | null> =>
    fetch(new URL(`${url.replace(/[?#].*$/, '')}.meta/${k}.json`, document.baseURI).href)
      .then((res) => (res.ok ? (res.json() as Promise<EventFeature[]>) : null))
      .catch(() => null);
  const chunkOf = (k: number): Promise<EventFeature[] | null> => {
    let p = chunks.get(k);
    if (!p) {
      p = fetchChunk(k);
      chunks.set(k, p);
      if (chunks.size > KEEP_CHUNKS) chunks.delete(chunks.keys().next().value!);
    }
    return p;
  };
  const index = indexFromColumns(
    {
      count: n,
      dayStart,
      dayEnd,
      toll,
      typeCode,
      typeNames: [...EVENT_TYPES, 'Other'],
      precise,
      countryWide,
      confident,
      aggregate,
      claim,
      low,
      high,
      lon: ev.lon,
      lat: ev.lat,
      byDate: attrs.byDate,
      people: () => ({ code: attrs.people, keys: strings.people.map(([a, v]) => `\n${[...a, ...(v ?? [])].join('\n').toLowerCase()}\n`) }),
      outlets: () => ({ code: attrs.outlets, keys: strings.outlets.map((list) => `\n${list.join('\n')}\n`) }),
      idOf: (row) => strings.ids[ev.src[row]!]!,
    },
    {
      features: () => Array.from({ length: n }, (_, r) => feature(r)),
      sample: () => sampleOf(typeCode, claim, strings.outlets),
      feature,
      eachDetails: (rows, batch) => eachFromChunks(ev, strings.ids, rows, fetchChunk, feature, batch),
      async details(row) {
        const chunk = ev.header.metaChunk;
        const src = ev.src[row];
        if (src === undefined) return null;
        if (!chunk) return feature(row);
        const list = await chunkOf(Math.floor(src / chunk));
        const f = list?.[src % chunk];
        return f && f.properties?.id === strings.ids[src] ? f : feature(row);
      },
    },
  );
  return Object.assign(index, { binary: ev });
}

/** Chunks fetched at once while an export reads many. */
const FETCH_AHEAD = 4;

/**
 * Rows' full events from the metadata chunks, one batch a chunk in the file's order: each chunk fetched
 * once (a few at a time) and let go once handed over; a row whose chunk is missing or does not hold it
 * is its columns' event (no sentences).
 */
async function eachFromChunks(
  ev: BinaryEvents,
  ids: readonly string[],
  rows: ArrayLike<number>,
  fetchChunk: (k: number) => Promise<EventFeature[] | null>,
  feature: (row: number) => EventFeature,
  batch: (events: EventFeature[]) => void,
): Promise<void> {
  const size = ev.header.metaChunk;
  const src = Uint32Array.from(rows, (r) => ev.src[r]!).sort();
  const rowOfSrc = new Map<number, number>();
  for (let k = 0; k < rows.length; k++) rowOfSrc.set(ev.src[rows[k]!]!, rows[k]!);
  if (!size) {
    batch(Array.from(src, (s) => feature(rowOfSrc.get(s)!)));
    return;
  }
  const groups: Array<[number, Uint32Array]> = [];
  for (let a = 0; a < src.length; ) {
    const k = Math.floor(src[a]! / size);
    let b = a;
    while (b < src.length && Math.floor(src[b]! / size) === k) b++;
    groups.push([k, src.subarray(a, b)]);
    a = b;
  }
  const pending = new Map<number, Promise<EventFeature[] | null>>();
  for (let g = 0; g < groups.length; g++) {
    for (let ahead = g; ahead < Math.min(groups.length, g + FETCH_AHEAD); ahead++)
      if (!pending.has(ahead)) pending.set(ahead, fetchChunk(groups[ahead]![0]));
    const [, members] = groups[g]!;
    const list = await pending.get(g)!;
    pending.delete(g);
    batch(
      Array.from(members, (s) => {
        const f = list?.[s % size];
        return f && f.properties?.id === ids[s] ? f : feature(rowOfSrc.get(s)!);
      }),
    );
  }
}

/** A row's confidence as written (Float32 in the file: rounded back to the 6 decimals it keeps). */
const confidenceOf = (attrs: BinaryAttributes, r: number): number => Math.round(attrs.confidence[r]! * 1e6) / 1e6;

/** Row `r` as an event: everything the columns and dictionaries hold; its sources name their outlets only. */
export function lightFeature(ev: BinaryEvents, attrs: BinaryAttributes, r: number): EventFeature {
  const s = attrs.strings;
  const [name, geonameid, admin1, country, nameAr] = s.places[attrs.place[r]!]!;
  const [actors, victims] = s.people[attrs.people[r]!]!;
  const bits = ev.bits[r]!;
  const ds = ev.dayStart[r]!;
  const origin = ev.header.dayOrigin;
  const low = orNull(ev.tollLow[r]);
  const best = orNull(ev.tollBest[r]);
  const high = orNull(ev.tollHigh[r]);
  const fatalities: Fatalities | null = low === null && best === null && high === null ? null : { low, best, high };
  const sub = attrs.subType[r]!;
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [ev.lon[r]!, ev.lat[r]!] },
    properties: {
      id: s.ids[ev.src[r]!]!,
      event_type: EVENT_TYPES[ev.type[r]!] ?? ('Other' as EventFeature['properties']['event_type']),
      sub_event_type: s.subTypes[sub] ?? null,
      date_start: ds === UNDATED ? null : isoDay(origin + ds),
      date_end: ds === UNDATED ? null : isoDay(origin + ev.dayEnd[r]!),
      date_precision: DATE_PRECISIONS[datePrecisionOf(bits)] ?? 'unknown',
      place: { name, geonameid, admin1, country, ...(nameAr ? { name_ar: nameAr } : {}) },
      geo_precision: GEO_PRECISIONS[geoPrecisionOf(bits)] ?? 'place',
      fatalities,
      actors,
      ...(victims ? { victims } : {}),
      sources: s.outlets[attrs.outlets[r]!]!.filter(Boolean).map((outlet) => ({ article: '', quote: '', start: 0, end: 0, outlet })),
      confidence: confidenceOf(attrs, r),
      ...(bits & CLAIM ? { claim: true } : {}),
      ...(bits & AGGREGATE ? { aggregate: true } : {}),
    },
  };
}

/** One stand-in event per type present (the first with `claim` when any event is a claim), and one per outlet. */
function sampleOf(typeCode: Uint8Array, claim: Uint8Array, outlets: readonly string[][]): EventFeature[] {
  const types = new Set<number>();
  let claims = false;
  for (let i = 0; i < typeCode.length; i++) {
    types.add(typeCode[i]!);
    if (claim[i]) claims = true;
  }
  const names = [...types].sort((a, b) => a - b).map((t) => EVENT_TYPES[t] ?? ('Other' as EventFeature['properties']['event_type']));
  const stand = (event_type: EventFeature['properties']['event_type'], extra: Partial<EventFeature['properties']>): EventFeature =>
    ({ type: 'Feature', geometry: { type: 'Point', coordinates: [0, 0] }, properties: { event_type, sources: [], ...extra } }) as unknown as EventFeature;
  const out = names.map((t, k) => stand(t, k === 0 && claims ? { claim: true } : {}));
  const first = names[0];
  if (first === undefined) return out;
  const seen = new Set(outlets.flat().filter(Boolean));
  for (const outlet of seen) out.push(stand(first, { sources: [{ article: '', quote: '', start: 0, end: 0, outlet }] }));
  return out;
}
