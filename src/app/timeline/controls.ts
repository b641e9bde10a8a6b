// The timeline's controls, built with DOM calls: what the bars measure (events or deaths), and playback
// (play/pause, speed in terms of the span, sliding window or cumulative).
import type { MessageKey } from '../i18n/catalogue.ts';
import { onLanguage, t } from '../i18n/current.ts';
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
  /** Stops following the interface's language. */
  destroy(): void;
}

let uid = 0;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...kids: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...kids);
  return node;
}

/** A speed in words: "Whole span in 30 s", "1 bar a second". */
const speedLabel = (s: Speed): string => ('spanSeconds' in s ? t('timeline.span', { n: s.spanSeconds }) : t('timeline.barsPerSecond', { n: s.barsPerSecond }));

export function createControls(h: ControlHandlers): Controls {
  const id = `cm-tl-${++uid}`;
  const bar = el('div', { className: 'cm-tl-controls' });

  // Events or deaths: a pair of radio buttons, so arrow keys move between them.
  const legend = el('legend', { className: 'cm-visually-hidden' });
  const measure = el('fieldset', { className: 'cm-tl-measure' }, legend);
  const measureNames: Array<[Text, MessageKey]> = [];
  for (const m of ['events', 'deaths'] as const) {
    const input = el('input', { type: 'radio', name: `${id}-measure`, value: m, checked: m === 'events' });
    input.dataset.testid = `timeline-measure-${m}`;
    input.addEventListener('change', () => input.checked && h.onMeasure(m));
    const name = document.createTextNode('');
    measureNames.push([name, m === 'events' ? 'timeline.events' : 'timeline.deaths']);
    measure.append(el('label', {}, input, name));
  }

  const play = el('button', { type: 'button', className: 'cm-tl-play' });
  play.dataset.testid = 'timeline-play';
  play.addEventListener('click', () => h.onPlay());

  const speed = el('select', { className: 'cm-tl-speed' });
  speed.dataset.testid = 'timeline-speed';
  for (const s of SPEEDS) speed.append(el('option', { value: s.value, selected: s.speed === DEFAULT_SPEED }));
  speed.addEventListener('change', () => h.onSpeed(SPEEDS.find((s) => s.value === speed.value)?.speed ?? DEFAULT_SPEED));

  const mode = el('select', { className: 'cm-tl-mode' });
  mode.dataset.testid = 'timeline-play-mode';
  mode.append(el('option', { value: 'slide' }), el('option', { value: 'cumulative' }));
  mode.addEventListener('change', () => h.onMode(mode.value === 'cumulative' ? 'cumulative' : 'slide'));

  const speedName = el('span', { className: 'cm-visually-hidden' });
  const modeName = el('span', { className: 'cm-visually-hidden' });
  const playback = el('div', { className: 'cm-tl-playback', role: 'group' }, play, el('label', {}, speedName, speed), el('label', {}, modeName, mode));
  bar.append(measure, playback);

  let playing = false;
  const setPlaying = (now: boolean): void => {
    playing = now;
    play.textContent = t(now ? 'timeline.pause' : 'timeline.play');
    play.setAttribute('aria-label', t(now ? 'timeline.pauseLabel' : 'timeline.playLabel'));
    play.dataset.playing = String(now);
  };
  // Every name in the interface's language, drawn again on a change of it.
  const label = (): void => {
    legend.textContent = t('timeline.barsShow');
    for (const [node, key] of measureNames) node.textContent = t(key);
    speed.title = t('timeline.speed');
    SPEEDS.forEach((s, i) => ((speed.options[i] as HTMLOptionElement).textContent = speedLabel(s.speed)));
    mode.title = t('timeline.mode');
    (mode.options[0] as HTMLOptionElement).textContent = t('timeline.slide');
    (mode.options[1] as HTMLOptionElement).textContent = t('timeline.cumulative');
    speedName.textContent = `${t('timeline.speedShort')} `;
    modeName.textContent = `${t('timeline.modeShort')} `;
    playback.setAttribute('aria-label', t('timeline.playback'));
    setPlaying(playing);
  };
  label();
  const stop = onLanguage(label);

  return {
    element: bar,
    setPlaying,
    setDisabled(disabled) {
      for (const c of [play, speed, mode]) c.disabled = disabled;
    },
    destroy: stop,
  };
}
