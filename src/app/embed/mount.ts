// One map and its compact timeline inside a given element, with a store of its own: no URL hash, so
// several can share a page. The map, timeline, count line, popup and overlays are the app's own
// (../mount-core.ts); this lays out the element's parts. Used by the <conflict-map> element (./element.ts).
import { t } from '../i18n/current.ts';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Topology } from 'topojson-specification';
import type { EventFeature } from '../../shared/schema.ts';
import { basemapFromTopology } from '../map/basemap.ts';
import { buildEventIndex } from '../map/features-index.ts';
import { mountCore } from '../mount-core.ts';
import { overlayPanels } from '../overlays/overlay-panels.ts';
import { createStore, INITIAL_STATE, type AppState, type Store } from '../state/store.ts';
import type { ConflictMapApi } from './api.ts';
import { useReachableWorker } from './worker-url.ts';

export interface MountOptions {
  features: readonly EventFeature[];
  topology: Topology;
  fontUrl: string;
  regionsUrl: string;
  /** The state to open with (range, overlay). */
  initial: Partial<AppState>;
}

export interface Mounted {
  map: MapLibreMap;
  store: Store<AppState>;
  api: ConflictMapApi;
  /** Resolves when the map has loaded its style and drawn. */
  loaded: Promise<void>;
  destroy(): void;
}

function part(tag: string, className: string, parent: HTMLElement): HTMLElement {
  const el = document.createElement(tag);
  el.className = className;
  parent.append(el);
  return el;
}

/** Builds the map, the count line and the timeline in `root` (emptied first). */
export async function mountMap(root: HTMLElement, o: MountOptions): Promise<Mounted> {
  root.replaceChildren();
  const legend = part('div', 'cm-el__legend', root);
  const wrap = part('div', 'cm-el__map-wrap', root);
  const mapEl = part('div', 'cm-el__map', wrap);
  mapEl.setAttribute('role', 'region');
  mapEl.setAttribute('aria-label', t('page.map'));
  const countLine = part('p', 'cm-el__count', root);
  countLine.setAttribute('aria-live', 'polite');
  const count = part('span', '', countLine);
  count.dataset.testid = 'event-count';
  const note = part('span', 'cm-el__note', countLine);
  const timelineEl = part('div', 'cm-el__timeline cm-timeline__chart', root);

  const store = createStore<AppState>({ ...INITIAL_STATE, ...o.initial });
  const basemap = basemapFromTopology(o.topology);
  await useReachableWorker();
  const core = mountCore({
    store,
    index: buildEventIndex(o.features),
    basemap,
    fontUrl: o.fontUrl,
    regionsUrl: o.regionsUrl,
    elements: { map: mapEl, timeline: timelineEl, count, note },
    // The overlay's legend and pick line above the map, in place of the app's legend.
    overlayPanels: () => {
      const panels = overlayPanels(null, mapEl);
      legend.append(panels.legend, panels.pick);
      return panels;
    },
  });
  core.refresh();
  const { map } = core;
  // On a news page the page scrolls under one finger or the wheel; Ctrl + wheel or two fingers move the map.
  map.cooperativeGestures.enable();
  const loaded = new Promise<void>((resolve) => map.on('load', () => map.once('idle', () => resolve())));
  return {
    map,
    store,
    api: core.api,
    loaded,
    destroy: () => {
      core.destroy();
      root.replaceChildren();
    },
  };
}
