// Geoparsing: recognition (toponyms) then resolution (resolve), two pure stages over a passed-in gazetteer.
import type { Toponym } from '../shared/schema.ts';
import type { Gazetteer } from './gazetteer/load.ts';
import { recognise } from './toponyms/recognise.ts';
import { resolve } from './resolve/resolve.ts';
export { focusCountry } from './resolve/focus.ts';

export interface GeoparseOptions {
  gazetteer: Gazetteer;
  /** Publication date, YYYY-MM-DD (not used for places yet; kept for the stage contract). */
  published?: string;
}

/** Every toponym occurrence in text order, resolved against the gazetteer. */
export function geoparse(text: string, options: GeoparseOptions): Toponym[] {
  const recognition = recognise(text, { gazetteer: options.gazetteer });
  return resolve(recognition, options);
}
