/**
 * <breathing-pacer>: a circle that grows and shrinks with the breath, the phase in words (announced
 * once per phase, not every second), a countdown, pause and stop, and an optional soft tone.
 * With reduced motion the circle stays still (see tools.css); the words and countdown remain.
 */

import { t } from '#src/i18n/page.ts';
import { type Pattern, positionAt } from '#src/tools/breathing.ts';
import { $learnerPreferences } from '#src/tracking/preferences.ts';
import { readJson } from '../read-json.ts';
import { chime, prepareChime } from './chime.ts';

const formatLeft = (seconds: number) =>
  `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

customElements.define(
  'breathing-pacer',
  class extends HTMLElement {
    connectedCallback() {
      const patterns = readJson<Record<string, Pattern>>(this, '[data-patterns]');
      const toggle = this.querySelector<HTMLButtonElement>('[data-toggle]')!;
      const stopButton = this.querySelector<HTMLButtonElement>('[data-stop]')!;
      const sound = this.querySelector<HTMLInputElement>('[data-sound]')!;
      // The tone starts as the learner's LMS preference says (cmi5 §11), until they choose here.
      let soundChosen = false;
      sound.addEventListener('change', () => (soundChosen = true));
      $learnerPreferences.subscribe(({ audio }) => {
        if (audio && !soundChosen) sound.checked = audio === 'on';
      });
      const phaseText = this.querySelector<HTMLElement>('[data-phase]')!;
      const count = this.querySelector<HTMLElement>('[data-count]')!;
      const left = this.querySelector<HTMLElement>('[data-left]')!;
      const circle = this.querySelector<HTMLElement>('[data-circle]')!;
      // Session clock: seconds banked before the last pause, plus the running stretch since
      // `resumedAt`.
      let banked = 0;
      let resumedAt = 0;
      let timer: ReturnType<typeof setInterval> | undefined;
      let pattern: Pattern | undefined;
      let lastPhase = '';

      const elapsed = () => banked + (timer ? (performance.now() - resumedAt) / 1000 : 0);

      const stop = (text: string) => {
        clearInterval(timer);
        timer = undefined;
        pattern = undefined;
        banked = 0;
        lastPhase = '';
        toggle.textContent = t('start');
        stopButton.hidden = true;
        circle.dataset.kind = '';
        count.textContent = '';
        left.textContent = '';
        phaseText.textContent = text;
      };

      const tick = () => {
        const at = positionAt(pattern!, elapsed());
        if (at.done) return stop(t('breathingDone'));
        const phaseKey = `${at.cycle}.${at.phaseIndex}`;
        if (phaseKey !== lastPhase) {
          lastPhase = phaseKey;
          const phase = pattern!.phases[at.phaseIndex];
          phaseText.textContent = `${t(at.kind)}, ${phase.seconds} s`;
          circle.style.setProperty('--phase-seconds', `${phase.seconds}s`);
          circle.dataset.kind = at.kind;
          if (sound.checked) chime(at.kind);
        }
        count.textContent = String(at.secondsLeft);
        left.textContent = t('breathingLeft', {
          cycle: at.cycle,
          cycles: at.cycles,
          left: formatLeft(at.sessionLeft),
        });
      };

      const run = () => {
        resumedAt = performance.now();
        timer = setInterval(tick, 200);
        toggle.textContent = t('pause');
        stopButton.hidden = false;
        tick();
      };

      const pause = () => {
        banked = elapsed();
        clearInterval(timer);
        timer = undefined;
        toggle.textContent = t('resume');
        phaseText.textContent = t('breathingPaused');
        lastPhase = '';
      };

      toggle.addEventListener('click', () => {
        if (timer) return pause();
        if (!pattern)
          pattern =
            patterns[
              this.querySelector<HTMLInputElement>('input[name$="-pattern"]:checked')!.value
            ];
        run();
      });
      stopButton.addEventListener('click', () => {
        stop(t('breathingStopped'));
        toggle.focus();
      });
      sound.addEventListener('change', () => sound.checked && prepareChime());
      this.querySelectorAll('input[name$="-pattern"]').forEach((r) => {
        r.addEventListener('change', () => pattern && stop(t('breathingReady')));
      });
      document.addEventListener('visibilitychange', () => document.hidden && timer && pause());
    }
  },
);
