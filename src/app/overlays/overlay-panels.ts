// The overlay's page furniture: its legend (next to the page's own legend) and the panel of reports
// kept apart (data-testid="country-badge"), laid over the map's corner.
import './overlays.css';

export interface OverlayPanels {
  legend: HTMLElement;
  circlesLegend: HTMLElement | null;
  badge: HTMLElement;
}

export function overlayPanels(circlesLegend: HTMLElement | null, mapContainer: HTMLElement): OverlayPanels {
  const legend = document.createElement('section');
  legend.className = 'cm-legend cm-overlay-legend';
  legend.id = 'overlay-legend';
  legend.setAttribute('aria-label', 'Legend of the overlay');
  legend.dataset.testid = 'overlay-legend';
  legend.hidden = true;
  if (circlesLegend) circlesLegend.after(legend);
  else mapContainer.before(legend);

  const badge = document.createElement('aside');
  badge.className = 'cm-country-badge';
  badge.dataset.testid = 'country-badge';
  badge.setAttribute('aria-label', 'Reports not drawn on the map');
  badge.hidden = true;
  (mapContainer.parentElement ?? mapContainer).append(badge);
  return { legend, circlesLegend, badge };
}
