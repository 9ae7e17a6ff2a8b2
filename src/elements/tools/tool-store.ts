/**
 * What a learner enters in a practice tool is personal, like a reflection: it is kept with the
 * module's private notes on this device (one JSON entry per tool) and never sent to the LMS.
 */
import { NOTES_DELETED, NOTES_RELOADED, readNotes, writeNote } from '../private-notes.ts';

export { NOTES_DELETED, NOTES_RELOADED };

const noteKey = (toolId: string) => `tool.${toolId}`;

export function loadTool<T>(moduleId: string, toolId: string, fallback: T): T {
  try {
    const raw = readNotes(moduleId)[noteKey(toolId)];
    return raw ? (JSON.parse(raw) as T) : fallback;
  } catch {
    return fallback;
  }
}

/** False when this browser could not keep the answer (it then lives in this page only). */
export function saveTool(moduleId: string, toolId: string, data: unknown): boolean {
  return writeNote(moduleId, noteKey(toolId), data === null ? '' : JSON.stringify(data));
}

type Fields = Record<string, string>;

/**
 * Keeps every `[data-note]` field of a tool (text areas, text inputs, radio groups) on the device:
 * fills them on load, saves as the learner types, empties them when notes are deleted.
 */
export function keepFields(
  root: HTMLElement,
  onChange: (fields: Fields) => void = () => {},
): Fields {
  const moduleId = root.dataset.module!;
  const toolId = root.dataset.tool!;
  const inputs = [...root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[data-note]')];
  let fields = loadTool<Fields>(moduleId, toolId, {});
  const fill = () => {
    for (const input of inputs) {
      const value = fields[input.dataset.note!] ?? '';
      if (input instanceof HTMLInputElement && input.type === 'radio')
        input.checked = input.value === value;
      else input.value = value;
    }
    onChange(fields);
  };
  root.addEventListener('input', (event) => {
    const input = (event.target as HTMLElement).closest<HTMLInputElement | HTMLTextAreaElement>(
      '[data-note]',
    );
    if (!input || (input instanceof HTMLInputElement && input.type === 'radio' && !input.checked))
      return;
    fields = { ...fields, [input.dataset.note!]: input.value.trim() ? input.value : '' };
    saveTool(moduleId, toolId, fields);
    onChange(fields);
  });
  document.addEventListener(NOTES_DELETED, () => {
    fields = {};
    fill();
  });
  document.addEventListener(NOTES_RELOADED, () => {
    fields = loadTool<Fields>(moduleId, toolId, {});
    fill();
  });
  fill();
  return fields;
}
