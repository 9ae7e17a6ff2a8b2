/** <reflection-note>: saves as the learner types, offers download and delete. */

import { t } from '../i18n/page.ts';
import { $interaction } from '../tracking/stores.ts';
import {
  deleteNotes,
  downloadText,
  NOTES_RELOADED,
  readNotes,
  writeNote,
} from './private-notes.ts';

class ReflectionNote extends HTMLElement {
  connectedCallback() {
    const moduleId = this.dataset.module!;
    const id = this.dataset.id!;
    const area = this.querySelector('textarea')!;
    const saved = this.querySelector<HTMLElement>('[data-saved]')!;
    area.value = readNotes(moduleId)[id] ?? '';
    document.addEventListener(NOTES_RELOADED, () => {
      area.value = readNotes(moduleId)[id] ?? '';
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const save = () => {
      clearTimeout(timer);
      timer = undefined;
      saved.textContent = t(writeNote(moduleId, id, area.value.trim()) ? 'saved' : 'notesNotSaved');
    };
    area.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(save, 400);
    });
    // Typed just before the page closes: write it now, before the tracker ends the session.
    const flush = () => {
      if (timer === undefined) return;
      save();
      if (this.dataset.send === 'true') area.dispatchEvent(new Event('change'));
    };
    addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') flush();
    });
    // Sent to the LMS only when course.yaml says so (sendReflectionsToLms), when the learner leaves
    // the field.
    if (this.dataset.send === 'true') {
      area.addEventListener('change', () => {
        const text = area.value.trim();
        if (text)
          $interaction.set({
            type: 'fill-in',
            id: `reflection.${id}`,
            options: [],
            response: text,
            correct: [],
            result: 'neutral',
            description: this.querySelector('label')!.textContent!.trim(),
            timestamp: new Date(),
            latencyMs: 0,
          });
      });
    }
    this.querySelector('[data-download]')!.addEventListener('click', () => {
      writeNote(moduleId, id, area.value.trim());
      const labels = [...document.querySelectorAll<HTMLElement>('reflection-note')].map((el) => ({
        prompt: el.querySelector('label')!.textContent!.trim(),
        text: readNotes(moduleId)[el.dataset.id!] ?? '',
      }));
      const body = labels
        .map((n) => `${n.prompt}\n\n${n.text || t('noNotes')}\n`)
        .join('\n---\n\n');
      downloadText(`${moduleId}-notes.txt`, `${document.title}\n\n${body}`);
    });
    this.querySelector('[data-delete]')!.addEventListener('click', () => {
      deleteNotes(moduleId);
      document.querySelectorAll('reflection-note textarea').forEach((t) => {
        (t as HTMLTextAreaElement).value = '';
      });
      saved.textContent = t('answersDeleted');
    });
  }
}

customElements.define('reflection-note', ReflectionNote);
