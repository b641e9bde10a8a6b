// Accessibility: axe-core run on the built app, on a desktop and a phone, light and dark, in English and
// with Arabic place names. No serious or critical violation may remain.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openPage, serveDist, waitForMapIdle } from './harness.ts';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

let server: PreviewServer;
let url: string;
let browser: Browser;

beforeAll(async () => {
  ({ server, url } = await serveDist());
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Found {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * Parts another module owns whose dark-mode colours are still hard-coded (white fields): reported to
 * their owner (src/app/timeline/timeline.css: `.cm-tl-measure` and `.cm-tl-playback` use #fff behind
 * var(--ink)). Checked in light mode; left out in dark mode until they take the page's variables.
 */
const DARK_PENDING: string[] = [];

/** Serious and critical violations, with what each is about and where. */
async function seriousViolations(page: Page, exclude: string[] = []): Promise<Found[]> {
  // Evaluated through the DevTools protocol: the page's strict CSP (no inline scripts) stays on.
  await page.evaluate(AXE);
  return page.evaluate(async (exclude) => {
    type Result = { violations: Array<{ id: string; impact?: string; help: string; nodes: Array<{ target: unknown }> }> };
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<Result> } }).axe;
    const context = exclude.length ? { include: [document], exclude: exclude.map((s) => [s]) } : document;
    const result = await axe.run(context, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact ?? '', help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
  }, exclude);
}

const CASES = [
  { name: 'desktop, light', viewport: { width: 1280, height: 800 }, phone: false, dark: false, hash: '' },
  { name: 'desktop, dark', viewport: { width: 1280, height: 800 }, phone: false, dark: true, hash: '' },
  { name: 'phone, light', viewport: { width: 375, height: 667 }, phone: true, dark: false, hash: '' },
  { name: 'phone, dark', viewport: { width: 375, height: 667 }, phone: true, dark: true, hash: '' },
  { name: 'desktop, Arabic names', viewport: { width: 1280, height: 800 }, phone: false, dark: false, hash: '#lang=ar' },
];

describe('axe-core', () => {
  for (const c of CASES)
    it(`finds no serious or critical violation (${c.name}, with the popup open)`, async () => {
      const w = await openPage(browser, c.viewport, c.phone);
      try {
        await w.page.emulateMedia({ colorScheme: c.dark ? 'dark' : 'light' });
        await w.page.goto(`${url}${c.hash}`);
        await waitForMapIdle(w.page);
        await w.page.evaluate(() => {
          const panels = document.getElementById('panels') as HTMLDetailsElement | null;
          if (panels) panels.open = true;
          const first = window.__conflictMap!.events[0];
          if (first) window.__conflictMap!.state.set({ selected: first.properties.id });
        });
        await w.page.waitForSelector('.cm-popup-wrap');
        const found = await seriousViolations(w.page, c.dark ? DARK_PENDING : []);
        if (found.length) console.log(`${c.name}:\n${found.map((f) => `  ${f.impact} ${f.id} (${f.help}): ${f.targets.join(' ')}`).join('\n')}`);
        expect(found.map((f) => `${f.id}: ${f.targets.join(' ')}`)).toEqual([]);
        expect(w.errors).toEqual([]);
      } finally {
        await w.context.close();
      }
    });
});
