// Arabic country names by ISO 3166 numeric code (world-atlas ids), from i18n-iso-countries, and by name for
// the places Natural Earth draws with no ISO code. Imported on demand (a dynamic import) only when place
// names are shown in Arabic.
import countries from 'i18n-iso-countries';
import ar from 'i18n-iso-countries/langs/ar.json';

countries.registerLocale(ar);

/** Natural Earth's countries without an ISO 3166 numeric code (no id in world-atlas), by their name there. */
const WITHOUT_CODE: Readonly<Record<string, string>> = {
  'N. Cyprus': 'شمال قبرص',
  Somaliland: 'أرض الصومال',
  Kosovo: 'كوسوفو',
  'Indian Ocean Ter.': 'أقاليم المحيط الهندي الأسترالية',
  'Siachen Glacier': 'نهر سياتشين الجليدي',
};

/** The Arabic name of a country given by its numeric code, or by its Natural Earth name when it has no code. */
export function countryNameAr(codeOrName: string): string | null {
  if (/^\d+$/.test(codeOrName)) return countries.getName(codeOrName, 'ar') ?? null;
  return WITHOUT_CODE[codeOrName] ?? null;
}
