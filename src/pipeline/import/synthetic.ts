// Large synthetic ACLED-shaped CSV files for benchmarks and tests: seeded, so the same (rows, seed) always
// gives the same bytes. Points fall in boxes inside the land of several countries; dates span 2015-2023;
// all six event types; tolls mostly 0 with a long tail. Notes carry commas, quotes and the odd newline.
//   npx tsx src/pipeline/import/synthetic.ts out.csv 1000000 [seed]
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { pathToFileURL } from 'node:url';
import { ACLED_COLUMNS } from './acled.ts';

/** mulberry32: a small, fast, seeded generator of floats in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Country {
  name: string;
  iso: number;
  code: string;
  region: string;
  admin1: string[];
  /** [west, south, east, north] boxes inside the country's land. */
  boxes: Array<[number, number, number, number]>;
  actor: string;
}

const COUNTRIES: Country[] = [
  { name: 'Syria', iso: 760, code: 'SYR', region: 'Middle East', admin1: ['Aleppo', 'Idleb', 'Hama', 'Homs', 'Damascus', 'Deir ez Zor'], boxes: [[36.2, 33.3, 38.5, 36.6], [38.5, 34.5, 40.5, 36.5]], actor: 'Military Forces of Syria (2000-)' },
  { name: 'Yemen', iso: 887, code: 'YEM', region: 'Middle East', admin1: ['Sanaa', 'Taizz', 'Marib', 'Al Hudaydah', 'Sadah'], boxes: [[43.3, 13.4, 46.0, 16.8]], actor: 'Military Forces of Yemen (2017-)' },
  { name: 'Nigeria', iso: 566, code: 'NGA', region: 'Western Africa', admin1: ['Borno', 'Kaduna', 'Zamfara', 'Lagos', 'Plateau'], boxes: [[3.5, 7.2, 13.5, 12.8]], actor: 'Military Forces of Nigeria (2015-2023)' },
  { name: 'Democratic Republic of Congo', iso: 180, code: 'DRC', region: 'Middle Africa', admin1: ['Nord-Kivu', 'Sud-Kivu', 'Ituri', 'Kinshasa', 'Tanganyika'], boxes: [[20.0, -9.0, 29.0, 3.0]], actor: 'Military Forces of the Democratic Republic of Congo (2019-)' },
  { name: 'Sudan', iso: 729, code: 'SDN', region: 'Northern Africa', admin1: ['Khartoum', 'North Darfur', 'South Kordofan', 'Gedaref'], boxes: [[24.0, 11.0, 35.0, 18.0]], actor: 'Military Forces of Sudan (2019-)' },
  { name: 'Ukraine', iso: 804, code: 'UKR', region: 'Europe', admin1: ['Donetsk', 'Kharkiv', 'Kyiv', 'Zaporizhia', 'Kherson'], boxes: [[25.0, 47.0, 38.0, 51.0]], actor: 'Military Forces of Ukraine (2019-)' },
  { name: 'Myanmar', iso: 104, code: 'MMR', region: 'Southeast Asia', admin1: ['Sagaing', 'Rakhine', 'Shan-North', 'Mandalay', 'Kachin'], boxes: [[94.0, 17.0, 97.5, 25.0]], actor: 'Military Forces of Myanmar (2021-)' },
  { name: 'Mexico', iso: 484, code: 'MEX', region: 'Central America', admin1: ['Guerrero', 'Michoacan', 'Jalisco', 'Guanajuato', 'Sonora'], boxes: [[-106.0, 18.0, -98.0, 24.0]], actor: 'Police Forces of Mexico (2018-2024)' },
  { name: 'Afghanistan', iso: 4, code: 'AFG', region: 'Caucasus and Central Asia', admin1: ['Kabul', 'Helmand', 'Kandahar', 'Nangarhar', 'Balkh'], boxes: [[62.5, 31.0, 70.0, 35.5]], actor: 'Military Forces of Afghanistan (2004-2021)' },
  { name: 'Somalia', iso: 706, code: 'SOM', region: 'Eastern Africa', admin1: ['Banadir', 'Lower Shabelle', 'Bay', 'Hiraan', 'Mudug'], boxes: [[42.0, 1.0, 46.0, 6.0]], actor: 'Military Forces of Somalia (2022-)' },
];

/** Event types with ACLED sub-event types, interaction-ish second actors, a weight and a chance of deaths. */
const TYPES: Array<{ type: string; subs: string[]; weight: number; lethal: number; disorder: string }> = [
  { type: 'Protests', subs: ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'], weight: 0.35, lethal: 0.01, disorder: 'Demonstrations' },
  { type: 'Battles', subs: ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'], weight: 0.2, lethal: 0.55, disorder: 'Political violence' },
  { type: 'Explosions/Remote violence', subs: ['Air/drone strike', 'Shelling/artillery/missile attack', 'Remote explosive/landmine/IED', 'Suicide bomb', 'Grenade'], weight: 0.18, lethal: 0.4, disorder: 'Political violence' },
  { type: 'Violence against civilians', subs: ['Attack', 'Abduction/forced disappearance', 'Sexual violence'], weight: 0.14, lethal: 0.5, disorder: 'Political violence' },
  { type: 'Strategic developments', subs: ['Arrests', 'Agreement', 'Looting/property destruction', 'Change to group/activity', 'Headquarters or base established', 'Other'], weight: 0.08, lethal: 0.01, disorder: 'Strategic developments' },
  { type: 'Riots', subs: ['Mob violence', 'Violent demonstration'], weight: 0.05, lethal: 0.08, disorder: 'Demonstrations' },
];

const OUTLETS = ['Reuters', 'AFP', 'Associated Press', 'BBC Monitoring', 'Al Jazeera', 'Local media', 'Twitter', 'Radio Okapi'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const PLACES = ['Al Bab', 'Kafr Nabl', 'Mile 4', 'Saint-Paul', 'Nuevo Laredo', 'Bir el-Abed', 'Old Town', 'Hill 112', 'Market Square', 'Camp 3'];
const START = Date.UTC(2015, 0, 1);
const DAYS = 9 * 365;

/** RFC 4180 quoting: only fields with a comma, quote or line break are quoted. */
export function csvField(v: string | number): string {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One synthetic ACLED record, in ACLED_COLUMNS order. */
function record(rand: () => number, n: number): Array<string | number> {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const c = pick(COUNTRIES);
  const [w, s, e, north] = pick(c.boxes);
  let r = rand();
  const t = TYPES.find((x) => (r -= x.weight) < 0) ?? (TYPES[0] as (typeof TYPES)[number]);
  const sub = pick(t.subs);
  const time = new Date(START + Math.floor(rand() * DAYS) * 86_400_000);
  const iso = time.toISOString().slice(0, 10);
  const date = rand() < 0.15 ? `${iso.slice(8, 10)} ${MONTHS[time.getUTCMonth()]} ${iso.slice(0, 4)}` : iso;
  // Long tail: most events kill no one; of those that do, a Pareto-like spread capped at 1,000.
  const deaths = rand() < t.lethal ? Math.min(1000, Math.floor(1 / Math.pow(1 - rand() * 0.999, 1.2))) : 0;
  const admin1 = pick(c.admin1);
  const place = `${pick(PLACES)}${rand() < 0.1 ? ', ' + admin1 : ''}`;
  const other = t.type === 'Protests' ? '' : rand() < 0.5 ? `Civilians (${c.name})` : `Unidentified Armed Group (${c.name})`;
  const actor1 = t.type === 'Protests' ? `Protesters (${c.name})` : t.type === 'Riots' ? `Rioters (${c.name})` : c.actor;
  const inter1 = t.type === 'Protests' ? 6 : t.type === 'Riots' ? 5 : 1;
  const inter2 = other.startsWith('Civilians') ? 7 : other ? 3 : 0;
  const quoteBit = rand() < 0.2 ? ` Witnesses said "it was ${deaths > 10 ? 'a massacre' : 'chaotic'}".` : '';
  const lineBit = rand() < 0.02 ? '\nUpdated with a second source.' : '';
  const notes = `On ${date}, ${sub.toLowerCase()} in ${place} (${admin1}, ${c.name}), ${actor1} involved.${quoteBit}${lineBit} [fatalities=${deaths}]`;
  const source = rand() < 0.3 ? `${pick(OUTLETS)}; ${pick(OUTLETS)}` : pick(OUTLETS);
  const lat = (s + rand() * (north - s)).toFixed(4);
  const lon = (w + rand() * (e - w)).toFixed(4);
  const precision = (p: number): number => (p < 0.8 ? 1 : p < 0.95 ? 2 : 3);
  return [
    `${c.code}${n}`, date, iso.slice(0, 4), precision(rand()), t.disorder, t.type, sub,
    actor1, '', inter1, other, '', inter2, Math.min(inter1, inter2 || 9) * 10 + (inter2 ? Math.max(inter1, inter2) : 0), t.type === 'Violence against civilians' ? 'Civilian targeting' : '',
    c.iso, c.region, c.name, admin1, `${admin1} District`, '', place, lat, lon, precision(rand()),
    source, pick(['National', 'International', 'Subnational', 'Local partner-National']), notes, deaths, '', 1_700_000_000 + n,
  ];
}

/** Writes `rows` synthetic ACLED records (plus the header) to `path`. Same (rows, seed) → same bytes. */
export async function writeSyntheticAcled(path: string, rows: number, seed: number): Promise<void> {
  const rand = prng(seed);
  const out = createWriteStream(path);
  let buffer = `${ACLED_COLUMNS.join(',')}\n`;
  for (let n = 1; n <= rows; n++) {
    buffer += `${record(rand, n).map(csvField).join(',')}\n`;
    if (buffer.length > 1 << 16 || n === rows) {
      const ok = out.write(buffer);
      buffer = '';
      if (!ok) await once(out, 'drain');
    }
  }
  if (buffer) out.write(buffer);
  out.end();
  await once(out, 'finish');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [path, rows, seed] = process.argv.slice(2);
  if (!path || !rows) {
    process.stderr.write('usage: tsx src/pipeline/import/synthetic.ts OUT.csv ROWS [SEED]\n');
    process.exitCode = 1;
  } else await writeSyntheticAcled(path, Number(rows), Number(seed ?? 1));
}
