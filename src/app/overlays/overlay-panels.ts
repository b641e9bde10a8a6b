// The overlay's page furniture: its legend (next to the page's own legend) and the panel of reports
// kept apart (data-testid="country-badge"), laid over the map's corner.
import { onLanguage, t } from '../i18n/current.ts';
import './overlays.css';

export interface OverlayPanels {
  legend: HTMLElement;
  circlesLegend: HTMLElement | null;
  badge: HTMLElement;
  /** The live line a click on a hexagon or a province writes its totals to. */
  pick: HTMLElement;
}

export function overlayPanels(circlesLegend: HTMLElement | null, mapContainer: HTMLElement): OverlayPanels {
  const legend = document.createElement('section');
  legend.className = 'cm-legend cm-overlay-legend';
  legend.id = 'overlay-legend';
  legend.dataset.testid = 'overlay-legend';
  legend.hidden = true;
  if (circlesLegend) circlesLegend.after(legend);
  else mapContainer.before(legend);

  const pick = document.createElement('p');
  pick.className = 'cm-overlay-pick';
  pick.dataset.testid = 'overlay-pick';
  pick.setAttribute('aria-live', 'polite');
  legend.after(pick);

  const badge = document.createElement('aside');
  badge.className = 'cm-country-badge';
  badge.dataset.testid = 'country-badge';
  badge.hidden = true;
  (mapContainer.parentElement ?? mapContainer).append(badge);
  const label = (): void => {
    legend.setAttribute('aria-label', t('overlay.legendLabel'));
    badge.setAttribute('aria-label', t('overlay.badgeLabel'));
  };
  label();
  onLanguage(label);
  return { legend, circlesLegend, badge, pick };
}
