/**
 * The section menu in the sticky bar: every section as done, current or to come; done and current
 * sections can be jumped to. A disclosure button opens it; Escape or a choice closes it.
 */
import { t } from '../i18n/page.ts';
import { el } from './el.ts';
import { goToHeading } from './scroll.ts';

export class SectionMenu {
  private readonly button: HTMLButtonElement;
  private readonly list: HTMLElement;
  private readonly sections: HTMLElement[];

  constructor(root: HTMLElement, sections: HTMLElement[]) {
    this.sections = sections;
    this.button = root.querySelector<HTMLButtonElement>('[data-menu-button]')!;
    this.list = root.querySelector<HTMLElement>('[data-menu]')!;
    this.button.addEventListener('click', () => this.toggle(this.list.hidden));
    this.list.addEventListener('click', (event) => {
      const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[data-to]');
      if (!link) return;
      event.preventDefault();
      this.toggle(false);
      goToHeading(this.sections[Number(link.dataset.to)].querySelector('h2')!);
    });
    root.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !this.list.hidden) {
        this.toggle(false);
        this.button.focus();
      }
    });
    document.addEventListener('click', (event) => {
      if (!this.list.hidden && !(event.target as HTMLElement).closest('[data-bar]'))
        this.toggle(false);
    });
  }

  private toggle(open: boolean) {
    this.list.hidden = !open;
    this.button.setAttribute('aria-expanded', String(open));
  }

  /** Redraws the states; `current` is the index of the furthest section revealed. */
  update(current: number) {
    const items = this.sections.map((section, i) => {
      const title = section.querySelector('h2')?.textContent ?? '';
      const state = i < current ? 'done' : i === current ? 'current' : 'to-come';
      const word = t(
        state === 'done' ? 'sectionDone' : state === 'current' ? 'sectionCurrent' : 'sectionToCome',
      );
      const label = el('span', { className: 'menu-state' }, word);
      let entry: HTMLElement;
      if (state === 'to-come') entry = el('span', { className: 'menu-entry' }, title, ' ', label);
      else {
        entry = el('a', { className: 'menu-entry', href: `#${section.id}` }, title, ' ', label);
        entry.dataset.to = String(i);
        if (state === 'current') entry.setAttribute('aria-current', 'step');
      }
      const item = el('li', { className: `menu-item is-${state}` }, entry);
      return item;
    });
    this.list.replaceChildren(...items);
  }
}
