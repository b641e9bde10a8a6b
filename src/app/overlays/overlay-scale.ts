// Colours of the aggregate overlays, shared by their map layers and their legends: death-toll classes
// for hexagons and regions (powers of ten, so a region with 1,200 deaths and one with 12 both read),
// and the heatmap's density ramp.
import { t } from '../i18n/current.ts';
import type { ExpressionSpecification } from 'maplibre-gl';

/** An area with reports but no deaths reported in them. */
export const NO_DEATHS_COLOUR = '#e4dfd4';

/** Lower bound of each class, with its colour (ColorBrewer OrRd). */
export const DEATH_CLASSES: ReadonlyArray<{ from: number; colour: string }> = [
  { from: 1, colour: '#fdd49e' },
  { from: 10, colour: '#fc8d59' },
  { from: 100, colour: '#d7301f' },
  { from: 1000, colour: '#7f0000' },
];

/** The colour of a total, the same rule as `deathsColour()` draws with. */
export function colourForDeaths(deaths: number): string {
  let colour = NO_DEATHS_COLOUR;
  for (const c of DEATH_CLASSES) if (deaths >= c.from) colour = c.colour;
  return colour;
}

/** "1–9", "10–99", "100–999", "1,000 or more". */
export function classLabel(i: number): string {
  const c = DEATH_CLASSES[i];
  if (!c) return '';
  const next = DEATH_CLASSES[i + 1];
  return next ? t('overlay.classRange', { low: c.from, high: next.from - 1 }) : t('overlay.classTop', { n: c.from });
}

/** Fill colour by the `deaths` property. */
export function deathsColour(): ExpressionSpecification {
  return ['step', ['get', 'deaths'], NO_DEATHS_COLOUR, ...DEATH_CLASSES.flatMap((c) => [c.from, c.colour])] as unknown as ExpressionSpecification;
}

/** Heatmap density → colour, transparent where there is nothing. */
export const HEAT_STOPS: ReadonlyArray<[number, string]> = [
  [0, 'rgba(253,212,158,0)'],
  [0.15, '#fdd49e'],
  [0.4, '#fc8d59'],
  [0.7, '#d7301f'],
  [1, '#7f0000'],
];

export function heatColour(): ExpressionSpecification {
  return ['interpolate', ['linear'], ['heatmap-density'], ...HEAT_STOPS.flat()] as unknown as ExpressionSpecification;
}

/** The weight of an event with no toll given: present, but light. */
export const NO_TOLL_WEIGHT = 0.05;

/** Heatmap weight: the toll as a share of the largest toll (0–1); NO_TOLL_WEIGHT when none is given. */
export function heatWeight(maxToll: number): ExpressionSpecification {
  const max = maxToll > 0 ? maxToll : 1;
  return ['case', ['<', ['get', 'toll'], 0], NO_TOLL_WEIGHT, ['min', 1, ['/', ['get', 'toll'], max]]];
}
