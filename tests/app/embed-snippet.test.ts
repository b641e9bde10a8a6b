import { describe, expect, it } from 'vitest';
import { embedSnippet } from '../../src/app/embed/snippet.ts';
import { allowedOrigins } from '../../src/app/embed/api.ts';

describe('embedSnippet', () => {
  it('gives a responsive iframe, the loader script beside the embed, and the host origin allowed', () => {
    const s = embedSnippet({ embedUrl: 'https://maps.example.org/cm/embed.html#start=2011-08-05&end=2011-08-05', hostOrigin: 'https://news.example.com' });
    expect(s).toContain('<iframe data-conflict-map src="https://maps.example.org/cm/embed.html?origins=https%3A%2F%2Fnews.example.com#start=2011-08-05&amp;end=2011-08-05"');
    expect(s).toContain('<script src="https://maps.example.org/cm/embed-loader.js" async></script>');
  });
  it('escapes a title with markup, and adds a noscript image when given', () => {
    const s = embedSnippet({ embedUrl: 'https://m.example/embed.html', title: '"><script>x</script>', fallbackImage: 'https://m.example/map.png' });
    expect(s).not.toContain('<script>x');
    expect(s).toContain('<noscript><img src="https://m.example/map.png"');
  });
  it('sandboxes the iframe: scripts and the full-map tab, never the host\'s origin', () => {
    const s = embedSnippet({ embedUrl: 'https://m.example/embed.html' });
    expect(s).toContain('sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"');
    expect(s).not.toContain('allow-same-origin');
    expect(s).not.toContain('<noscript>');
  });
});

describe('allowedOrigins', () => {
  it('takes the origins parameter, keeping only http(s) origins', () =>
    expect(allowedOrigins('?origins=https://a.example,javascript:alert(1),http://b.example:8080', '')).toEqual(['https://a.example', 'http://b.example:8080']));
  it('falls back to the referrer\'s origin, never to "*"', () => {
    expect(allowedOrigins('', 'https://news.example.com/story?id=1')).toEqual(['https://news.example.com']);
    expect(allowedOrigins('', '')).toEqual([]);
  });
});
