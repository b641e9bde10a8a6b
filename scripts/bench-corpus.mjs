#!/usr/bin/env node
// A reproducible corpus of conflict-news articles for measuring the pipeline at scale. Articles are built
// from templates around real gazetteer places and real calendar dates, and they cluster like real news:
// each incident (a place, a day, an act, a toll) is reported by several outlets with tolls that disagree,
// and many articles add a country-wide running total, so `build` merges heavily, as it does on real data.
// The same --articles and --seed always give the same bytes.
// Usage: node scripts/bench-corpus.mjs --articles 100000 [--seed 7] [-o /tmp/corpus.jsonl]
import { createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';

/** [town, country name, demonym] — all in the GeoNames cities500 gazetteer. */
export const PLACES = [
  ['Aleppo', 'Syria', 'Syrian'], ['Homs', 'Syria', 'Syrian'], ['Hama', 'Syria', 'Syrian'], ['Idlib', 'Syria', 'Syrian'],
  ['Deraa', 'Syria', 'Syrian'], ['Douma', 'Syria', 'Syrian'], ['Raqqa', 'Syria', 'Syrian'], ['Deir ez-Zor', 'Syria', 'Syrian'],
  ['Mosul', 'Iraq', 'Iraqi'], ['Fallujah', 'Iraq', 'Iraqi'], ['Ramadi', 'Iraq', 'Iraqi'], ['Kirkuk', 'Iraq', 'Iraqi'], ['Baqubah', 'Iraq', 'Iraqi'],
  ['Kandahar', 'Afghanistan', 'Afghan'], ['Kunduz', 'Afghanistan', 'Afghan'], ['Jalalabad', 'Afghanistan', 'Afghan'], ['Lashkar Gah', 'Afghanistan', 'Afghan'],
  ['Maiduguri', 'Nigeria', 'Nigerian'], ['Damaturu', 'Nigeria', 'Nigerian'], ['Yola', 'Nigeria', 'Nigerian'],
  ['Goma', 'Democratic Republic of the Congo', 'Congolese'], ['Beni', 'Democratic Republic of the Congo', 'Congolese'], ['Bunia', 'Democratic Republic of the Congo', 'Congolese'],
  ['Kharkiv', 'Ukraine', 'Ukrainian'], ['Mariupol', 'Ukraine', 'Ukrainian'], ['Bakhmut', 'Ukraine', 'Ukrainian'], ['Kherson', 'Ukraine', 'Ukrainian'], ['Donetsk', 'Ukraine', 'Ukrainian'],
  ['Mogadishu', 'Somalia', 'Somali'], ['Kismayo', 'Somalia', 'Somali'], ['Baidoa', 'Somalia', 'Somali'],
  ['Taiz', 'Yemen', 'Yemeni'], ['Hodeidah', 'Yemen', 'Yemeni'], ['Marib', 'Yemen', 'Yemeni'], ['Aden', 'Yemen', 'Yemeni'],
  ['El Fasher', 'Sudan', 'Sudanese'], ['Nyala', 'Sudan', 'Sudanese'], ['Omdurman', 'Sudan', 'Sudanese'], ['El Geneina', 'Sudan', 'Sudanese'],
  ['Gao', 'Mali', 'Malian'], ['Timbuktu', 'Mali', 'Malian'], ['Mopti', 'Mali', 'Malian'],
  ['Sittwe', 'Myanmar', 'Burmese'], ['Myitkyina', 'Myanmar', 'Burmese'], ['Lashio', 'Myanmar', 'Burmese'],
  ['Culiacan', 'Mexico', 'Mexican'], ['Ciudad Juarez', 'Mexico', 'Mexican'], ['Tijuana', 'Mexico', 'Mexican'],
  ['Peshawar', 'Pakistan', 'Pakistani'], ['Quetta', 'Pakistan', 'Pakistani'], ['Benghazi', 'Libya', 'Libyan'], ['Misrata', 'Libya', 'Libyan'],
  ['Bangui', 'Central African Republic', 'Central African'], ['Ouagadougou', 'Burkina Faso', 'Burkinabe'], ['Djibo', 'Burkina Faso', 'Burkinabe'],
  ['Mekelle', 'Ethiopia', 'Ethiopian'], ['Gondar', 'Ethiopia', 'Ethiopian'], ['Khan Younis', 'Palestine', 'Palestinian'], ['Jenin', 'Palestine', 'Palestinian'],
];

/** Acts the event extractor knows, with {place} and {n} (the toll) to fill in. */
const ACTS = [
  'a car bomb exploded near a crowded market in {place}, killing {n} people',
  'an air strike hit a residential district of {place}, killing {n} civilians',
  'gunmen attacked a village outside {place}, killing {n} people',
  'artillery shelled the eastern neighbourhoods of {place}, killing {n} residents',
  'clashes broke out between government troops and rebels in {place}, leaving {n} fighters dead',
  'security forces opened fire on protesters in {place}, killing {n} demonstrators',
  'a roadside bomb struck a military convoy near {place}, killing {n} soldiers',
  'a suicide bomber blew himself up at a checkpoint in {place}, killing {n} people',
  'militants stormed a police station in {place}, killing {n} officers',
  'a drone strike hit a vehicle in {place}, killing {n} people',
];
const TOLL_FORMS = ['at least {n}', '{n}', 'more than {n}', 'as many as {n}', 'nearly {n}', 'an estimated {n}'];
const OUTLETS = [
  ['Reuters', 'reuters.com'], ['Associated Press', 'apnews.com'], ['Agence France-Presse', 'afp.com'], ['Al Jazeera', 'aljazeera.com'],
  ['BBC News', 'bbc.co.uk'], ['The Guardian', 'theguardian.com'], ['The New York Times', 'nytimes.com'], ['Le Monde', 'lemonde.fr'],
  ['Deutsche Welle', 'dw.com'], ['The Jerusalem Post', 'jpost.com'], ['Al Arabiya', 'alarabiya.net'], ['France 24', 'france24.com'],
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const FILLER = [
  'Residents described scenes of panic as ambulances rushed the wounded to hospitals that were already short of supplies.',
  'No group immediately claimed responsibility, and the account could not be independently verified.',
  'Aid agencies said thousands of families had fled the area in recent weeks, many of them for the second or third time.',
  'Diplomats meeting in Geneva called for a ceasefire, but talks have repeatedly stalled over the sequencing of a withdrawal.',
  'Local officials said the toll could rise because several of the injured were in critical condition.',
  'The government blamed "terrorist groups" for the violence, a term it uses for all armed opposition.',
  'Witnesses said the electricity had been cut for most of the day and that mobile networks were down.',
  'A spokesman for the health ministry said hospitals had declared a state of emergency.',
];

/** A seeded generator (a linear congruence: fast and the same everywhere). */
function rng(seed) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

const iso = (ms) => new Date(ms).toISOString().slice(0, 10);

/** The articles, one JSONL line each, in a stable order. */
export function* corpusLines(articles, seed = 7) {
  const rand = rng(seed);
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const start = Date.UTC(2012, 0, 1);
  const span = 4 * 365; // four years of news
  let n = 0;
  while (n < articles) {
    // An incident, told by 1–8 articles (most by a few, some by many).
    const [place, country, demonym] = pick(PLACES);
    const day = start + int(0, span) * 86_400_000;
    const act = pick(ACTS);
    const toll = int(2, 60);
    const reports = Math.min(articles - n, rand() < 0.2 ? int(4, 8) : int(1, 3));
    for (let r = 0; r < reports; r++, n++) {
      const [outlet, domain] = pick(OUTLETS);
      const lag = int(0, 2); // published on the day or up to two days later
      const published = iso(day + lag * 86_400_000);
      const when = `on ${DAYS[new Date(day).getUTCDay()]}`;
      const figure = Math.max(1, toll + int(-3, 6));
      const lead = `${place.toUpperCase()}, ${country} (${outlet}) - ${cap(act.replace('{place}', place).replace('{n}', pick(TOLL_FORMS).replace('{n}', String(figure))))} ${when}, local officials said.`;
      const paras = [lead];
      if (rand() < 0.6) paras.push(`At least ${int(3, 90)} people were wounded, a doctor at the main hospital in ${place} said.`);
      paras.push(pick(FILLER));
      if (rand() < 0.35) {
        // A second, smaller incident elsewhere in the same country the day before.
        const [other, otherCountry] = pick(PLACES.filter((p) => p[1] === country));
        if (otherCountry === country && other !== place) {
          paras.push(`A day earlier, ${pick(ACTS).replace('{place}', other).replace('{n}', String(int(1, 12)))}.`);
        }
      }
      if (rand() < 0.3) paras.push(`More than ${int(20, 400) * 100} people have been killed in ${country} since the conflict began, according to the United Nations.`);
      if (rand() < 0.25) paras.push(`${demonym} officials said ${int(2, 30)} people had been killed across the country ${pick(['on ' + DAYS[new Date(day).getUTCDay()], 'that day'])}.`);
      for (let k = int(1, 3); k > 0; k--) paras.push(pick(FILLER));
      const text = paras.join('\n\n');
      const id = `corpus-${n}`;
      const title = `${cap(act.split(' ').slice(0, 3).join(' '))} in ${place}`;
      yield JSON.stringify({ id, published, title, outlet, url: `https://www.${domain}/world/${id}`, text });
    }
  }
}

function cap(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { articles: { type: 'string', default: '100000' }, seed: { type: 'string', default: '7' }, output: { type: 'string', short: 'o' } } });
  const out = values.output ? createWriteStream(values.output) : process.stdout;
  out.on('error', (e) => process.exit(e.code === 'EPIPE' ? 0 : 1)); // a reader that stops early is not an error
  for (const line of corpusLines(Number(values.articles), Number(values.seed))) {
    if (!out.write(`${line}\n`)) await new Promise((r) => out.once('drain', r));
  }
  if (values.output) await new Promise((r) => out.end(r));
}
