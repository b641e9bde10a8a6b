/* Conflict Map embed: says inside the frame why the map did not start. A classic script (loaded without CORS,
   so it runs even when the module scripts are refused), before the app's module script. When a script or
   style sheet of the page fails to load, or the app has not started after 30 s, the status line explains,
   in the frame's language (lang=ar in the hash: Arabic, right to left, and the page's own words, which the
   app would have written in Arabic, written in Arabic here). */
(function () {
  'use strict';
  // A copy of the catalogue's entries (src/app/i18n/messages-*.ts), which the modules cannot give when they
  // do not load: the failure's words and every data-i18n key of embed.html. tests/app/i18n/embed-boot.test.ts
  // checks that it says the same and that no key of the page is missing. JSON between the markers.
  var MESSAGES = /* messages */ {
    "en": {
      "embed.failed": "The map could not be loaded.",
      "boot.refused": "The map could not be loaded: {file} was refused or not found.",
      "boot.timeout": "The map could not be loaded: its scripts did not start within 30 seconds.",
      "boot.whySandbox": " This map runs in a sandboxed frame (origin \"null\"), so its files are cross-origin requests: the server at {origin} must send Access-Control-Allow-Origin: * (see the README, \"Embedding\").",
      "boot.whyServer": " Check that the server is running and serves the whole site.",
      "dates.placeholder": "d Mon yyyy",
      "page.filters": "Filters",
      "page.map": "Map of events",
      "page.legend": "Legend",
      "page.timeline": "Timeline",
      "dates.range": "Date range",
      "dates.from": "From",
      "dates.to": "To",
      "dates.format": "A day such as 5 Aug 2011; the up and down arrows step a day.",
      "dates.all": "All dates",
      "embed.credit": "Places: GeoNames (CC BY 4.0). Basemap: Natural Earth.",
      "embed.fullMap": "Open the full map"
    },
    "ar": {
      "embed.failed": "تعذّر تحميل الخريطة.",
      "boot.refused": "تعذّر تحميل الخريطة: رُفض الملف {file} أو لم يوجد.",
      "boot.timeout": "تعذّر تحميل الخريطة: لم تبدأ نصوصها البرمجية خلال ٣٠ ثانية.",
      "boot.whySandbox": " تعمل هذه الخريطة في إطار معزول (أصله \"null\")، فملفاتها طلبات من أصل آخر: على الخادم {origin} أن يرسل الترويسة Access-Control-Allow-Origin: * (انظر ملف README، قسم «Embedding»).",
      "boot.whyServer": " تحقّق من أن الخادم يعمل وأنه يقدّم الموقع كله.",
      "dates.placeholder": "يوم شهر سنة",
      "page.filters": "المرشِّحات",
      "page.map": "خريطة الأحداث",
      "page.legend": "مفتاح الخريطة",
      "page.timeline": "الخط الزمني",
      "dates.range": "نطاق التواريخ",
      "dates.from": "من",
      "dates.to": "إلى",
      "dates.format": "يومٌ مثل ٥ أغسطس ٢٠١١؛ يتقدم سهما الأعلى والأسفل يومًا واحدًا.",
      "dates.all": "كل التواريخ",
      "embed.credit": "الأماكن: GeoNames (CC BY 4.0). الخريطة الأساسية: Natural Earth.",
      "embed.fullMap": "افتح الخريطة كاملة"
    }
  } /* end messages */;
  var lang = /(?:^#|&)lang=ar(?:&|$)/.test(location.hash) ? 'ar' : 'en';
  // A filled-in address is isolated in Arabic (FSI … PDI, as src/app/i18n/current.ts does), so its slashes
  // and colons stay with it in the right-to-left sentence.
  function t(key, vars) {
    return MESSAGES[lang][key].replace(/\{(\w+)\}/g, function (_, k) {
      var v = vars && vars[k] !== undefined ? String(vars[k]) : '';
      return lang === 'ar' && /[A-Za-z]/.test(v) ? '\u2068' + v + '\u2069' : v;
    });
  }
  var started = function () { return document.body && document.body.dataset.appStarted === 'true'; };
  var shown = false;
  // The page's own words in the frame's language, as src/app/i18n/page.ts writes them (dir on the body).
  function translatePage() {
    if (lang === 'en') return;
    document.documentElement.lang = lang;
    document.body.dir = 'rtl';
    var i, els = document.querySelectorAll('[data-i18n]');
    for (i = 0; i < els.length; i++) if (MESSAGES[lang][els[i].dataset.i18n]) els[i].textContent = t(els[i].dataset.i18n);
    els = document.querySelectorAll('[data-i18n-label]');
    for (i = 0; i < els.length; i++) if (MESSAGES[lang][els[i].dataset.i18nLabel]) els[i].setAttribute('aria-label', t(els[i].dataset.i18nLabel));
    els = document.querySelectorAll('.cm-dates input[placeholder]');
    for (i = 0; i < els.length; i++) els[i].placeholder = t('dates.placeholder');
  }
  function say(message) {
    // A style sheet in the head can fail before the body exists: say it once the page is there.
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', function () { say(message); });
      return;
    }
    if (shown || started()) return;
    shown = true;
    var dir = lang === 'ar' ? 'rtl' : 'ltr';
    translatePage();
    var status = document.getElementById('status');
    var count = document.getElementById('event-count');
    if (count) {
      count.textContent = t('embed.failed');
      count.dir = dir;
    }
    if (!status) return;
    status.hidden = false;
    status.textContent = message;
    status.lang = lang;
    status.dir = dir;
    // Set through CSSOM (allowed by the CSP): the page's style sheet may be what failed.
    var s = status.style;
    s.display = 'block'; s.padding = '0.75em 1em'; s.margin = '0.5em 0'; s.border = '1px solid #b00020';
    s.background = '#fdecee'; s.color = '#5c0011'; s.font = '15px/1.4 system-ui, sans-serif';
  }
  var opaque = self.origin === 'null';
  var why = opaque ? t('boot.whySandbox', { origin: location.origin }) : t('boot.whyServer');
  window.addEventListener('error', function (e) {
    var el = e.target;
    if (!el || el === window || !el.tagName) return;
    var tag = el.tagName.toLowerCase();
    if (tag !== 'script' && tag !== 'link') return;
    say(t('boot.refused', { file: el.src || el.href || tag }) + why);
  }, true);
  setTimeout(function () {
    say(t('boot.timeout') + why);
  }, 30000);
})();
