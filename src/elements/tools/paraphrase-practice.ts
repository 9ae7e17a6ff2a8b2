/**
 * <paraphrase-practice>: the learner's reformulations stay on the device; model answers are in
 * <details>.
 */
import { keepFields } from './tool-store.ts';

customElements.define(
  'paraphrase-practice',
  class extends HTMLElement {
    connectedCallback() {
      keepFields(this);
    }
  },
);
