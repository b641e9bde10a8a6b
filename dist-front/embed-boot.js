/* Conflict Map embed: says inside the frame why the map did not start. A classic script (loaded without CORS,
   so it runs even when the module scripts are refused), before the app's module script. When a script or
   style sheet of the page fails to load, or the app has not started after 30 s, the status line explains. */
(function () {
  'use strict';
  var started = function () { return document.body && document.body.dataset.appStarted === 'true'; };
  var shown = false;
  function say(message) {
    if (shown || started()) return;
    shown = true;
    var status = document.getElementById('status');
    var count = document.getElementById('event-count');
    if (count) count.textContent = 'The map could not be loaded.';
    if (!status) return;
    status.hidden = false;
    status.textContent = message;
    // Set through CSSOM (allowed by the CSP): the page's style sheet may be what failed.
    var s = status.style;
    s.display = 'block'; s.padding = '0.75em 1em'; s.margin = '0.5em 0'; s.border = '1px solid #b00020';
    s.background = '#fdecee'; s.color = '#5c0011'; s.font = '15px/1.4 system-ui, sans-serif';
  }
  var opaque = self.origin === 'null';
  var why = opaque
    ? ' This map runs in a sandboxed frame (origin "null"), so its files are cross-origin requests: the server at ' +
      location.origin + ' must send Access-Control-Allow-Origin: * (see the README, "Embedding").'
    : ' Check that the server is running and serves the whole site.';
  window.addEventListener('error', function (e) {
    var t = e.target;
    if (!t || t === window || !t.tagName) return;
    var tag = t.tagName.toLowerCase();
    if (tag !== 'script' && tag !== 'link') return;
    say('The map could not be loaded: ' + (t.src || t.href || tag) + ' was refused or not found.' + why);
  }, true);
  setTimeout(function () {
    say('The map could not be loaded: its scripts did not start within 30 seconds.' + why);
  }, 30000);
})();
