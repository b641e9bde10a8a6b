// The Content-Security-Policy of the app and the embed: scripts, styles, fonts, data and workers from the
// page's own origin only (workers may also be blob: URLs), no eval, no plugins, no inline scripts.
// It goes into the built HTML as a <meta> tag and into `vite preview` as a header.

export const CSP_DIRECTIVES: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self'",
  // Style attributes set from script are allowed by CSSOM; inline <style> is not needed in the build.
  'style-src': "'self'",
  'img-src': "'self' data: blob:",
  'font-src': "'self' data:",
  'connect-src': "'self' data: blob:",
  'worker-src': "'self' blob:",
  'child-src': "'self' blob:",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
};

/** The policy as one header value; `forMeta` leaves out what a <meta> tag may not carry. */
export function cspValue(forMeta = false): string {
  return Object.entries(CSP_DIRECTIVES)
    .filter(([k]) => !(forMeta && k === 'frame-ancestors'))
    .map(([k, v]) => `${k} ${v}`)
    .join('; ');
}
