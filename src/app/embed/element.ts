// <conflict-map src="events.geojson" start="2011-07-31" end="2011-08-06" overlay="circles">: the map and
// its timeline as a custom element. Its attributes reflect its state (brushing the timeline or setRange()
// rewrites `start` and `end`; setting them moves the map), its methods are the host API's (./api.ts), and
// it dispatches `rangechange` and `select` DOM events. Optional: `font` and `regions` (URLs; by default
// beside the script, ../fonts/DejaVuSans.ttf and ../data/regions.geojson).
import { t } from '../i18n/current.ts';
import type { Map as MapLibreMap } from 'maplibre-gl';
import atlasUrl from 'world-atlas/countries-50m.json?url';
import { loadEvents, loadTopology } from '../state/load.ts';
import { parseOverlay, type Overlay } from '../state/overlay.ts';
import type { ConflictMapApi, HostEvent } from './api.ts';
import { attributesForRange, rangeFromAttributes, type Range } from './element-attrs.ts';
import { mountMap, type Mounted } from './mount.ts';
import './element.css';

// Not literals, so that the bundler leaves them as URLs relative to the script at run time.
const FONT_PATH = '../fonts/DejaVuSans.ttf';
const REGIONS_PATH = '../data/regions.geojson';

/** The basemap, fetched once for every <conflict-map> on the page and every change of `src`. */
let topology: ReturnType<typeof loadTopology> | null = null;
const basemap = (): ReturnType<typeof loadTopology> =>
  (topology ??= loadTopology(new URL(atlasUrl, import.meta.url).href).catch((err: unknown) => {
    topology = null;
    throw err;
  }));

export class ConflictMapElement extends HTMLElement implements ConflictMapApi {
  static readonly observedAttributes = ['src', 'start', 'end', 'overlay'];

  private mounted: Mounted | null = null;
  private loading: Promise<void> | null = null;
  private generation = 0;
  private reflecting = false;
  private rangeQueued = false;
  /** Resolves once the events are loaded and the map has drawn them. */
  ready: Promise<void> = new Promise(() => undefined);

  connectedCallback(): void {
    if (!this.mounted && !this.loading) this.load();
  }

  disconnectedCallback(): void {
    this.generation++;
    this.mounted?.destroy();
    this.mounted = null;
    this.loading = null;
  }

  attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (old === value || this.reflecting) return;
    if (name === 'overlay') this.mounted?.store.set({ overlay: parseOverlay(value) });
    else if (name === 'src' && this.isConnected) {
      this.disconnectedCallback();
      this.load();
    } else if ((name === 'start' || name === 'end') && !this.rangeQueued) {
      // Both attributes set in one go are applied together.
      this.rangeQueued = true;
      queueMicrotask(() => {
        this.rangeQueued = false;
        const r = rangeFromAttributes(this.getAttribute('start'), this.getAttribute('end'));
        this.mounted?.store.set({ start: r.start, end: r.end });
      });
    }
  }

  private load(): void {
    const generation = ++this.generation;
    const src = new URL(this.getAttribute('src') ?? 'data/events.geojson', this.ownerDocument.baseURI).href;
    const here = import.meta.url;
    this.loading = (async () => {
      const [events, topology] = await Promise.all([loadEvents(src), basemap()]);
      if (generation !== this.generation) return;
      if (events.errors.length) console.warn(`<conflict-map>: ${events.rejected} events could not be read`, events.errors.slice(0, 3));
      const mounted = await mountMap(this, {
        features: events.features,
        topology,
        fontUrl: new URL(this.getAttribute('font') ?? FONT_PATH, this.getAttribute('font') ? this.ownerDocument.baseURI : here).href,
        regionsUrl: new URL(this.getAttribute('regions') ?? REGIONS_PATH, this.getAttribute('regions') ? this.ownerDocument.baseURI : here).href,
        initial: this.stateFromAttributes(),
      });
      if (generation !== this.generation) return mounted.destroy();
      this.mounted = mounted;
      // Attributes changed while the map was being built (before `mounted` was set) apply now.
      mounted.store.set(this.stateFromAttributes());
      mounted.api.on('rangechange', (detail) => {
        this.reflect(detail as Range);
        this.dispatchEvent(new CustomEvent('rangechange', { detail, bubbles: true, composed: true }));
      });
      mounted.api.on('select', (detail) => this.dispatchEvent(new CustomEvent('select', { detail, bubbles: true, composed: true })));
      await mounted.loaded;
      this.dataset.ready = 'true';
      this.dispatchEvent(new CustomEvent('ready', { bubbles: true, composed: true }));
    })();
    this.ready = this.loading;
    this.loading.catch((err: unknown) => {
      console.error('<conflict-map> could not start:', err);
      this.textContent = t('embed.failed');
    });
  }

  /** The state the attributes ask for: the range (`start`, `end`) and the overlay. */
  private stateFromAttributes(): Range & { overlay: Overlay } {
    return { ...rangeFromAttributes(this.getAttribute('start'), this.getAttribute('end')), overlay: parseOverlay(this.getAttribute('overlay')) };
  }

  private reflect(range: Range): void {
    this.reflecting = true;
    try {
      const current = { start: this.getAttribute('start'), end: this.getAttribute('end') };
      for (const [name, value] of attributesForRange(range, current)) {
        if (value === null) this.removeAttribute(name);
        else this.setAttribute(name, value);
      }
    } finally {
      this.reflecting = false;
    }
  }

  /** The MapLibre map, once loaded (for hosts that want more than the host API). */
  get map(): MapLibreMap | null {
    return this.mounted?.map ?? null;
  }

  // The host API (./api.ts), on the element.
  setRange(start: string | null, end: string | null): void {
    const r = rangeFromAttributes(start, end);
    if (this.mounted) this.mounted.api.setRange(r.start, r.end);
    else this.reflect(r);
  }

  getRange(): Range {
    return this.mounted ? this.mounted.api.getRange() : rangeFromAttributes(this.getAttribute('start'), this.getAttribute('end'));
  }

  /** Before the map is ready, the view and the selection wait for it. */
  flyTo(view: { center: [number, number]; zoom?: number }): void {
    if (this.mounted) this.mounted.api.flyTo(view);
    else void this.ready.then(() => this.mounted?.api.flyTo(view));
  }

  select(id: string | null): void {
    if (this.mounted) this.mounted.api.select(id);
    else void this.ready.then(() => this.mounted?.api.select(id));
  }

  visibleEventIds(): string[] {
    return this.mounted?.api.visibleEventIds() ?? [];
  }

  on(event: HostEvent, cb: (detail: unknown) => void): () => void {
    const listener = (e: Event): void => cb((e as CustomEvent).detail);
    this.addEventListener(event, listener);
    return () => this.removeEventListener(event, listener);
  }
}

/** Registers the element as <conflict-map> (once). */
export function defineConflictMap(registry: CustomElementRegistry = customElements): void {
  if (!registry.get('conflict-map')) registry.define('conflict-map', ConflictMapElement);
}

declare global {
  interface HTMLElementTagNameMap {
    'conflict-map': ConflictMapElement;
  }
}
