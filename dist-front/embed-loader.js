/* Conflict Map embed loader: sizes every <iframe data-conflict-map> on the page from the height messages the
   embed sends ({type: 'conflict-map:height', height}). Messages are accepted only from the iframe's own origin
   ("null" for a sandboxed one) and only for the iframe that sent them. No other effect on the host page. */
(function () {
  'use strict';
  function frames() {
    return Array.prototype.slice.call(document.querySelectorAll('iframe[data-conflict-map]'));
  }
  window.addEventListener('message', function (e) {
    var d = e.data;
    if (!d || d.type !== 'conflict-map:height' || typeof d.height !== 'number' || !isFinite(d.height)) return;
    frames().forEach(function (f) {
      var origin;
      try { origin = new URL(f.src, location.href).origin; } catch (err) { return; }
      // A frame sandboxed without allow-same-origin has an opaque origin: its messages come from "null".
      var sandboxed = f.hasAttribute('sandbox') && !/(^|\s)allow-same-origin(\s|$)/.test(f.getAttribute('sandbox'));
      if (f.contentWindow === e.source && (origin === e.origin || (sandboxed && e.origin === 'null')))
        f.style.height = Math.max(200, Math.min(4000, Math.ceil(d.height))) + 'px';
    });
  });
})();
