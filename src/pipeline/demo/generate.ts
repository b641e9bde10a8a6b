// A realistic synthetic event set for demos and load tests: Syrian places weighted by population, dates
// from 2011 to 2013 growing denser as the conflict does, ACLED types and sub-types shifting from protests
// to battles and shelling, tolls as ranges, some events known only to the governorate or the country,
// some undated, and sources that quote a sentence with the figure in it. Pure and seeded: the same
// (places, count, seed) always gives the same collection.
import { SCHEMA_VERSION, type EventCollection, type EventFeature, type EventType, type Fatalities, type Source } from '../../shared/schema.ts';
import { describeEvent } from '../events/summary.ts';
import { prng } from '../import/synthetic.ts';

export interface DemoPlace {
  name: string;
  geonameid: number | null;
  admin1: string | null;
  lat: number;
  lon: number;
  population: number;
}

export interface DemoArea {
  name: string;
  geonameid: number | null;
  lat: number;
  lon: number;
}

export interface DemoGazetteer {
  country: DemoArea & { code: string };
  /** Populated places of the country. */
  places: DemoPlace[];
  /** Admin-1 areas by code (SY.10 → Hama). */
  admin1: Record<string, DemoArea>;
}

const FIRST_DAY = Date.UTC(2011, 2, 15);
const DAYS = Math.round((Date.UTC(2013, 11, 31) - FIRST_DAY) / 86_400_000) + 1;
const iso = (dayIndex: number): string => new Date(FIRST_DAY + dayIndex * 86_400_000).toISOString().slice(0, 10);

interface TypeSpec {
  type: EventType;
  subs: string[];
  /** Weight in 2011 and in 2013 (linear in between). */
  early: number;
  late: number;
  /** Chance of a toll, and its typical size. */
  lethal: number;
  scale: number;
  verb: string;
}

const TYPES: TypeSpec[] = [
  { type: 'Protests', subs: ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'], early: 0.55, late: 0.08, lethal: 0.35, scale: 8, verb: 'killed when security forces fired on protesters' },
  { type: 'Battles', subs: ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'], early: 0.1, late: 0.35, lethal: 0.8, scale: 15, verb: 'killed in clashes between the army and rebels' },
  { type: 'Explosions/Remote violence', subs: ['Shelling/artillery/missile attack', 'Air/drone strike', 'Remote explosive/landmine/IED', 'Suicide bomb'], early: 0.05, late: 0.35, lethal: 0.75, scale: 12, verb: 'killed by shelling' },
  { type: 'Violence against civilians', subs: ['Attack', 'Abduction/forced disappearance'], early: 0.15, late: 0.14, lethal: 0.85, scale: 10, verb: 'civilians were shot dead' },
  { type: 'Riots', subs: ['Violent demonstration', 'Mob violence'], early: 0.07, late: 0.02, lethal: 0.2, scale: 3, verb: 'killed in rioting' },
  { type: 'Strategic developments', subs: ['Arrests', 'Looting/property destruction', 'Headquarters or base established', 'Other'], early: 0.08, late: 0.06, lethal: 0.02, scale: 2, verb: 'killed' },
];

const ACTORS: Record<EventType, string[][]> = {
  Protests: [['Protesters (Syria)'], ['Protesters (Syria)', 'Military Forces of Syria (2000-)'], ['Protesters (Syria)', 'Police Forces of Syria (2000-)']],
  Battles: [['Military Forces of Syria (2000-)', 'Free Syrian Army'], ['Military Forces of Syria (2000-)', 'Opposition Rebels (Syria)'], ['Shabiha Militia', 'Free Syrian Army']],
  'Explosions/Remote violence': [['Military Forces of Syria (2000-)', 'Civilians (Syria)'], ['Unidentified Armed Group (Syria)', 'Civilians (Syria)'], ['Military Forces of Syria (2000-)', 'Free Syrian Army']],
  'Violence against civilians': [['Military Forces of Syria (2000-)', 'Civilians (Syria)'], ['Shabiha Militia', 'Civilians (Syria)'], ['Unidentified Armed Group (Syria)', 'Civilians (Syria)']],
  Riots: [['Rioters (Syria)'], ['Rioters (Syria)', 'Police Forces of Syria (2000-)']],
  'Strategic developments': [['Military Forces of Syria (2000-)'], ['Free Syrian Army'], ['Police Forces of Syria (2000-)', 'Protesters (Syria)']],
};

/** What a sentence says killed people, where the sub-event type says more than the type. */
const SUB_VERBS: Record<string, string> = {
  'Air/drone strike': 'killed in an air strike',
  'Remote explosive/landmine/IED': 'killed when a roadside bomb exploded',
  'Suicide bomb': 'killed in a suicide bombing',
  'Government regains territory': 'killed as the army retook ground',
  'Non-state actor overtakes territory': 'killed as rebels overran army positions',
  'Abduction/forced disappearance': 'civilians were found dead after being abducted',
  'Protest with intervention': 'killed when police broke up a protest',
};
/** What a sentence without a toll reports ("Activists reported a peaceful protest in …"). */
const SUB_NOUNS: Record<string, string> = {
  'Headquarters or base established': 'that armed men had set up a base',
  'Looting/property destruction': 'looting and burning of shops',
  'Abduction/forced disappearance': 'the abduction of several men',
  'Arrests': 'mass arrests',
  'Other': 'a heavy security presence',
  'Government regains territory': 'that the army had retaken ground',
  'Non-state actor overtakes territory': 'that rebels had overrun army positions',
  'Shelling/artillery/missile attack': 'heavy shelling',
  'Mob violence': 'mob violence',
  'Protest with intervention': 'a protest broken up by police',
  'Excessive force against protesters': 'security forces firing on protesters',
  'Remote explosive/landmine/IED': 'a roadside bomb',
  'Air/drone strike': 'an air strike',
  'Suicide bomb': 'a suicide bombing',
};
const nounOf = (sub: string): string => SUB_NOUNS[sub] ?? `${/^[aeiou]/i.test(sub) ? 'an' : 'a'} ${sub.toLowerCase()}`;

/** Sub-event types that do not kill. */
const HARMLESS = new Set(['Peaceful protest', 'Arrests', 'Headquarters or base established', 'Other']);

const OUTLETS = ['Reuters', 'Agence France-Presse', 'Associated Press', 'Al Jazeera English', 'BBC News', 'The Guardian', 'Syrian Observatory for Human Rights', 'Local Coordination Committees', 'SANA'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

/** Picks an index by weight (cumulative weights, binary search). */
function weighted(weights: readonly number[]): (r: Rand) => number {
  const cum: number[] = [];
  let total = 0;
  for (const w of weights) cum.push((total += Math.max(0, w)));
  return (r) => {
    const x = r() * total;
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

/** A day index: denser later (the density grows linearly), with a floor so 2011 is not empty. */
function drawDay(r: Rand): number {
  const u = r();
  const t = r() < 0.25 ? u : Math.sqrt(u);
  return Math.min(DAYS - 1, Math.floor(t * DAYS));
}

function drawType(r: Rand, dayIndex: number): TypeSpec {
  const k = dayIndex / (DAYS - 1);
  return TYPES[weighted(TYPES.map((t) => t.early + (t.late - t.early) * k))(r)]!;
}

/** A toll with low ≤ best ≤ high, or null. Ranges, open-ended floors and single figures all occur. */
export function drawToll(r: Rand, spec: Pick<TypeSpec, 'lethal' | 'scale'>): Fatalities | null {
  if (r() >= spec.lethal) return null;
  // Long-tailed: most tolls are small, a few are massacres.
  const best = Math.max(1, Math.round(spec.scale * Math.pow(r(), 2.2) * 3 + (r() < 0.03 ? spec.scale * 20 * r() : 0)));
  const kind = r();
  if (kind < 0.5) return { low: best, best, high: best };
  if (kind < 0.8 || best < 3) {
    const low = Math.max(1, Math.round(best * (0.6 + 0.4 * r())));
    const high = Math.max(best, Math.round(best * (1 + 0.6 * r())));
    return { low, best, high };
  }
  return { low: best, best, high: null };
}

const tollPhrase = (t: Fatalities): string =>
  t.high === null ? `at least ${t.low}` : t.low !== t.high ? `between ${t.low} and ${t.high}` : `${t.best}`;

/** The sentence a source gives, with the figure's offsets in it. */
function sentence(r: Rand, spec: TypeSpec, sub: string, where: string, toll: Fatalities | null, day: string | null): { quote: string; figure?: { text: string; start: number; end: number } } {
  const when = day ? ` on ${WEEKDAYS[new Date(`${day}T00:00:00Z`).getUTCDay()]}` : '';
  if (toll) {
    const single = toll.low === 1 && toll.high === 1;
    const phrase = single ? 'one' : tollPhrase(toll);
    const head = pick(r, ['Activists said ', 'Residents said ', 'A monitoring group said ', '']);
    const base = SUB_VERBS[sub] ?? spec.verb;
    const verb = single ? base.replace(/^civilians were/, 'civilian was') : base;
    const people = verb.startsWith('civilian') ? '' : single ? ' person was' : ' people were';
    const raw = `${head}${phrase}${people} ${verb} in ${where}${when}.`;
    const quote = raw.charAt(0).toUpperCase() + raw.slice(1);
    const start = head.length;
    return { quote, figure: { text: quote.slice(start, start + phrase.length), start, end: start + phrase.length } };
  }
  return { quote: `${pick(r, ['Witnesses reported', 'Activists reported', 'State media reported'])} ${nounOf(sub)} in ${where}${when}.` };
}

export interface DemoOptions {
  events: number;
  seed: number;
}

export function generateDemo(gaz: DemoGazetteer, { events, seed }: DemoOptions): EventCollection {
  const r = prng(seed);
  const places = gaz.places.filter((p) => p.population > 0);
  if (places.length === 0) throw new Error('demo data: the gazetteer has no populated places for the country');
  // Weighted by population, softened (p^0.7) so that towns are not drowned by the two largest cities.
  const drawPlace = weighted(places.map((p) => Math.pow(p.population, 0.7)));
  const features: EventFeature[] = [];
  for (let i = 0; i < events; i++) {
    const place = places[drawPlace(r)]!;
    const dayIndex = drawDay(r);
    const spec = drawType(r, dayIndex);
    const sub = pick(r, spec.subs);
    // Dates: mostly the day, some a week or a month, a few undated.
    const dp = r();
    let dateStart: string | null = iso(dayIndex);
    let dateEnd: string = dateStart;
    let precision: 'day' | 'week' | 'month' | 'unknown' = 'day';
    if (dp > 0.97) {
      dateStart = null;
      precision = 'unknown';
    } else if (dp > 0.92) {
      precision = 'month';
      dateStart = `${iso(dayIndex).slice(0, 8)}01`;
      const d = new Date(`${dateStart}T00:00:00Z`);
      dateEnd = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).toISOString().slice(0, 10);
    } else if (dp > 0.82) {
      precision = 'week';
      dateStart = iso(Math.max(0, dayIndex - 6));
    }
    // Places: mostly the town, some only the governorate, a few only the country.
    const gp = r();
    const area = place.admin1 ? gaz.admin1[place.admin1] : undefined;
    const geo = gp > 0.95 ? 'country' : gp > 0.85 && area ? 'admin1' : 'place';
    const at = geo === 'country' ? gaz.country : geo === 'admin1' ? area! : place;
    const where = geo === 'country' ? gaz.country.name : at.name;
    const toll = HARMLESS.has(sub) ? null : drawToll(r, spec);
    const claim = spec.type === 'Violence against civilians' && r() < 0.15;
    const published = iso(Math.min(DAYS + 2, dayIndex + 1 + Math.floor(r() * 2)));
    const n = 1 + Math.floor(Math.pow(r(), 2) * 3);
    const sources: Source[] = [];
    for (let k = 0; k < n; k++) {
      const s = sentence(r, spec, sub, where, toll, precision === 'day' ? dateEnd : null);
      const article = `demo-${seed}-${i}-${k}`;
      sources.push({
        article,
        quote: s.quote,
        start: 0,
        end: s.quote.length,
        outlet: pick(r, OUTLETS),
        published,
        title: `${where}: ${sub}`,
        ...(s.figure ? { figures: [s.figure] } : {}),
      });
    }
    const props = {
      id: `demo-${seed}-${i}`,
      event_type: spec.type,
      sub_event_type: sub,
      date_start: dateStart,
      date_end: dateEnd,
      date_precision: precision,
      place: {
        name: where,
        geonameid: at.geonameid,
        admin1: geo === 'country' ? null : place.admin1,
        country: gaz.country.code,
      },
      geo_precision: geo,
      fatalities: toll,
      actors: [...pick(r, ACTORS[spec.type])],
      sources,
      confidence: Math.round((0.5 + 0.45 * r()) * 100) / 100,
      ...(claim ? { claim } : {}),
    } satisfies Omit<EventFeature['properties'], 'summary'>;
    // A little jitter inside a town, so events in one place do not sit exactly on top of each other.
    const jitter = geo === 'place' ? 0.01 : 0;
    const lon = Math.round((at.lon + (r() - 0.5) * jitter) * 1e5) / 1e5;
    const lat = Math.round((at.lat + (r() - 0.5) * jitter) * 1e5) / 1e5;
    features.push({
      type: 'Feature',
      id: props.id,
      geometry: { type: 'Point', coordinates: [lon, lat] },
      properties: { ...props, summary: describeEvent(props) },
    });
  }
  return { type: 'FeatureCollection', schema_version: SCHEMA_VERSION, generated_by: `conflict-map demo data (seed ${seed})`, features };
}
