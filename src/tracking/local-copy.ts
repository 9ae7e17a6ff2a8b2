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

/**
 * The last learner the LMS named on this device. When the LMS fails to start a session it cannot
 * tell us who is learning; their work is then kept under this id, so it reaches their record on
 * the next launch instead of an anonymous copy nobody reads.
 */
const lastLearnerKey = (courseId: string) => `rb:${courseId}:last-learner`;

export function rememberLearner(courseId: string, learnerId: string): void {
  try {
    if (learnerId) localStorage.setItem(lastLearnerKey(courseId), learnerId);
  } catch {
    /* storage blocked: nothing to remember with */
  }
}

export function lastLearner(courseId: string): string {
  try {
    return localStorage.getItem(lastLearnerKey(courseId)) ?? '';
  } catch {
    return '';
  }
}
