/**
 * Moving the learner to a heading: focus without the browser's own scroll, then one scroll that
 * respects the sticky bar (html's scroll-padding-top, kept equal to the bar's height).
 */
export function goToHeading(heading: HTMLElement) {
  heading.focus({ preventScroll: true });
  heading.scrollIntoView({
    block: 'start',
    behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
  });
}

/**
 * Keeps `--bar-h` on the root equal to the sticky bar's height, for scroll padding and sticky
 * offsets.
 */
export function trackBarHeight(bar: HTMLElement) {
  const root = document.documentElement;
  const set = () => root.style.setProperty('--bar-h', `${Math.ceil(bar.offsetHeight)}px`);
  new ResizeObserver(set).observe(bar);
  set();
}
