/**
 * Marks the page with how the learner is moving through it (`data-input="keys"` after a key press,
 * `"pointer"` after a touch or click), so key hints show only to keyboard users.
 */
let tracking = false;

export function trackInputKind() {
  if (tracking) return;
  tracking = true;
  const root = document.documentElement;
  addEventListener(
    'keydown',
    (e) => {
      if (!e.altKey && !e.ctrlKey && !e.metaKey) root.dataset.input = 'keys';
    },
    true,
  );
  addEventListener(
    'pointerdown',
    () => {
      root.dataset.input = 'pointer';
    },
    true,
  );
}
