// Arabic country names by ISO 3166 numeric code (world-atlas ids), from i18n-iso-countries. Imported
// on demand (a dynamic import) only when place names are shown in Arabic.
import countries from 'i18n-iso-countries';
import ar from 'i18n-iso-countries/langs/ar.json';

countries.registerLocale(ar);

export function countryNameAr(numericCode: string): string | null {
  return countries.getName(numericCode, 'ar') ?? null;
}
