// MapLibre's own words (its zoom buttons, the popup's close button, the "use Ctrl + scroll" notice, the
// attribution) in the interface's language, from the catalogue: given to the map when it is made, and put
// on its controls again when the language changes.
import { AttributionControl, type Map as MapLibreMap } from 'maplibre-gl';
import { onLanguage, t } from '../i18n/current.ts';

/** MapLibre's UI string ids, in the current language (the `locale` map option). */
export function mapLocale(): Record<string, string> {
  return {
    'Map.Title': t('page.map'),
    'NavigationControl.ZoomIn': t('map.zoomIn'),
    'NavigationControl.ZoomOut': t('map.zoomOut'),
    'Popup.Close': t('map.close'),
    'AttributionControl.ToggleAttribution': t('map.toggleAttribution'),
    'CooperativeGesturesHandler.WindowsHelpText': t('map.ctrlScroll'),
    'CooperativeGesturesHandler.MacHelpText': t('map.cmdScroll'),
    'CooperativeGesturesHandler.MobileHelpText': t('map.twoFingers'),
  };
}

/** The credit line: our own catalogue's HTML (links to Natural Earth and GeoNames), never text from data. */
export const attributionControl = (): AttributionControl => new AttributionControl({ compact: false, customAttribution: t('map.attribution') });

/** Keeps the map's controls in the interface's language; returns the control to add now. */
export function followLanguage(map: MapLibreMap): AttributionControl {
  let attribution = attributionControl();
  const relabel = (): void => {
    const locale = mapLocale();
    // Read by MapLibre when it makes a control or a popup's close button later (a popup opened after the change).
    Object.assign((map as unknown as { _locale: Record<string, string> })._locale, locale);
    const root = map.getContainer();
    const name = (sel: string, text: string | undefined): void => {
      for (const el of root.querySelectorAll(sel)) {
        el.setAttribute('title', text ?? '');
        el.setAttribute('aria-label', text ?? '');
      }
    };
    name('.maplibregl-ctrl-zoom-in', locale['NavigationControl.ZoomIn']);
    name('.maplibregl-ctrl-zoom-out', locale['NavigationControl.ZoomOut']);
    name('.maplibregl-popup-close-button', locale['Popup.Close']);
    root.querySelector('.maplibregl-canvas')?.setAttribute('aria-label', locale['Map.Title'] ?? '');
    const desktop = root.querySelector('.maplibregl-desktop-message');
    if (desktop) desktop.textContent = /Mac/.test(navigator.platform) ? t('map.cmdScroll') : t('map.ctrlScroll');
    const mobile = root.querySelector('.maplibregl-mobile-message');
    if (mobile) mobile.textContent = t('map.twoFingers');
    map.removeControl(attribution);
    attribution = attributionControl();
    map.addControl(attribution, 'bottom-right');
  };
  const stop = onLanguage(relabel);
  map.once('remove', stop);
  return attribution;
}
