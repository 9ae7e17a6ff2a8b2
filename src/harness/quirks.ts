/**
 * Behaviours of real LMS runtimes that scorm-again does not have, as wrappers of the API calls,
 * so the harness (and unit tests) can host a package the way those LMSs do. Verified in Moodle's
 * scorm_12.js / scorm_13.js (numbers for counts, 351) and seen in the field (the rest).
 */
export type Quirk =
  | 'numeric-count' // GetValue of *._count returns a number (Moodle)
  | 'id-immutable' // 2004: rewriting an objective id fails with 351 (Moodle, SCORM Cloud)
  | 'entry-empty' // entry "" while suspend_data and location are handed back
  | 'throwing-getters' // GetValue throws
  | 'setter-false' // SetValue of elements it does not keep returns "false" with error 401
  | 'false-zero' // SetValue and Commit return false, GetLastError "0", the value is kept
  | 'slow-commit'; // Commit blocks the page synchronously (slowCommitMs)

export const QUIRKS: Quirk[] = [
  'numeric-count',
  'id-immutable',
  'entry-empty',
  'throwing-getters',
  'setter-false',
  'false-zero',
  'slow-commit',
];

type Fn = (...args: string[]) => unknown;
export interface Methods {
  get: string;
  set: string;
  commit: string;
  lastError: string;
}

/** Elements an LMS may not keep (setter-false): the course must go on without them. */
const UNKEPT = /\.(latency|description)$/;

export interface QuirkContext {
  /** What GetLastError returns after a quirk answered (null: ask the real API). */
  error: { code: string | null };
  /** The real GetValue, to see what an element holds. */
  read: (element: string) => unknown;
  slowCommitMs?: number;
}

/** Wraps one API method with the quirk's behaviour. */
export function withQuirk(
  quirk: Quirk | 'none',
  m: Methods,
  method: string,
  fn: Fn,
  ctx: QuirkContext,
): Fn {
  const { error } = ctx;
  if (method === m.lastError) return (...a) => error.code ?? fn(...a);
  return (...args) => {
    error.code = null;
    if (method === m.get && quirk === 'throwing-getters')
      throw new Error('LMSGetValue failed (emulated)');
    if (method === m.get && quirk === 'numeric-count' && args[0].endsWith('._count'))
      return Number(fn(...args));
    if (method === m.set && quirk === 'setter-false' && UNKEPT.test(args[0])) {
      error.code = '401';
      return 'false';
    }
    if (method === m.set && quirk === 'id-immutable') {
      const id = /^cmi\.objectives\.\d+\.id$/.test(args[0]);
      const held = id ? String(ctx.read(args[0]) ?? '') : '';
      if (id && held && held !== args[1]) {
        error.code = '351';
        return 'false';
      }
    }
    if (method === m.commit && quirk === 'slow-commit') {
      const until = Date.now() + (ctx.slowCommitMs ?? 5000);
      while (Date.now() < until) {
        /* a synchronous commit over a slow network */
      }
    }
    const result = fn(...args);
    if ((method === m.set || method === m.commit) && quirk === 'false-zero') {
      error.code = '0';
      return String(result) === 'true' ? 'false' : result;
    }
    return result;
  };
}
