/**
 * <breathing-pacer>: a circle that grows and shrinks with the breath, the phase in words (announced
 * once per phase, not every second) and a countdown. With reduced motion the circle stays still.
 */
import { positionAt, type Pattern } from '../../tools/breathing.ts';
import { t } from '../../i18n/ui.ts';
import { readJson } from '../read-json.ts';

const formatLeft = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

customElements.define(
  'breathing-pacer',
  class extends HTMLElement {
    connectedCallback() {
      const lang = document.documentElement.lang;
      const patterns = readJson<Record<string, Pattern>>(this, '[data-patterns]');
      const toggle = this.querySelector<HTMLButtonElement>('[data-toggle]')!;
      const phaseText = this.querySelector<HTMLElement>('[data-phase]')!;
      const count = this.querySelector<HTMLElement>('[data-count]')!;
      const left = this.querySelector<HTMLElement>('[data-left]')!;
      const circle = this.querySelector<HTMLElement>('[data-circle]')!;
      let timer: ReturnType<typeof setInterval> | undefined;
      let lastPhase = '';

      const stop = (text: string) => {
        clearInterval(timer);
        timer = undefined;
        lastPhase = '';
        toggle.textContent = t(lang, 'start');
        toggle.setAttribute('aria-pressed', 'false');
        circle.dataset.kind = '';
        count.textContent = '';
        left.textContent = '';
        phaseText.textContent = text;
      };

      const start = () => {
        const chosen = this.querySelector<HTMLInputElement>('input[name$="-pattern"]:checked')!.value;
        const pattern = patterns[chosen];
        const began = performance.now();
        toggle.textContent = t(lang, 'stop');
        toggle.setAttribute('aria-pressed', 'true');
        const tick = () => {
          const at = positionAt(pattern, (performance.now() - began) / 1000);
          if (at.done) return stop(t(lang, 'breathingDone'));
          const phaseKey = `${at.cycle}.${at.phaseIndex}`;
          if (phaseKey !== lastPhase) {
            lastPhase = phaseKey;
            const phase = pattern.phases[at.phaseIndex];
            phaseText.textContent = `${t(lang, at.kind)}, ${phase.seconds} s`;
            circle.style.setProperty('--phase-seconds', `${phase.seconds}s`);
            circle.dataset.kind = at.kind;
          }
          count.textContent = String(at.secondsLeft);
          left.textContent = t(lang, 'breathingLeft', { cycle: at.cycle, cycles: at.cycles, left: formatLeft(at.sessionLeft) });
        };
        tick();
        timer = setInterval(tick, 200);
      };

      toggle.addEventListener('click', () => (timer ? stop(t(lang, 'breathingStopped')) : start()));
      this.addEventListener('change', () => timer && stop(t(lang, 'breathingReady')));
      document.addEventListener('visibilitychange', () => document.hidden && timer && stop(t(lang, 'breathingStopped')));
    }
  },
);
