/**
 * What a learner writes about their own work is personal: it is kept in this browser only, under
 * one key per course, module and learner (two learners sharing a browser never see each other's
 * notes), and can be downloaded or deleted. Tools use it too. Until the tracker knows who is
 * learning, nothing is read; the notes appear when it does (NOTES_RELOADED).
 */
let owner: { courseId: string; learnerId: string } | null = null;
/** What was written, also kept in memory: with storage full or blocked it is all there is. */
const memory = new Map<string, Record<string, string>>();

/** `<course>-notes:`: a course id has no "-", so this never meets a progress key. */
const key = (moduleId: string) =>
  owner ? `${owner.courseId}-notes:${moduleId}:${owner.learnerId || 'anonymous'}` : null;
/** Where notes were kept before keys lost their fixed `rb-notes:` prefix: still read. */
const legacy = (k: string) => `rb-notes:${k.replace('-notes:', ':')}`;

/** Fired on the document when the notes' owner is known or changes: reload what is shown. */
export const NOTES_RELOADED = 'course:notes-reloaded';

export function setNotesOwner(courseId: string, learnerId: string): void {
  if (owner?.courseId === courseId && owner.learnerId === learnerId) return;
  owner = { courseId, learnerId };
  document.dispatchEvent(new CustomEvent(NOTES_RELOADED));
}

export function readNotes(moduleId: string): Record<string, string> {
  const k = key(moduleId);
  if (!k) return {};
  try {
    const stored = localStorage.getItem(k) ?? localStorage.getItem(legacy(k));
    if (stored) return JSON.parse(stored) as Record<string, string>;
  } catch {
    /* unreadable or blocked: fall back to what this page kept */
  }
  return { ...(memory.get(k) ?? {}) };
}

/** Saves one note; false when this browser could not keep it (say so, never "Saved."). */
export function writeNote(moduleId: string, id: string, text: string): boolean {
  const k = key(moduleId);
  if (!k) return false;
  const notes = readNotes(moduleId);
  if (text) notes[id] = text;
  else delete notes[id];
  memory.set(k, notes);
  try {
    localStorage.setItem(k, JSON.stringify(notes));
    return true;
  } catch {
    return false; // storage full or blocked: the note lives in this page only
  }
}

/**
 * Fired on the document when a module's notes are deleted, so every note and tool clears its
 * screen.
 */
export const NOTES_DELETED = 'course:notes-deleted';

export function deleteNotes(moduleId: string): void {
  const k = key(moduleId);
  if (k) memory.delete(k);
  try {
    if (k) localStorage.removeItem(k);
    if (k) localStorage.removeItem(legacy(k)); // deleted means deleted, old copies too
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
