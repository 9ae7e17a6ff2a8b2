/**
 * <course-module>: starts tracking, reveals sections in order, shows progress and calm notices.
 * Sections stay in one page: navigating away would end the LMS session.
 */
import type { ModuleConfig } from '../course/module-config.ts';
import { t } from '../i18n/page.ts';
import { moduleStatus } from '../tracking/module-status.ts';
import { emptyProgress } from '../tracking/state-codec.ts';
import { $notice, $progress, $readOnly, restore, revealSection } from '../tracking/stores.ts';
import { startTracking, type TrackingSession } from '../tracking/tracker.ts';
import { readJson } from './read-json.ts';

class CourseModule extends HTMLElement {
  connectedCallback() {
    const config = readJson<ModuleConfig>(this, '[data-module-config]');
    const sections = [...this.querySelectorAll<HTMLElement>('[data-section]')];
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    const label = this.querySelector<HTMLElement>('[data-progress-label]')!;
    const bar = this.querySelector<HTMLProgressElement>('[data-progress-bar]')!;
    const complete = this.querySelector<HTMLElement>('[data-complete]')!;

    const render = () => {
      const p = $progress.get();
      const current = Math.max(0, p.section ? config.sections.indexOf(p.section) : 0);
      sections.forEach((section, i) => {
        section.hidden = i > current;
        section.querySelector<HTMLElement>('[data-continue]')!.hidden =
          i !== current || i === sections.length - 1;
      });
      const text = t('sectionOf', { n: current + 1, total: sections.length });
      label.textContent = text;
      bar.value = current + 1;
      bar.textContent = text;
      complete.hidden = moduleStatus(config, p).completion !== 'completed';
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

    this.setAttribute('aria-busy', 'true');
    void startTracking(config).then((session) => {
      this.started(config, session.resumed, session.adapter.kind);
      this.offerExit(session);
    });

    this.addEventListener('click', (event) => this.onClick(event, config, sections));
  }

  /** Runs once the LMS answered (at once for SCORM, after the LRS replied for cmi5). */
  private started(config: ModuleConfig, resumed: boolean, lms: string) {
    this.dataset.lms = lms;
    this.removeAttribute('aria-busy');
    if (!$progress.get().section && config.sections[0]) revealSection(config.sections[0]);
    if (resumed) {
      // The welcome back is said beside any notice about saving, never instead of it.
      const notice = $notice.get();
      $notice.set({
        kind: notice?.kind ?? 'info',
        text: [t('resumeBanner'), notice?.text].filter(Boolean).join(' '),
      });
      const at = this.querySelector<HTMLElement>(`#section-${$progress.get().section} h2`);
      at?.scrollIntoView({ block: 'start' });
      at?.focus({ preventScroll: true });
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

  private onClick(event: Event, config: ModuleConfig, sections: HTMLElement[]) {
    const target = event.target as HTMLElement;
    if (target.closest('[data-continue]')) {
      const index = sections.indexOf(target.closest<HTMLElement>('[data-section]')!);
      const next = sections[index + 1];
      if (!next) return;
      revealSection(next.dataset.section!);
      const heading = next.querySelector<HTMLElement>('h2')!;
      heading.focus({ preventScroll: true });
      heading.scrollIntoView({
        block: 'start',
        behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
      });
    }
    if (target.closest('[data-start-over]')) {
      restore({ ...emptyProgress(), revision: $progress.get().revision + 1 });
      revealSection(config.sections[0]);
      document.dispatchEvent(new CustomEvent('course:reset'));
      this.querySelector<HTMLElement>('#module-main')?.focus();
    }
  }
}

customElements.define('course-module', CourseModule);
