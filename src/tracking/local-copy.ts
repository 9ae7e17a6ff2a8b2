/**
 * A copy of the learner's state on the device, written on every change, so a missing or failing
 * LMS never loses progress. `synced` says whether the LMS confirmed a commit of this revision.
 */
export interface LocalCopy {
  suspendData: string;
  revision: number;
  synced: boolean;
  savedAt: number;
}

export const localKey = (courseId: string, moduleId: string, learnerId: string) =>
  `rb:${courseId}:${moduleId}:${learnerId || 'anonymous'}`;

export function readLocal(key: string): LocalCopy | null {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as LocalCopy) : null;
  } catch {
    return null;
  }
}

export function writeLocal(key: string, copy: LocalCopy): void {
  try {
    localStorage.setItem(key, JSON.stringify(copy));
  } catch {
    // Storage full or blocked (private mode): the LMS copy is all we have, which is fine.
  }
}

export function removeLocal(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    /* nothing to remove */
  }
}
