// The GPU layer's shaders (WebGL2), the one way the events' markers are drawn at every size. The vertex shader applies the filter (./filter.ts) from uniforms,
// so a brush moves no data: hidden points are sent outside the clip volume. Positions are relative to
// the camera centre, from high and low Float32 halves (./data.ts). Radii follow ./radius.ts.

export const VERTEX = `#version 300 es
precision highp float;
precision highp int;
in vec2 a_hi;
in vec2 a_lo;
in uint a_ds;
in uint a_de;
in uint a_type;
in uint a_bits;
in uint a_keep;
in float a_toll;
uniform vec4 u_origin;
uniform vec4 u_col0;
uniform vec4 u_col1;
uniform vec2 u_chi;
uniform vec2 u_clo;
uniform bool u_all_dates;
uniform uint u_start;
uniform uint u_end;
uniform uint u_mask;
uniform float u_min_toll;
uniform float u_scale;
uniform float u_dpr;
uniform bool u_dense;
uniform float u_opacity;
uniform bool u_highlight;
uniform vec3 u_colours[7];
uniform float u_place_opacity;
out vec3 v_colour;
out float v_opacity;
out float v_radius;
out float v_size;
flat out uint v_prec;
out float v_highlight;
out float v_fill;

void main() {
  uint slot = a_type > 5u ? 6u : a_type;
  bool show = ((u_mask >> slot) & 1u) == 1u && a_keep != 0u;
  if (u_min_toll > 0.0 && !(a_toll >= u_min_toll)) show = false;
  if (!u_all_dates && (a_ds == 65535u || a_ds > u_end || a_de < u_start)) show = false;
  if (!show) {
    gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
    gl_PointSize = 0.0;
    return;
  }
  vec2 rel = (a_hi - u_chi) + (a_lo - u_clo);
  gl_Position = u_origin + u_col0 * rel.x + u_col1 * rel.y;
  float r = a_toll > 0.0 ? 4.5 + u_scale * sqrt(a_toll) : (u_dense ? 2.5 : 3.5);
  uint prec = a_bits & 3u;
  if (u_dense) r = prec == 2u ? r + 1.5 : r;
  else if (prec == 1u) r = max(14.0, r + 6.0);
  else if (prec == 2u) r = max(18.0, r + 8.0);
  v_prec = prec;
  v_radius = r;
  v_size = u_highlight ? r + 4.0 : r + 0.75;
  v_highlight = u_highlight ? 1.0 : 0.0;
  v_colour = u_colours[slot];
  v_opacity = u_opacity;
  // A town's disc: fainter for an unverified claim (bit 4), lighter when many are drawn.
  v_fill = (a_bits & 16u) != 0u ? 0.4 : u_place_opacity;
  gl_PointSize = 2.0 * v_size * u_dpr;
}
`;

export const FRAGMENT = `#version 300 es
precision highp float;
in vec3 v_colour;
in float v_opacity;
in float v_radius;
in float v_size;
flat in uint v_prec;
in float v_highlight;
in float v_fill;
uniform vec3 u_stroke;
uniform vec3 u_selected;
out vec4 fragColor;

void main() {
  float d = length(gl_PointCoord - 0.5) * 2.0 * v_size;
  if (v_highlight > 0.5) {
    // The selected event: a dark ring just outside its marker.
    float ring = clamp(1.5 - abs(d - (v_radius + 2.0)), 0.0, 1.0);
    if (ring <= 0.0) discard;
    fragColor = vec4(u_selected, 1.0) * ring;
    return;
  }
  float edge = v_radius - d;
  if (edge < -1.0) discard;
  float aa = clamp(edge + 0.5, 0.0, 1.0);
  vec4 c;
  if (v_prec == 2u) {
    // Country-wide: a ring, faint inside.
    float ring = clamp(1.25 - abs(d - (v_radius - 1.25)), 0.0, 1.0);
    c = mix(vec4(v_colour, 0.06), vec4(v_colour, 0.9), ring);
  } else if (v_prec == 1u) {
    float stroke = clamp(1.0 - abs(d - (v_radius - 0.5)), 0.0, 1.0);
    c = mix(vec4(v_colour, 0.22), vec4(v_colour, 0.8), stroke);
  } else {
    float stroke = clamp(1.0 - abs(d - (v_radius - 0.5)), 0.0, 1.0);
    c = mix(vec4(v_colour, v_fill), vec4(u_stroke, 0.9), stroke);
  }
  c.a *= aa * v_opacity;
  fragColor = vec4(c.rgb * c.a, c.a);
}
`;
