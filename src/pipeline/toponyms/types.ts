// What recognition hands to resolution: name spans with their gazetteer candidates and context cues.
import type { Candidate } from '../gazetteer/load.ts';

export interface Mention {
  start: number;
  end: number;
  surface: string;
  candidates: Candidate[];
  /** Inside an organisation's or a work's name ("Bank of England"). */
  embedded: boolean;
  /** Capitals are no evidence here (sentence start, headline, all-caps) or the word is common English. */
  weak: boolean;
  /** A frequent lower-case English word or a first name ("Reading", "Victoria"). */
  common: boolean;
  /** The text says what kind of place it is: "X province" → admin, "the town of X" → town. */
  hint: 'admin' | 'town' | null;
  /** Preceded by a locative word ("in", "near", "outside"). */
  prep: boolean;
  /** The dateline of the article ("AMMAN (Reuters) -"). */
  dateline: boolean;
  /** The document uses this name for an armed group or its members ("Hamas fighters"). */
  group: boolean;
  /** Index of the mention right after ", " that may contain this one ("Homs, Syria"). */
  container: number | null;
  /** The container names the place this one is a part of ("the Kosovo area of Naivasha"): the name has no reading
   * outside it. */
  part?: boolean;
}

export interface DemonymMention {
  start: number;
  end: number;
  country: string;
}

export interface Recognition {
  mentions: Mention[];
  demonyms: DemonymMention[];
  /** The text the spans are in. */
  text?: string;
}
