// The GPU events layer: a MapLibre custom layer (WebGL2) that uploads the events once and filters them
// in the vertex shader. setFilter() only changes uniforms and asks for a repaint: no tiling, no upload.
import type { CustomLayerInterface, CustomRenderMethodInput, Map as MapLibreMap } from 'maplibre-gl';
import { EVENT_TYPES, FALLBACK_COLOUR, TYPE_COLOURS } from '../../ui/palette.ts';
import type { GpuEvents } from './data.ts';
import { NO_FILTER, type GpuFilter } from './filter.ts';
import { GPU_DENSE } from './radius.ts';
import { FRAGMENT, VERTEX } from './shaders.ts';

export interface GpuLayer extends CustomLayerInterface {
  setFilter(filter: GpuFilter): void;
  readonly filter: GpuFilter;
  readonly scale: number;
  /** Many events: markers keep the toll's radius whatever their precision (./radius.ts). */
  readonly dense: boolean;
  /** Frames drawn, and the time of the last draw call (performance.now()). */
  readonly frames: number;
  readonly lastDraw: number;
  /** Set true to wait for the draw to complete (a 1-pixel readPixels) before returning: benchmarks. */
  finish: boolean;
}

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

export function createGpuLayer(id: string, events: GpuEvents, scale: number): GpuLayer {
  let map: MapLibreMap | null = null;
  let program: WebGLProgram | null = null;
  let vao: WebGLVertexArrayObject | null = null;
  const buffers: WebGLBuffer[] = [];
  const loc: Record<string, WebGLUniformLocation | null> = {};
  const colours = new Float32Array(21);
  [...EVENT_TYPES.map((t) => TYPE_COLOURS[t]), FALLBACK_COLOUR].forEach((hex, i) => colours.set(hexToRgb(hex), i * 3));

  const layer: GpuLayer = {
    id,
    type: 'custom',
    renderingMode: '2d',
    filter: NO_FILTER,
    scale,
    dense: events.count > GPU_DENSE,
    frames: 0,
    lastDraw: 0,
    finish: false,
    setFilter(filter) {
      (layer as { filter: GpuFilter }).filter = filter;
      map?.triggerRepaint();
    },
    onAdd(m, gl) {
      map = m;
      const p = gl.createProgram();
      gl.attachShader(p, compile(gl, gl.VERTEX_SHADER, VERTEX));
      gl.attachShader(p, compile(gl, gl.FRAGMENT_SHADER, FRAGMENT));
      gl.linkProgram(p);
      if (!gl.getProgramParameter(p, gl.LINK_STATUS)) throw new Error(`gpu layer: ${gl.getProgramInfoLog(p) ?? 'link error'}`);
      program = p;
      for (const u of ['u_origin', 'u_col0', 'u_col1', 'u_chi', 'u_clo', 'u_all_dates', 'u_start', 'u_end', 'u_mask', 'u_min_toll', 'u_scale', 'u_dpr', 'u_dense', 'u_colours'])
        loc[u] = gl.getUniformLocation(p, u);
      vao = gl.createVertexArray();
      gl.bindVertexArray(vao);
      const attr = (name: string, data: ArrayBufferView, size: number, type: number, integer: boolean): void => {
        const at = gl.getAttribLocation(p, name);
        const buf = gl.createBuffer();
        buffers.push(buf);
        gl.bindBuffer(gl.ARRAY_BUFFER, buf);
        gl.bufferData(gl.ARRAY_BUFFER, data, gl.STATIC_DRAW);
        if (at < 0) return;
        gl.enableVertexAttribArray(at);
        if (integer) gl.vertexAttribIPointer(at, size, type, 0, 0);
        else gl.vertexAttribPointer(at, size, type, false, 0, 0);
      };
      attr('a_hi', events.hi, 2, gl.FLOAT, false);
      attr('a_lo', events.lo, 2, gl.FLOAT, false);
      attr('a_ds', events.dayStart, 1, gl.UNSIGNED_SHORT, true);
      attr('a_de', events.dayEnd, 1, gl.UNSIGNED_SHORT, true);
      attr('a_type', events.type, 1, gl.UNSIGNED_BYTE, true);
      attr('a_bits', events.bits, 1, gl.UNSIGNED_BYTE, true);
      attr('a_toll', events.toll, 1, gl.FLOAT, false);
      gl.bindVertexArray(null);
    },
    onRemove(_m, gl) {
      for (const b of buffers) gl.deleteBuffer(b);
      if (vao) gl.deleteVertexArray(vao);
      if (program) gl.deleteProgram(program);
      map = null;
    },
    render(gl, options: CustomRenderMethodInput) {
      if (!program || !map || events.count === 0) return;
      // The view-projection matrix takes world pixels; scale it to Mercator units [0, 1].
      const v = options.modelViewProjectionMatrix as unknown as ArrayLike<number>;
      const ws = 512 * 2 ** map.getZoom();
      const m = Array.from({ length: 16 }, (_, k) => (v[k] ?? 0) * (k < 8 ? ws : 1));
      const c = map.getCenter();
      const cx = (180 + c.lng) / 360;
      const cy = (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (c.lat * Math.PI) / 360))) / 360;
      // Clip position of the centre, in doubles; points are drawn as offsets from it.
      const origin = [0, 1, 2, 3].map((r) => (m[r] ?? 0) * cx + (m[4 + r] ?? 0) * cy + (m[12 + r] ?? 0));
      const f = layer.filter;
      gl.useProgram(program);
      gl.uniform4fv(loc.u_origin ?? null, origin);
      gl.uniform4f(loc.u_col0 ?? null, m[0] ?? 0, m[1] ?? 0, m[2] ?? 0, m[3] ?? 0);
      gl.uniform4f(loc.u_col1 ?? null, m[4] ?? 0, m[5] ?? 0, m[6] ?? 0, m[7] ?? 0);
      const hx = Math.fround(cx);
      const hy = Math.fround(cy);
      gl.uniform2f(loc.u_chi ?? null, hx, hy);
      gl.uniform2f(loc.u_clo ?? null, cx - hx, cy - hy);
      gl.uniform1i(loc.u_all_dates ?? null, f.range === null ? 1 : 0);
      gl.uniform1ui(loc.u_start ?? null, Math.max(0, Math.min(65534, f.range?.start ?? 0)));
      gl.uniform1ui(loc.u_end ?? null, Math.max(0, Math.min(65534, f.range?.end ?? 0)));
      if (f.range && f.range.end < 0) gl.uniform1ui(loc.u_mask ?? null, 0);
      else gl.uniform1ui(loc.u_mask ?? null, f.typeMask);
      gl.uniform1f(loc.u_min_toll ?? null, f.minToll);
      gl.uniform1f(loc.u_scale ?? null, scale);
      gl.uniform1f(loc.u_dpr ?? null, window.devicePixelRatio || 1);
      gl.uniform1i(loc.u_dense ?? null, layer.dense ? 1 : 0);
      gl.uniform3fv(loc.u_colours ?? null, colours);
      gl.bindVertexArray(vao);
      gl.enable(gl.BLEND);
      gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
      gl.drawArrays(gl.POINTS, 0, events.count);
      gl.bindVertexArray(null);
      if (layer.finish) gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
      (layer as { frames: number }).frames++;
      (layer as { lastDraw: number }).lastDraw = performance.now();
    },
  };
  return layer;
}
