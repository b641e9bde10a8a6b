// The library entry (vite.lib.config.ts → dist/lib/conflict-map.js): loads the element's stylesheet from
// beside the script (a <link>, allowed by a strict `style-src`) and registers <conflict-map>.
import { defineConflictMap } from './element.ts';

export { ConflictMapElement, defineConflictMap } from './element.ts';

const CSS_FILE = './conflict-map.css';

function addStylesheet(doc: Document): void {
  const href = new URL(CSS_FILE, import.meta.url).href;
  if (doc.querySelector(`link[data-conflict-map-css]`)) return;
  const link = doc.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  link.dataset.conflictMapCss = '';
  doc.head.append(link);
}

addStylesheet(document);
defineConflictMap();
