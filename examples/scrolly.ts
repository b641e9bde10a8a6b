// The scrollytelling example: each step (examples/scrolly.html) sets the <conflict-map>'s dates, view and
// selection through the element's host API when it crosses the middle of the screen.
import { defineConflictMap, type ConflictMapElement } from '../src/app/embed/element.ts';
import { currentStep, parseStep } from '../src/app/embed/story-steps.ts';
import './scrolly.css';

defineConflictMap();
const map = document.querySelector<ConflictMapElement>('conflict-map#story-map');
const steps = Array.from(document.querySelectorAll<HTMLElement>('.story__step'));

// `?src=PATH` tells the story with another data set of this site (e.g. one made by npm run demo:data).
const asked = new URLSearchParams(location.search).get('src');
if (map && asked) {
  const url = new URL(asked, new URL('../', document.baseURI));
  if (url.origin === location.origin && url.pathname.endsWith('.geojson')) map.setAttribute('src', url.href);
}

let current = -1;
const show = (index: number): void => {
  const el = steps[index];
  if (!map || !el || index === current) return;
  current = index;
  steps.forEach((s, i) => s.classList.toggle('is-current', i === index));
  const step = parseStep(el.dataset);
  map.setRange(step.range.start, step.range.end);
  if (step.view) map.flyTo(step.view);
  map.select(step.select);
  document.body.dataset.step = String(index);
};

const visible = new Map<number, boolean>();
const observer = new IntersectionObserver(
  (entries) => {
    for (const e of entries) visible.set(steps.indexOf(e.target as HTMLElement), e.isIntersecting);
    show(currentStep([...visible].map(([index, v]) => ({ index, visible: v })), Math.max(current, 0)));
  },
  // A band across the middle of the screen.
  { rootMargin: '-45% 0px -45% 0px' },
);
steps.forEach((s) => observer.observe(s));
show(0);
