// The stages for one article, in their fixed order: text → toponyms → resolve (geoparse) → events.
// Shared by `extract` and `build`; the command line only wires inputs and outputs to it.
import type { Article, Toponym } from '../shared/schema.ts';
import type { Gazetteer } from './gazetteer/load.ts';
import { focusCountry, geoparse } from './geoparse.ts';
import { extractEvents, mainCountry, type AreaPoint, type ExtractOutput } from './events/extract.ts';
import { selectIncidents, type IncidentModel } from './incidents/select.ts';
import { analyse } from './nlp/analyse.ts';
import incidentModel from './incidents/model.json' with { type: 'json' };

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

/** An admin-1 area's label point from the gazetteer. */
export function admin1PointFrom(gazetteer: Gazetteer): (code: string) => AreaPoint | null {
  return (code) => {
    const a = gazetteer.admin1(code);
    return a ? { name: a.name, lat: a.lat, lon: a.lon, geonameid: a.geonameid ?? null, country: a.country ?? null, admin1: code } : null;
  };
}

const capitals = new WeakMap<Gazetteer, Map<string, AreaPoint>>();

/** A country's capital (the GeoNames PPLC entry), indexed once per gazetteer on first use. */
export function capitalPointFrom(gazetteer: Gazetteer): (cc: string) => AreaPoint | null {
  return (cc) => {
    let map = capitals.get(gazetteer);
    if (!map) {
      map = new Map();
      for (let i = 0; i < gazetteer.size; i++) {
        const e = gazetteer.entry(i);
        if (e.fcode === 'PPLC' && e.country && !map.has(e.country)) {
          map.set(e.country, { name: e.name, lat: e.lat, lon: e.lon, geonameid: e.geonameid, country: e.country, admin1: e.admin1 });
        }
      }
      capitals.set(gazetteer, map);
    }
    return map.get(cc) ?? null;
  };
}

export interface ProcessOptions {
  /** The incident model; the committed one by default, null to keep every candidate (training). */
  model?: IncidentModel | null;
}

export function processArticle(article: Article, gazetteer: Gazetteer, options: ProcessOptions = {}): ArticleResult {
  const toponyms = geoparse(article.text, { gazetteer, ...(article.published ? { published: article.published } : {}) });
  const demonym = (word: string): string | null => gazetteer.demonym(word) ?? null;
  const analysis = analyse(article.text);
  const out = extractEvents({ article, toponyms }, {
    countryPoint: countryPointFrom(gazetteer),
    admin1Point: admin1PointFrom(gazetteer),
    capitalPoint: capitalPointFrom(gazetteer),
    demonym,
    focusCountry: mainCountry(article.text, toponyms, demonym) ?? focusCountry(toponyms),
    analysis,
  });
  const model = options.model === undefined ? (incidentModel as IncidentModel) : options.model;
  const events = selectIncidents({ article, analysis, candidates: out.events }, { model });
  return { toponyms, ...out, events };
}
