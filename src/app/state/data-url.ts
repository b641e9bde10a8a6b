// Which events file the app loads: `?data=PATH` names any events file on the page's own site (GeoJSON or
// the binary layout, told apart by its bytes: ./load.ts); without it, data/events.geojson. Another origin,
// or a scheme that is not http(s) (javascript:, data:, blob:), is refused with a reason, and the default
// file is loaded instead.

import { t } from '../i18n/current.ts';
export const DEFAULT_DATA_PATH = 'data/events.geojson';

export interface DataChoice {
  /** The absolute URL to fetch. */
  url: string;
  /** True when it came from `?data=`. */
  custom: boolean;
  /** Why the `?data=` value was not used, in words for the status line. */
  refused?: string;
}

const MAX_LENGTH = 2048;

/** Decides the events URL from the page's query string and base URL (document.baseURI). */
export function chooseDataUrl(search: string, base: string): DataChoice {
  const fallback = new URL(DEFAULT_DATA_PATH, base).href;
  const raw = new URLSearchParams(search).get('data');
  if (raw === null || raw.trim() === '') return { url: fallback, custom: false };
  const shown = raw.length > 80 ? `${raw.slice(0, 77)}...` : raw;
  const refuse = (why: string): DataChoice => ({ url: fallback, custom: false, refused: t('data.refused', { file: shown, why }) });
  // eslint-disable-next-line no-control-regex
  if (raw.length > MAX_LENGTH || /[\u0000-\u001f\u007f]/.test(raw)) return refuse(t('data.notPath'));
  let url: URL;
  let page: URL;
  try {
    page = new URL(base);
    url = new URL(raw.trim(), page);
  } catch {
    return refuse(t('data.notPath'));
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return refuse(t('data.notHttp', { protocol: url.protocol }));
  if (url.origin !== page.origin) return refuse(t('data.otherSite'));
  return { url: url.href, custom: true };
}
