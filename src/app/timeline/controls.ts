// The timeline's controls, built with DOM calls: what the bars measure (events or deaths), and playback
// (play/pause, speed in terms of the span, sliding window or cumulative).
import type { Measure } from './measure.ts';
import { DEFAULT_SPEED, SPEEDS, type PlayMode, type Speed } from './playback.ts';

export interface ControlHandlers {
  onMeasure: (m: Measure) => void;
  onPlay: () => void;
  onSpeed: (speed: Speed) => void;
  onMode: (mode: PlayMode) => void;
}

export interface Controls {
  element: HTMLElement;
  setPlaying(playing: boolean): void;
  setDisabled(disabled: boolean): void;
}

let uid = 0;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...kids: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...kids);
  return node;
}

export function createControls(h: ControlHandlers): Controls {
  const id = `cm-tl-${++uid}`;
  const bar = el('div', { className: 'cm-tl-controls' });

  // Events or deaths: a pair of radio buttons, so arrow keys move between them.
  const measure = el('fieldset', { className: 'cm-tl-measure' }, el('legend', { className: 'cm-visually-hidden' }, 'Bars show'));
  for (const [m, label] of [
    ['events', 'Events'],
    ['deaths', 'Deaths'],
  ] as const) {
    const input = el('input', { type: 'radio', name: `${id}-measure`, value: m, checked: m === 'events' });
    input.dataset.testid = `timeline-measure-${m}`;
    input.addEventListener('change', () => input.checked && h.onMeasure(m));
    measure.append(el('label', {}, input, label));
  }

  const play = el('button', { type: 'button', className: 'cm-tl-play' });
  play.dataset.testid = 'timeline-play';
  play.addEventListener('click', () => h.onPlay());

  const speed = el('select', { className: 'cm-tl-speed', title: 'Playback speed' });
  speed.dataset.testid = 'timeline-speed';
  for (const s of SPEEDS) speed.append(el('option', { value: s.value, selected: s.speed === DEFAULT_SPEED }, s.label));
  speed.addEventListener('change', () => h.onSpeed(SPEEDS.find((s) => s.value === speed.value)?.speed ?? DEFAULT_SPEED));

  const mode = el('select', { className: 'cm-tl-mode', title: 'Playback mode' });
  mode.dataset.testid = 'timeline-play-mode';
  mode.append(el('option', { value: 'slide' }, 'Sliding window'), el('option', { value: 'cumulative' }, 'Cumulative'));
  mode.addEventListener('change', () => h.onMode(mode.value === 'cumulative' ? 'cumulative' : 'slide'));

  const playback = el(
    'div',
    { className: 'cm-tl-playback', role: 'group' },
    play,
    el('label', {}, el('span', { className: 'cm-visually-hidden' }, 'Speed '), speed),
    el('label', {}, el('span', { className: 'cm-visually-hidden' }, 'Mode '), mode),
  );
  playback.setAttribute('aria-label', 'Playback');
  bar.append(measure, playback);

  const setPlaying = (playing: boolean): void => {
    play.textContent = playing ? '❚❚ Pause' : '▶ Play';
    play.setAttribute('aria-label', playing ? 'Pause playback' : 'Play the timeline');
    play.dataset.playing = String(playing);
  };
  setPlaying(false);

  return {
    element: bar,
    setPlaying,
    setDisabled(disabled) {
      for (const c of [play, speed, mode]) c.disabled = disabled;
    },
  };
}
