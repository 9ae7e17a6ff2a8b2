/**
 * <knowledge-check>: one answer per question, feedback for the chosen option, the score against
 * the mastery score, and a retake when it is not reached. State lives in the progress store.
 */

import { t } from '../i18n/page.ts';
import { $launchMastery, meetsMastery, passMark } from '../tracking/mastery.ts';
import { $progress, answerQuestion, clearAnswers } from '../tracking/stores.ts';
import { el } from './el.ts';
import { readJson } from './read-json.ts';

/**
 * Per question: each option's feedback (the page's JSON), the right one and the authored order
 * (module config).
 */
interface Question {
  correct: string;
  order: string[];
  options: Record<string, string>;
}
type Feedback = Record<string, Question>;

/** Each option's words as the form shows them, by option id (not repeated in the page's JSON). */
function optionTexts(form: HTMLFormElement): Record<string, string> {
  const inputs = form.querySelectorAll<HTMLInputElement>('input[type="radio"]');
  return Object.fromEntries(
    [...inputs].map((input) => [input.value, input.closest('label')!.textContent!.trim()]),
  );
}

/**
 * The verdict in words, the feedback on the chosen answer and, when wrong, the right one and why.
 */
function answerFeedback(f: Question, chosen: string, form: HTMLFormElement): HTMLElement[] {
  const right = chosen === f.correct;
  const parts = [
    el('p', { className: 'verdict' }, t(right ? 'answerRight' : 'answerWrong')),
    el('p', {}, f.options[chosen]),
  ];
  if (!right)
    parts.push(
      el(
        'p',
        { className: 'right-answer' },
        t('rightAnswerIs', { answer: optionTexts(form)[f.correct] }),
      ),
      el('p', {}, f.options[f.correct]),
    );
  return parts;
}

class KnowledgeCheck extends HTMLElement {
  private shownAt = Date.now();

  connectedCallback() {
    const config = readJson<{
      masteryScore: number;
      questions: Array<{ id: string; options: string[]; correct: string }>;
    }>(document, '[data-module-config]');
    const texts = readJson<Record<string, Record<string, string>>>(this, '[data-feedback]');
    const feedback: Feedback = Object.fromEntries(
      config.questions
        .filter((q) => q.id in texts)
        .map((q) => [q.id, { correct: q.correct, order: q.options, options: texts[q.id] }]),
    );
    const forms = [...this.querySelectorAll<HTMLFormElement>('form[data-question]')];
    const ids = forms.map((f) => f.dataset.question!);

    const render = () => {
      const answers = $progress.get().answers;
      for (const form of forms) {
        const q = form.dataset.question!;
        const chosen = answers[q];
        const box = form.querySelector<HTMLElement>('.feedback')!;
        form.querySelectorAll<HTMLInputElement>('input').forEach((input) => {
          input.disabled = Boolean(chosen);
          if (chosen) input.checked = input.value === chosen;
          if (!chosen && box.textContent) input.checked = false;
        });
        form.querySelector<HTMLButtonElement>('button')!.hidden = Boolean(chosen);
        const right = chosen === feedback[q].correct;
        box.dataset.result = chosen ? (right ? 'correct' : 'wrong') : '';
        // Built only when the answer changes, so the live region speaks once.
        if (box.dataset.shown !== (chosen ?? '')) {
          box.dataset.shown = chosen ?? '';
          box.replaceChildren(...(chosen ? answerFeedback(feedback[q], chosen, form) : []));
        }
      }
      const answered = ids.filter((q) => answers[q]);
      const summary = this.querySelector<HTMLElement>('[data-summary]')!;
      summary.hidden = answered.length < ids.length;
      if (answered.length === ids.length) {
        const right = answered.filter((q) => answers[q] === feedback[q].correct).length;
        const score = Math.round((100 * right) / ids.length);
        // The LMS's pass mark when the launch names one: the page says what the record will say.
        const mastery = passMark(config);
        const passed = meetsMastery(score, config);
        const result = this.querySelector<HTMLElement>('[data-score]')!;
        result.dataset.passed = String(passed);
        result.textContent = t(passed ? 'checkPassed' : 'checkNotYet', {
          right,
          total: ids.length,
          score,
          mastery,
        });
        this.querySelector<HTMLElement>('[data-retake]')!.hidden = passed;
      }
    };

    this.addEventListener('submit', (event) => {
      event.preventDefault();
      const form = event.target as HTMLFormElement;
      const q = form.dataset.question!;
      const chosen = new FormData(form).get(`q-${q}`);
      if (typeof chosen !== 'string') return;
      const check = this.dataset.check!;
      answerQuestion(q, chosen, {
        id: `${check}.${q}`,
        // Authored order, not the shuffled display order (src/course/display-order.ts): the SCORM
        // 1.2
        // letters of the response and of the correct pattern both come from this one list.
        options: feedback[q].order,
        optionTexts: optionTexts(form),
        response: chosen,
        correct: [feedback[q].correct],
        result: chosen === feedback[q].correct ? 'correct' : 'wrong',
        description: form.querySelector('.question-prompt')!.textContent!.trim(),
        timestamp: new Date(),
        latencyMs: Date.now() - this.shownAt,
      });
      form.querySelector<HTMLElement>('.feedback')!.setAttribute('tabindex', '-1');
      form.querySelector<HTMLElement>('.feedback')!.focus();
      this.shownAt = Date.now();
    });
    this.querySelector('[data-retake]')!.addEventListener('click', () => {
      clearAnswers(ids);
      forms[0]?.querySelector('input')?.focus();
    });
    $progress.subscribe(render);
    $launchMastery.listen(render);
  }
}

customElements.define('knowledge-check', KnowledgeCheck);
