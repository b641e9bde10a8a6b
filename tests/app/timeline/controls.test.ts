import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createControls } from '../../../src/app/timeline/controls.ts';

beforeAll(() => {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  vi.stubGlobal('document', document);
});

const handlers = () => ({ onMeasure: vi.fn(), onPlay: vi.fn(), onSpeed: vi.fn(), onMode: vi.fn() });

describe('timeline controls', () => {
  it('offers events or deaths as radios, with events checked', () => {
    const c = createControls(handlers());
    const radios = [...c.element.querySelectorAll('input[type=radio]')] as HTMLInputElement[];
    expect(radios.map((r) => [r.value, r.checked])).toEqual([
      ['events', true],
      ['deaths', false],
    ]);
  });

  it('offers speeds in terms of the span (whole span in 10, 30 or 60 s; 30 s chosen) or one bar a second, and both modes', () => {
    const c = createControls(handlers());
    const speeds = [...c.element.querySelectorAll('[data-testid="timeline-speed"] option')].map((o) => (o as HTMLOptionElement).value);
    expect(speeds).toEqual(['span-10', 'span-30', 'span-60', 'bars-1']);
    expect((c.element.querySelector('[data-testid="timeline-speed"]') as HTMLSelectElement).value).toBe('span-30');
    const modes = [...c.element.querySelectorAll('[data-testid="timeline-play-mode"] option')].map((o) => (o as HTMLOptionElement).value);
    expect(modes).toEqual(['slide', 'cumulative']);
  });

  it('the play button says what it will do', () => {
    const h = handlers();
    const c = createControls(h);
    const play = c.element.querySelector('[data-testid="timeline-play"]') as HTMLButtonElement;
    expect(play.textContent).toContain('Play');
    c.setPlaying(true);
    expect(play.textContent).toContain('Pause');
    expect(play.getAttribute('aria-label')).toBe('Pause playback');
    play.dispatchEvent(new (play.ownerDocument.defaultView as unknown as typeof globalThis).Event('click'));
    expect(h.onPlay).toHaveBeenCalledOnce();
  });
});
