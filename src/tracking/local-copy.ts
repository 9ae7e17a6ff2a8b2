/**
 * A copy of the learner's state on the device, written on every change, so a missing or failing
 * LMS never loses progress. `synced` says whether the LMS confirmed a commit of this revision.
 * Every write says whether it worked: a full or blocked storage is reported, never hidden.
 */
export interface LocalCopy {
  suspendData: string;
  revision: number;
  synced: boolean;
  savedAt: number;
}

/**
 * Keys start with the course id (no fixed prefix), so two courses on one LMS never meet. A launch
 * without credit (cmi5 Browse, Review) keeps its own copy: a Normal launch never resumes from it.
 */
export const localKey = (courseId: string, moduleId: string, learnerId: string, credit = true) =>
  `${courseId}:${moduleId}:${learnerId || 'anonymous'}${credit ? '' : ':no-credit'}`;

/** Copies written before keys lost their fixed `rb:` prefix are still read, never lost. */
const getItem = (key: string) => localStorage.getItem(key) ?? localStorage.getItem(`rb:${key}`);

export type StorageHealth = 'ok' | 'full' | 'blocked';

const health = (error: unknown): StorageHealth =>
  error instanceof DOMException &&
  (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
    ? 'full'
    : 'blocked';

/** Tries a write and a delete, so a full or blocked storage is known before the learner works. */
export function probeStorage(): StorageHealth {
  try {
    localStorage.setItem('storage-probe', '1');
    localStorage.removeItem('storage-probe');
    return 'ok';
  } catch (error) {
    return health(error);
  }
}

export function readLocal(key: string): LocalCopy | null {
  try {
    const raw = getItem(key);
    return raw ? (JSON.parse(raw) as LocalCopy) : null;
  } catch {
    return null;
  }
}

/** The raw text under a key, parsed or not (to keep a copy the codec cannot read). */
export function readRaw(key: string): string | null {
  try {
    return getItem(key);
  } catch {
    return null;
  }
}

export function writeLocal(key: string, copy: LocalCopy): StorageHealth {
  return writeRaw(key, JSON.stringify(copy));
}

export function writeRaw(key: string, text: string): StorageHealth {
  try {
    localStorage.setItem(key, text);
    return 'ok';
  } catch (error) {
    return health(error);
  }
}

export function removeLocal(key: string): void {
  try {
    localStorage.removeItem(key);
    localStorage.removeItem(`rb:${key}`);
  } catch {
    /* nothing to remove */
  }
}

/**
 * The last learner the LMS named on this device. When the LMS fails to start a session it cannot
 * tell us who is learning; their work is then kept under this id, so it reaches their record on
 * the next launch instead of an anonymous copy nobody reads.
 */
const lastLearnerKey = (courseId: string) => `${courseId}:last-learner`;

export function rememberLearner(courseId: string, learnerId: string): void {
  try {
    if (learnerId) localStorage.setItem(lastLearnerKey(courseId), learnerId);
  } catch {
    /* storage blocked: nothing to remember with */
  }
}

export function lastLearner(courseId: string): string {
  try {
    return getItem(lastLearnerKey(courseId)) ?? '';
  } catch {
    return '';
  }
}
