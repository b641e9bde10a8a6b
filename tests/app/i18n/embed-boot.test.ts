// public/embed-boot.js explains a failed start inside the embed when the app's modules never run, so it
// cannot import the catalogue: it carries a copy of the catalogue's entries, which must say the same, and
// writes the page's own words in the frame's language from it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, type MessageKey } from '../../../src/app/i18n/catalogue.ts';

const source = readFileSync(resolve(import.meta.dirname, '../../../public/embed-boot.js'), 'utf8');
const table = JSON.parse(/\/\* messages \*\/([\s\S]*?)\/\* end messages \*\//.exec(source)?.[1] ?? 'null') as Record<'en' | 'ar', Record<string, string>> | null;

describe('embed-boot.js messages', () => {
  it('are the catalogue’s entries, word for word, in English and Arabic', () => {
    expect(table).not.toBeNull();
    for (const lang of ['en', 'ar'] as const) {
      const keys = Object.keys(table![lang]);
      expect(keys).toEqual(expect.arrayContaining(['boot.refused', 'boot.timeout', 'boot.whySandbox', 'boot.whyServer', 'embed.failed', 'dates.placeholder']));
      for (const key of keys) expect(table![lang][key], `${lang} ${key}`).toBe(CATALOGUE[lang][key as MessageKey]);
    }
  });

  it('holds every key embed.html writes in the page\'s language (data-i18n, data-i18n-label), so a failed frame in Arabic has no English left', () => {
    const html = readFileSync(resolve(import.meta.dirname, '../../../embed.html'), 'utf8');
    const used = [...new Set([...html.matchAll(/data-i18n(?:-label)?="([^"]+)"/g)].map((m) => m[1]!))];
    expect(used.length).toBeGreaterThan(5);
    for (const lang of ['en', 'ar'] as const) for (const key of used) expect(Object.keys(table![lang]), key).toContain(key);
  });

  it('has no Latin words in Arabic but the header, the README section, "null", the credited sources and the filled-in values', () => {
    const latin = Object.values(table!.ar).join(' ').match(/[A-Za-z][A-Za-z-]*/g) ?? [];
    expect([...new Set(latin)].sort()).toEqual(['Access-Control-Allow-Origin', 'BY', 'CC', 'Earth', 'Embedding', 'GeoNames', 'Natural', 'README', 'file', 'null', 'origin']);
  });
});
