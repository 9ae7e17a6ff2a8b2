/**
 * <course-module>: starts tracking, reveals sections in order, shows progress, the section menu,
 * the completion summary and calm notices. Sections stay in one page: navigating away would end
 * the LMS session.
 */
import type { ModuleConfig } from '../course/module-config.ts';
import { t } from '../i18n/page.ts';
import { moduleStatus } from '../tracking/module-status.ts';
import { $priorResult } from '../tracking/prior-result.ts';
import { emptyProgress } from '../tracking/state-codec.ts';
import { $notice, $progress, $readOnly, restore, revealSection } from '../tracking/stores.ts';
import { startTracking, type TrackingSession } from '../tracking/tracker.ts';
import { fillCompletion, pageSetting } from './completion-view.ts';
import { $playedScores, competencyShares } from './played-scores.ts';
import { readJson } from './read-json.ts';
import { goToHeading, trackBarHeight } from './scroll.ts';
import { SectionMenu } from './section-menu.ts';
import { shownResult } from './shown-result.ts';

class CourseModule extends HTMLElement {
  private config!: ModuleConfig;
  private sections: HTMLElement[] = [];

  connectedCallback() {
    const config = readJson<ModuleConfig>(this, '[data-module-config]');
    this.config = config;
    const sections = [...this.querySelectorAll<HTMLElement>('[data-section]')];
    this.sections = sections;
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    const label = this.querySelector<HTMLElement>('[data-progress-label]')!;
    const bar = this.querySelector<HTMLProgressElement>('[data-progress-bar]')!;
    const menu = new SectionMenu(this, sections);
    // Where a relaunch lands is ours to choose (the summary, or the section the learner was in).
    history.scrollRestoration = 'manual';

    // A role-play step changes the progress but rarely the section: redraw the section parts only
    // when it moves, so a click never walks every section.
    let shown = -1;
    // Nor the completion panels while the module is not completed (they stay hidden): finding
    // them walks the whole module, a 1,000-line transcript too.
    let completedBefore = true;
    const render = () => {
      const current = this.current();
      const completed = this.result().completed;
      if (completed || completedBefore) this.renderCompletion();
      completedBefore = completed;
      if (current === shown) return;
      shown = current;
      sections.forEach((section, i) => {
        section.hidden = i > current;
        section.querySelector<HTMLElement>('[data-continue]')!.hidden =
          i !== current || i === sections.length - 1;
      });
      const text = t('sectionOf', { n: current + 1, total: sections.length });
      label.textContent = text;
      bar.value = current + 1;
      bar.textContent = text;
      menu.update(current);
    };

    $notice.subscribe((notice) => {
      status.hidden = !notice;
      status.textContent = notice?.text ?? '';
      status.dataset.kind = notice?.kind ?? '';
      // No LMS and no storage: the download is the only way to keep the work.
      if (notice?.download) {
        const button = Object.assign(document.createElement('button'), {
          type: 'button',
          className: 'link-button',
          textContent: t('downloadProgress'),
        });
        button.addEventListener('click', () =>
          document.dispatchEvent(new CustomEvent('course:download-progress')),
        );
        status.append(' ', button);
      }
    });
    // A second window of the module: everything stays readable, nothing can be changed.
    $readOnly.subscribe((readOnly) => {
      this.toggleAttribute('data-read-only', readOnly);
      if (readOnly)
        for (const control of this.querySelectorAll<HTMLButtonElement>(
          'main button, main input, main textarea, main select, [data-start-over]',
        ))
          control.disabled = true;
    });
    $progress.subscribe(render);
    // Measured once the sections to come are hidden: the layout this forces then covers one
    // section, not the whole module as the page arrived (~25 ms at 4x CPU before the page starts).
    trackBarHeight(this.querySelector<HTMLElement>('[data-bar]')!);
    $priorResult.listen(() => this.renderCompletion());
    $playedScores.listen(() => this.renderCompletion());

    this.setAttribute('aria-busy', 'true');
    void startTracking(config).then((session) => {
      this.started(config, session.resumed, session.adapter.kind);
      this.offerExit(session);
    });

    this.addEventListener('click', (event) => this.onClick(event));
  }

  private current() {
    const p = $progress.get();
    return Math.max(0, p.section ? this.config.sections.indexOf(p.section) : 0);
  }

  private result() {
    return shownResult(moduleStatus(this.config, $progress.get()), $priorResult.get());
  }

  private renderCompletion() {
    const result = this.result();
    const last = this.current() === this.sections.length - 1;
    const shares = competencyShares($playedScores.get());
    const where = pageSetting(this.dataset.package, this.dataset.lms === 'standalone');
    for (const panel of this.querySelectorAll<HTMLElement>('[data-completion]')) {
      panel.hidden = !result.completed || (panel.dataset.completion === 'bottom' && !last);
      if (panel.hidden) continue;
      fillCompletion(panel, this.config, result, shares, where);
      panel.querySelector<HTMLElement>('[data-review]')!.hidden = last;
    }
  }

  /** Runs once the LMS answered (at once for SCORM, after the LRS replied for cmi5). */
  private started(config: ModuleConfig, resumed: boolean, lms: string) {
    this.dataset.lms = lms;
    this.removeAttribute('aria-busy');
    if (!$progress.get().section && config.sections[0]) revealSection(config.sections[0]);
    this.renderCompletion();
    if (resumed) {
      // The welcome back is said beside any notice about saving, never instead of it.
      const notice = $notice.get();
      $notice.set({
        kind: notice?.kind ?? 'info',
        text: [t('resumeBanner'), notice?.text].filter(Boolean).join(' '),
      });
    }
    // A finished module opens on its summary; an unfinished one where the learner left.
    const summary = this.querySelector<HTMLElement>('[data-completion="top"]:not([hidden])');
    if (summary) {
      summary.querySelector<HTMLElement>('h2')!.focus({ preventScroll: true });
      summary.scrollIntoView({ block: 'start' });
    } else if (resumed) {
      const at = this.querySelector<HTMLElement>(`#section-${$progress.get().section} h2`);
      if (at) goToHeading(at);
    }
  }

  /** cmi5 §10.2.6: a way back to the LMS that ends the session first, when the LMS names one. */
  private offerExit(session: TrackingSession) {
    const exit = this.querySelector<HTMLButtonElement>('[data-exit]');
    const returnUrl = session.adapter.returnUrl;
    if (!exit || !returnUrl) return;
    exit.hidden = false;
    exit.addEventListener('click', () => {
      exit.disabled = true;
      $notice.set({ kind: 'info', text: t('exitingToLms') });
      session.finish(); // "terminated" and the last state leave with keepalive: they outlive the page
      location.assign(returnUrl);
    });
  }

  private onClick(event: Event) {
    const target = event.target as HTMLElement;
    if (target.closest('[data-continue]')) {
      const index = this.sections.indexOf(target.closest<HTMLElement>('[data-section]')!);
      const next = this.sections[index + 1];
      if (!next) return;
      revealSection(next.dataset.section!);
      goToHeading(next.querySelector<HTMLElement>('h2')!);
    }
    if (target.closest('[data-review]')) {
      revealSection(this.config.sections[this.config.sections.length - 1]);
      goToHeading(this.sections[0].querySelector<HTMLElement>('h2')!);
    }
    const dialog = this.querySelector<HTMLDialogElement>('[data-start-over-dialog]')!;
    if (target.closest('[data-start-over]')) dialog.showModal();
    if (target.closest('[data-keep-progress]')) dialog.close();
    if (target.closest('[data-confirm-start-over]')) {
      dialog.close();
      this.startOver();
    }
  }

  private startOver() {
    restore({ ...emptyProgress(), revision: $progress.get().revision + 1 });
    $playedScores.set({});
    revealSection(this.config.sections[0]);
    document.dispatchEvent(new CustomEvent('course:reset'));
    this.querySelector<HTMLElement>('#module-main')?.focus();
    scrollTo({ top: 0 });
  }
}

customElements.define('course-module', CourseModule);
