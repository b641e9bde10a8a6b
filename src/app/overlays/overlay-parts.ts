// What the overlays other than circles compute (./overlay-map.ts loads it with the first of them, not with
// the page): the shown rows split and listed apart (./overlay-rows.ts), the provinces' totals (./regions.ts),
// the panel of reports kept apart (./country-badge.ts), the line a click on an area writes (./overlay-pick.ts)
// and the overlay's legend (./overlay-legend.ts).
export { MAX_LISTED, renderCountryBadge } from './country-badge.ts';
export { apartList, splitRows, type ApartList } from './overlay-rows.ts';
export { regionRowFinder, regionRowTotals, type Regions } from './regions.ts';
export { bindOverlayPick } from './overlay-pick.ts';
export { renderOverlayLegend, type LegendInfo } from './overlay-legend.ts';
