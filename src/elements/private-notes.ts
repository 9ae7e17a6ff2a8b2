/**
 * What a learner writes about their own work is personal: it is kept in this browser only, under
 * one key per module, and can be downloaded or deleted. Tools use it too.
 */
const key = (moduleId: string) => `rb-notes:${moduleId}`;

export function readNotes(moduleId: string): Record<string, string> {
  try {
    return JSON.parse(localStorage.getItem(key(moduleId)) ?? '{}') as Record<string, string>;
  } catch {
    return {};
  }
}

export function writeNote(moduleId: string, id: string, text: string): void {
  const notes = readNotes(moduleId);
  if (text) notes[id] = text;
  else delete notes[id];
  try {
    localStorage.setItem(key(moduleId), JSON.stringify(notes));
  } catch {
    /* storage blocked: the note lives only on the screen */
  }
}

/** Fired on the document when a module's notes are deleted, so every note and tool clears its screen. */
export const NOTES_DELETED = 'course:notes-deleted';

export function deleteNotes(moduleId: string): void {
  try {
    localStorage.removeItem(key(moduleId));
  } catch {
    /* nothing stored */
  }
  document.dispatchEvent(new CustomEvent(NOTES_DELETED, { detail: moduleId }));
}

/** Offers text as a file download, built in the browser (nothing is sent anywhere). */
export function downloadText(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
