// Country names and numeric ISO 3166 codes → ISO 3166-1 alpha-2, for imported datasets (ACLED, UCDP GED).
// Lookups are cached: i18n-iso-countries scans every name on each call, and a file repeats a few names
// a million times.
import countries from 'i18n-iso-countries';

/** Names the datasets use that i18n-iso-countries does not know (keys lower-cased). */
const VARIANTS: Record<string, string> = {
  syria: 'SY',
  laos: 'LA',
  moldova: 'MD',
  brunei: 'BN',
  micronesia: 'FM',
  'east timor': 'TL',
  'vatican city': 'VA',
  'falkland islands': 'FK',
  surinam: 'SR',
  swaziland: 'SZ',
  'kingdom of eswatini (swaziland)': 'SZ',
  'caribbean netherlands': 'BQ',
  'bailiwick of guernsey': 'GG',
  'bailiwick of jersey': 'JE',
  'dr congo (zaire)': 'CD',
  'dr congo': 'CD',
  'congo, drc': 'CD',
  'democratic republic of congo': 'CD',
  'republic of congo': 'CG',
  'macedonia, fyr': 'MK',
  'republic of macedonia': 'MK',
  macedonia: 'MK',
  'bosnia-herzegovina': 'BA',
  'serbia (yugoslavia)': 'RS',
  yugoslavia: 'RS',
  'yemen (north yemen)': 'YE',
  'south yemen': 'YE',
  'russia (soviet union)': 'RU',
  'soviet union': 'RU',
  'myanmar (burma)': 'MM',
  burma: 'MM',
  'cambodia (kampuchea)': 'KH',
  'zimbabwe (rhodesia)': 'ZW',
  'madagascar (malagasy)': 'MG',
  'vietnam (north vietnam)': 'VN',
  'north vietnam': 'VN',
};

const byName = new Map<string, string | null>();

function lookup(name: string): string | null {
  const key = name.toLowerCase();
  const known = VARIANTS[key];
  if (known) return known;
  return countries.getAlpha2Code(name, 'en') ?? countries.getSimpleAlpha2Code(name, 'en') ?? null;
}

/** "Syria" → "SY", "Myanmar (Burma)" → "MM"; null when the name is unknown. */
export function countryNameToAlpha2(raw: string | undefined | null): string | null {
  const name = (raw ?? '').trim().replace(/\s+/g, ' ');
  if (!name) return null;
  const cached = byName.get(name);
  if (cached !== undefined) return cached;
  let code = lookup(name);
  // "Name (Former name)": try each part.
  const m = /^(.*?)\s*\((.*)\)$/.exec(name);
  if (!code && m) code = lookup(m[1] ?? '') ?? lookup(m[2] ?? '');
  if (byName.size < 10_000) byName.set(name, code);
  return code;
}

const byNumber = new Map<string, string | null>();

/** ACLED's numeric `iso` column: "760" → "SY", "4" → "AF"; null when unknown (ACLED uses 0 for Kosovo). */
export function numericToAlpha2(raw: string | undefined | null): string | null {
  const s = (raw ?? '').trim();
  if (!/^\d{1,3}$/.test(s)) return null;
  const key = s.padStart(3, '0');
  const cached = byNumber.get(key);
  if (cached !== undefined) return cached;
  const code = countries.numericToAlpha2(key) ?? null;
  byNumber.set(key, code);
  return code;
}
