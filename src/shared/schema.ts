// The Conflict Map event schema: the one contract between the build (src/pipeline) and the map (src/app).
// It imports nothing from either side. The runtime validator lives in ./validate.ts.

export const SCHEMA_VERSION = '1.0.0';

export const EVENT_TYPES = [
  'Battles',
  'Violence against civilians',
  'Protests',
  'Riots',
  'Explosions/Remote violence',
  'Strategic developments',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const DATE_PRECISIONS = ['day', 'week', 'month', 'unknown'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const GEO_PRECISIONS = ['place', 'admin1', 'country'] as const;
export type GeoPrecision = (typeof GEO_PRECISIONS)[number];

/** Kinds of gazetteer entries a toponym can resolve to. Every kind but `place` is an area with a bbox. */
export const TOPONYM_KINDS = ['place', 'admin2', 'admin1', 'country', 'region', 'continent', 'sea'] as const;
export type ToponymKind = (typeof TOPONYM_KINDS)[number];

/** [west, south, east, north] in degrees. */
export type BBox = [number, number, number, number];

/** An article as the pipeline reads it: from a file with front matter, an HTML page, or a JSONL line. */
export interface Article {
  id: string;
  text: string;
  /** Publication date, YYYY-MM-DD. Relative dates in the text are resolved against it. */
  published?: string;
  title?: string;
  url?: string;
  outlet?: string;
  language?: string;
  /** Where the article was read from, for the build report. */
  path?: string;
}

/** A place name found in text and resolved against the gazetteer. Offsets are UTF-16, end exclusive. */
export interface Toponym {
  start: number;
  end: number;
  name: string;
  lat: number;
  lon: number;
  geonameid: number | null;
  /** ISO 3166-1 alpha-2. */
  country: string | null;
  /** GeoNames admin1 code, e.g. `SY.10`. */
  admin1: string | null;
  kind: ToponymKind;
  bbox?: BBox;
  score?: number;
  /** Inside an organisation's name ("Bank of England"): recognised, but never places an event. */
  embedded?: boolean;
}

export interface Place {
  name: string;
  geonameid: number | null;
  admin1: string | null;
  country: string | null;
  /** The name in Arabic (GeoNames alternate names, Natural Earth, ISO country names); absent when unknown. */
  name_ar?: string;
}

/** A toll as a range. `best` is the single figure to draw; null where the text gives none. */
export interface Fatalities {
  low: number | null;
  best: number | null;
  high: number | null;
}

/** The sentence that states an event, with offsets into its article's text. */
export interface Source {
  article: string;
  quote: string;
  start: number;
  end: number;
  outlet?: string;
  url?: string;
  published?: string;
  title?: string;
  /** The figures of the toll inside the quote, as offsets into the article (for highlighting). */
  figures?: Array<{ text: string; start: number; end: number }>;
}

export interface EventProperties {
  id: string;
  event_type: EventType;
  sub_event_type: string | null;
  /** YYYY-MM-DD; null when the text does not say when. */
  date_start: string | null;
  date_end: string | null;
  date_precision: DatePrecision;
  place: Place;
  geo_precision: GeoPrecision;
  fatalities: Fatalities | null;
  injured?: Fatalities | null;
  /** Who did it or took part ("Syrian security forces"; the protesters at a protest). */
  actors: string[];
  /** Who it was done to ("protesters" shot at, "civilians" killed); absent when the text names none. */
  victims?: string[];
  summary?: string;
  sources: Source[];
  confidence: number;
  /** An unverified allegation ("ordered to shoot"). */
  claim?: boolean;
  /** A nationwide or regional total that overlaps located events: never add it to them. */
  aggregate?: boolean;
  /** Administrative area names as an imported dataset gives them (place.admin1 is a GeoNames code). */
  admin?: AdminNames;
  /** The dataset an imported event comes from ("acled", "ucdp"): its events are distinct and never merge with each other. */
  dataset?: string;
}

export interface AdminNames {
  admin1: string | null;
  admin2: string | null;
  admin3?: string | null;
  /** The dataset's own location name: for a region-wide event, the town its point is coded to. */
  location?: string | null;
}

export interface PointGeometry {
  type: 'Point';
  coordinates: [number, number];
}

export interface EventFeature {
  type: 'Feature';
  id?: string | number;
  geometry: PointGeometry;
  properties: EventProperties;
}

/**
 * An act an article tells that could not be put on the map: it names no place the gazetteer knows and no
 * country to fall back on ("Five shot dead by armed bandits", a village the gazetteer lacks). Recorded, not lost.
 */
export interface UnplacedAct {
  quote: string;
  /** Offsets of the sentence in the article text. */
  start: number;
  end: number;
  event_type: EventType;
  date_start: string | null;
  date_end: string | null;
  fatalities: Fatalities | null;
  reason: string;
}

/** One line of the build report: every input is accounted for. */
export interface ReportEntry {
  input: string;
  status: 'events' | 'no-events' | 'skipped';
  events?: number;
  reason?: string;
  /** Acts the article tells that could not be placed (see UnplacedAct). */
  unplaced?: UnplacedAct[];
}

export interface EventCollection {
  type: 'FeatureCollection';
  schema_version: string;
  generated_by?: string;
  features: EventFeature[];
  report?: ReportEntry[];
}
