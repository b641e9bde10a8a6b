// The context an event is read in: the types the events stage takes and gives, and what one clause carries
// while it is read (its sentence, trigger, dates, the place told before it).
import type { Article, EventFeature, Toponym, UnplacedAct } from '../../shared/schema.ts';
import type { Analysis } from '../nlp/analyse.ts';
import type { Sentence } from '../text.ts';
import type { ResolvedDate } from './dates.ts';
import type { Trigger } from './triggers.ts';

export interface AreaPoint {
  name: string;
  lat: number;
  lon: number;
  geonameid: number | null;
  country: string | null;
  admin1?: string | null;
}

export interface ExtractInput {
  article: Article;
  /** The article's toponyms, resolved (from the geoparse stage). */
  toponyms: readonly Toponym[];
}

export interface ExtractOptions {
  /** Label point of a country (ISO alpha-2), for events placed at country level. */
  countryPoint?: (cc: string) => AreaPoint | null;
  /** Label point of an admin-1 area (GeoNames code such as `SY.06`). */
  admin1Point?: (code: string) => AreaPoint | null;
  /** The capital city of a country, for "the Syrian capital" and "the capital". */
  capitalPoint?: (cc: string) => AreaPoint | null;
  /** Country code of a demonym ("Syrian" → SY), for "the Syrian border town" when the town is unknown. */
  demonym?: (word: string) => string | null;
  /** The article's main country, when known (from the geoparser's focus). */
  focusCountry?: string | null;
  /** The article's text read by the linguistic layer, for acts the worded triggers leave out. */
  analysis?: Analysis;
}

export interface CumulativeFigure {
  article: string;
  text: string;
  low: number | null;
  high: number | null;
  start: number;
  end: number;
  quote: string;
}

export interface ExtractOutput {
  events: EventFeature[];
  cumulative_figures: CumulativeFigure[];
  /** Acts told with no place to put them at: recorded so that nothing is lost silently. */
  unplaced: UnplacedAct[];
}

export interface ClauseContext {
  article: Article;
  sentence: Sentence;
  /** The number of the sentence in the article (furniture left out). */
  sentenceNo: number;
  clause: Sentence;
  trigger: Trigger;
  toponyms: readonly Toponym[];
  /** The last place-level mention in the previous sentences, for "the city" and for clauses with no place. */
  recentPlace: Toponym | null;
  /** Sentences since `recentPlace` was named (-1: this sentence; 0: the sentence just before). */
  recentAge: number;
  /** The dates stated in the clause. */
  dates: ResolvedDate[];
  /** Where the clause's toll is stated, when it states one (offset in the clause). */
  tollAt?: number;
  /** The last day stated in the article so far, for clauses that state none. */
  discourseDate: ResolvedDate | null;
  /** The last day stated so far, a day of reporting included ("the Observatory reported Tuesday"). */
  lastDay: ResolvedDate | null;
  /** The day the sentence reports from ("the chief said Tuesday"), read from the dates of its clauses. */
  reported: ResolvedDate | null;
  /** The article's last event so far: what "the killings" or "the attack" refer back to. */
  previous?: EventFeature;
  /** The clause names a place the gazetteer lacks ("around Arida") or somewhere new ("a rural area"). */
  unknownPlace?: boolean;
  /** The name of that place, when the clause gives one ("in Bolan"). */
  unknownName?: string | null;
  options: ExtractOptions;
}
