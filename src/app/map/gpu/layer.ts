// The GPU events layer: a MapLibre custom layer (WebGL2) that uploads the events once and filters them
// in the vertex shader. setFilter() only changes uniforms and asks for a repaint: no tiling, no upload.
// The layer can be added before its data arrives: it compiles its program and draws one transparent
// point, so that the rasteriser's shader compilation overlaps the download; setData() then uploads.
import type { CustomLayerInterface, CustomRenderMethodInput, Map as MapLibreMap } from 'maplibre-gl';
import { EVENT_TYPES, FALLBACK_COLOUR, TYPE_COLOURS } from '../../ui/palette.ts';
import { DENSE } from '../layers.ts';
import { VERTEX_LAYOUT, VERTEX_STRIDE, type GpuEvents } from './data.ts';
import { NO_FILTER, type GpuFilter } from './filter.ts';
import { GPU_DENSE } from './radius.ts';
import { FRAGMENT, VERTEX } from './shaders.ts';

export interface GpuLayer extends CustomLayerInterface {
  setFilter(filter: GpuFilter): void;
  setData(events: GpuEvents, scale: number): void;
  /** Outlines one row (the selected event); -1 for none. */
  setSelected(row: number): void;
  /** Rows hidden by filters the uniforms do not hold (0 = hidden), one byte per row; null shows all. */
  setKeep(keep: Uint8Array | null): void;
  /** The markers' colours: one a type (EVENT_TYPES order, then the fallback), a town's ring, the selected event's ring. */
  setPalette(palette: MarkerPalette): void;
  readonly palette: MarkerPalette;
  readonly filter: GpuFilter;
  /** The outlined row, -1 for none. */
  readonly selected: number;
  readonly scale: number;
  /** Many events: markers keep the toll's radius whatever their precision (./radius.ts). */
  readonly dense: boolean;
  /** Frames drawn with data, and the time the last one was drawn (performance.now()). */
  readonly frames: number;
  readonly lastDraw: number;
  /** Set true to wait for each draw to complete (a 1-pixel readPixels): benchmarks. */
  finish: boolean;
}

export interface MarkerPalette {
  /** #rrggbb of each of EVENT_TYPES, then of a type outside them. */
  types: readonly string[];
  stroke: string;
  selected: string;
}

export const LIGHT_MARKERS: MarkerPalette = { types: [...EVENT_TYPES.map((t) => TYPE_COLOURS[t]), FALLBACK_COLOUR], stroke: '#ffffff', selected: '#111111' };

const UNIFORMS = ['u_origin', 'u_col0', 'u_col1', 'u_chi', 'u_clo', 'u_all_dates', 'u_start', 'u_end', 'u_mask', 'u_min_toll', 'u_scale', 'u_dpr', 'u_dense', 'u_opacity', 'u_highlight', 'u_colours', 'u_place_opacity', 'u_stroke', 'u_selected'] as const;

function hexToRgb(hex: string): [number, number, number] {
  const v = Number.parseInt(hex.slice(1), 16);
  return [((v >> 16) & 255) / 255, ((v >> 8) & 255) / 255, (v & 255) / 255];
}

function compile(gl: WebGL2RenderingContext, type: number, src: string): WebGLShader {
  const s = gl.createShader(type);
  if (!s) throw new Error('gpu layer: createShader failed');
  gl.shaderSource(s, src);
  gl.compileShader(s);
  if (!gl.getShaderParameter(s, gl.COMPILE_STATUS)) throw new Error(`gpu layer: ${gl.getShaderInfoLog(s) ?? 'shader error'}`);
  return s;
}

function link(gl: WebGL2RenderingContext): WebGLProgram {
  const p = gl.createProgram();
  gl.attachShader(p, compile(gl, gl.VERTEX_SHADER, VERTEX));
  gl.attachShader(p, compile(gl, gl.FRAGMENT_SHADER, FRAGMENT));
  gl.linkProgram(p);
  if (!gl.getProgramParameter(p, gl.LINK_STATUS)) throw new Error(`gpu layer: ${gl.getProgramInfoLog(p) ?? 'link error'}`);
  return p;
}

/** One vertex buffer and its vertex array, laid out as VERTEX_LAYOUT, and the keep mask's buffer (a_keep). */
function upload(gl: WebGL2RenderingContext, p: WebGLProgram, data: ArrayBuffer, count: number): { vao: WebGLVertexArrayObject; buf: WebGLBuffer; keep: WebGLBuffer } {
  const vao = gl.createVertexArray();
  const buf = gl.createBuffer();
  const keep = gl.createBuffer();
  gl.bindVertexArray(vao);
  gl.bindBuffer(gl.ARRAY_BUFFER, keep);
  gl.bufferData(gl.ARRAY_BUFFER, new Uint8Array(count).fill(1), gl.DYNAMIC_DRAW);
  const k = gl.getAttribLocation(p, 'a_keep');
  if (k >= 0) {
    gl.enableVertexAttribArray(k);
    gl.vertexAttribIPointer(k, 1, gl.UNSIGNED_BYTE, 1, 0);
  }
  gl.bindBuffer(gl.ARRAY_BUFFER, buf);
  gl.bufferData(gl.ARRAY_BUFFER, data, gl.STATIC_DRAW);
  for (const [name, [offset, size, kind]] of Object.entries(VERTEX_LAYOUT)) {
    const at = gl.getAttribLocation(p, name);
    if (at < 0) continue;
    gl.enableVertexAttribArray(at);
    if (kind === 'f32') gl.vertexAttribPointer(at, size, gl.FLOAT, false, VERTEX_STRIDE, offset);
    else gl.vertexAttribIPointer(at, size, kind === 'u16' ? gl.UNSIGNED_SHORT : gl.UNSIGNED_BYTE, VERTEX_STRIDE, offset);
  }
  gl.bindVertexArray(null);
  return { vao, buf, keep };
}

export function createGpuLayer(id: string, initial: GpuEvents | null = null, initialScale = 1): GpuLayer {
  let map: MapLibreMap | null = null;
  let program: WebGLProgram | null = null;
  let events = initial;
  let drawn: { vao: WebGLVertexArrayObject; buf: WebGLBuffer; keep: WebGLBuffer; count: number; events: GpuEvents | null } | null = null;
  /** The keep mask to upload on the next frame (undefined: nothing new). */
  let keepNext: Uint8Array | null | undefined;
  const loc: Partial<Record<(typeof UNIFORMS)[number], WebGLUniformLocation | null>> = {};
  const colours = new Float32Array(21);
  let palette = LIGHT_MARKERS;
  const paint = (p: MarkerPalette): void => {
    palette = p;
    p.types.slice(0, 7).forEach((hex, i) => colours.set(hexToRgb(hex), i * 3));
  };
  paint(LIGHT_MARKERS);
  const state = layerState(initial, initialScale);

  const layer: GpuLayer = {
    id,
    type: 'custom',
    renderingMode: '2d',
    get filter() {
      return state.filter;
    },
    get selected() {
      return state.selected;
    },
    get scale() {
      return state.scale;
    },
    get dense() {
      return (events?.count ?? 0) > GPU_DENSE;
    },
    get frames() {
      return state.frames;
    },
    get lastDraw() {
      return state.lastDraw;
    },
    finish: false,
    get palette() {
      return palette;
    },
    setPalette(p) {
      paint(p);
      map?.triggerRepaint();
    },
    setFilter(filter) {
      state.filter = filter;
      map?.triggerRepaint();
    },
    setSelected(row) {
      state.selected = row;
      map?.triggerRepaint();
    },
    setKeep(keep) {
      keepNext = keep;
      map?.triggerRepaint();
    },
    setData(next, scale) {
      events = next;
      state.scale = scale;
      map?.triggerRepaint();
    },
    onAdd(m, gl) {
      map = m;
      program = link(gl);
      for (const u of UNIFORMS) loc[u] = gl.getUniformLocation(program, u);
    },
    onRemove(_m, gl) {
      if (drawn) {
        gl.deleteBuffer(drawn.buf);
        gl.deleteBuffer(drawn.keep);
        gl.deleteVertexArray(drawn.vao);
      }
      if (program) gl.deleteProgram(program);
      drawn = null;
      map = null;
    },
    render(gl, options: CustomRenderMethodInput) {
      if (!program || !map) return;
      if (!drawn || drawn.events !== events) {
        if (drawn) {
          gl.deleteBuffer(drawn.buf);
          gl.deleteBuffer(drawn.keep);
          gl.deleteVertexArray(drawn.vao);
        }
        // No data yet: one transparent point at the centre, to warm the rasteriser's shaders up.
        const data = events?.vertices ?? new ArrayBuffer(VERTEX_STRIDE);
        const count = events ? events.count : 1;
        drawn = { ...upload(gl, program, data, count), count, events };
        if (keepNext === undefined) keepNext = state.keep;
      }
      if (keepNext !== undefined) {
        state.keep = keepNext;
        // One byte a row, replaced in place: a filter change moves no other data.
        gl.bindBuffer(gl.ARRAY_BUFFER, drawn.keep);
        if (keepNext && keepNext.length === drawn.count) gl.bufferSubData(gl.ARRAY_BUFFER, 0, keepNext);
        else gl.bufferSubData(gl.ARRAY_BUFFER, 0, new Uint8Array(drawn.count).fill(1));
        gl.bindBuffer(gl.ARRAY_BUFFER, null);
        keepNext = undefined;
      }
      // The view-projection matrix takes world pixels; scale it to Mercator units [0, 1].
      const v = options.modelViewProjectionMatrix as unknown as ArrayLike<number>;
      const ws = 512 * 2 ** map.getZoom();
      const m = Array.from({ length: 16 }, (_, k) => (v[k] ?? 0) * (k < 8 ? ws : 1));
      const c = map.getCenter();
      const cx = (180 + c.lng) / 360;
      const cy = (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (c.lat * Math.PI) / 360))) / 360;
      // Clip position of the centre, in doubles; points are drawn as offsets from it.
      const origin = [0, 1, 2, 3].map((r) => (m[r] ?? 0) * cx + (m[4 + r] ?? 0) * cy + (m[12 + r] ?? 0));
      const f = events ? state.filter : NO_FILTER;
      const hx = Math.fround(cx);
      const hy = Math.fround(cy);
      gl.useProgram(program);
      gl.uniform4fv(loc.u_origin ?? null, origin);
      gl.uniform4f(loc.u_col0 ?? null, m[0] ?? 0, m[1] ?? 0, m[2] ?? 0, m[3] ?? 0);
      gl.uniform4f(loc.u_col1 ?? null, m[4] ?? 0, m[5] ?? 0, m[6] ?? 0, m[7] ?? 0);
      // The dummy point (all zeros) then sits at the centre.
      gl.uniform2f(loc.u_chi ?? null, events ? hx : 0, events ? hy : 0);
      gl.uniform2f(loc.u_clo ?? null, events ? cx - hx : 0, events ? cy - hy : 0);
      gl.uniform1i(loc.u_all_dates ?? null, f.range === null ? 1 : 0);
      gl.uniform1ui(loc.u_start ?? null, Math.max(0, Math.min(65534, f.range?.start ?? 0)));
      gl.uniform1ui(loc.u_end ?? null, Math.max(0, Math.min(65534, f.range?.end ?? 0)));
      gl.uniform1ui(loc.u_mask ?? null, f.range && (f.range.end < 0 || f.range.end < f.range.start) ? 0 : f.typeMask);
      gl.uniform1f(loc.u_min_toll ?? null, f.minToll);
      gl.uniform1f(loc.u_scale ?? null, state.scale);
      // The map's own ratio: a copy drawn for the PNG has one of its own.
      gl.uniform1f(loc.u_dpr ?? null, map.getPixelRatio());
      gl.uniform1i(loc.u_dense ?? null, layer.dense ? 1 : 0);
      gl.uniform1f(loc.u_opacity ?? null, events ? 1 : 0);
      gl.uniform3fv(loc.u_colours ?? null, colours);
      gl.uniform1f(loc.u_place_opacity ?? null, (events?.count ?? 0) > DENSE ? 0.6 : 0.78);
      gl.uniform3fv(loc.u_stroke ?? null, hexToRgb(palette.stroke));
      gl.uniform3fv(loc.u_selected ?? null, hexToRgb(palette.selected));
      gl.bindVertexArray(drawn.vao);
      gl.enable(gl.BLEND);
      gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
      gl.uniform1i(loc.u_highlight ?? null, 0);
      gl.drawArrays(gl.POINTS, 0, drawn.count);
      if (events && state.selected >= 0 && state.selected < drawn.count) {
        gl.uniform1i(loc.u_highlight ?? null, 1);
        gl.drawArrays(gl.POINTS, state.selected, 1);
      }
      gl.bindVertexArray(null);
      if (!events) return;
      if (layer.finish) gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
      state.frames++;
      state.lastDraw = performance.now();
    },
  };
  return layer;
}

interface LayerState {
  filter: GpuFilter;
  scale: number;
  frames: number;
  lastDraw: number;
  selected: number;
  keep: Uint8Array | null;
}

function layerState(initial: GpuEvents | null, scale: number): LayerState {
  return { filter: NO_FILTER, scale: initial ? scale : 1, frames: 0, lastDraw: 0, selected: -1, keep: null };
}
