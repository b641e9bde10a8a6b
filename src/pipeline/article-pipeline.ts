// The stages for one article, in their fixed order: text → toponyms → resolve (geoparse) → events.
// Shared by `extract` and `build`; the command line only wires inputs and outputs to it.
import type { Article, Toponym } from '../shared/schema.ts';
import type { Gazetteer } from './gazetteer/load.ts';
import { geoparse } from './geoparse.ts';
import { extractEvents, type AreaPoint, type ExtractOutput } from './events/extract.ts';

export interface ArticleResult extends ExtractOutput {
  toponyms: Toponym[];
}

/** A country's label point from the gazetteer, for events placed at country level. */
export function countryPointFrom(gazetteer: Gazetteer): (cc: string) => AreaPoint | null {
  return (cc) => {
    const c = gazetteer.country(cc);
    return c ? { name: c.name, lat: c.lat, lon: c.lon, geonameid: c.geonameid ?? null, country: cc } : null;
  };
}

export function processArticle(article: Article, gazetteer: Gazetteer): ArticleResult {
  const toponyms = geoparse(article.text, { gazetteer, ...(article.published ? { published: article.published } : {}) });
  const out = extractEvents({ article, toponyms }, { countryPoint: countryPointFrom(gazetteer) });
  return { toponyms, ...out };
}
