import { describe, expect, it } from 'vitest';
import { asClassicScript, needsBlobWorker } from '../../src/app/embed/worker-url.ts';

describe('MapLibre worker URL', () => {
  it('a page with an opaque origin, or on another origin than the worker, starts it from a blob', () => {
    expect(needsBlobWorker('https://a.example/w.mjs', 'null', 'https://a.example/')).toBe(true);
    expect(needsBlobWorker('https://maps.example/lib/w.mjs', 'https://news.example', 'https://news.example/')).toBe(true);
    expect(needsBlobWorker('./assets/w.mjs', 'https://a.example', 'https://a.example/embed.html')).toBe(false);
  });
  it('the module worker becomes a classic script by losing its one trailing export', () => {
    expect(asClassicScript('var a=1;self.w=a;export{a as default};\n//# sourceMappingURL=w.mjs.map\n')).toBe('var a=1;self.w=a;\n');
  });
  it('refuses a script it cannot run classically', () => {
    expect(asClassicScript('var a=import.meta.url;export{a};')).toBeNull();
    expect(asClassicScript('var a=1;')).toBeNull();
    expect(asClassicScript('import x from "y";export{x as default};')).toBeNull();
  });
});
