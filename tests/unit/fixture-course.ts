/**
 * What the tests that check or build a course other than content/ share: a scratch copy inside
 * the project (the build reads content from there), COURSE_CONTENT set and put back, the build.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent } from '#src/course/check-content.ts';

/** Runs `fn` with COURSE_CONTENT set to `content`, then puts the old value back. */
export function withContent<T>(content: string, fn: () => T): T {
  const saved = process.env.COURSE_CONTENT;
  process.env.COURSE_CONTENT = content;
  try {
    return fn();
  } finally {
    if (saved === undefined) delete process.env.COURSE_CONTENT;
    else process.env.COURSE_CONTENT = saved;
  }
}

/** `npm run check` of another content folder, from `root`. */
export const checkCourse = (content: string, root = process.cwd()) =>
  withContent(content, () => checkContent(root));

/** `npm run package` of `content` into `dist` (site and packages), as the author runs it. */
export const buildCourse = (content: string, dist: string) =>
  spawnSync(process.execPath, ['scripts/build.ts'], {
    encoding: 'utf8',
    env: { ...process.env, COURSE_CONTENT: content, COURSE_DIST: dist },
  });

/**
 * A scratch course: `content-tmp/<name>-<pid>/content` (a copy of `from`, if given) and a build
 * folder outside the project. `remove()` deletes both, and content-tmp once empty (for afterAll).
 */
export function scratchCourse(name: string, from?: string) {
  const folder = `content-tmp/${name}-${process.pid}`;
  const content = `${folder}/content`;
  if (from) cpSync(from, content, { recursive: true });
  const out = mkdtempSync(join(tmpdir(), `build-${name}-`));
  return {
    folder,
    content,
    out,
    remove() {
      rmSync(folder, { recursive: true, force: true });
      rmSync(out, { recursive: true, force: true });
      if (existsSync('content-tmp') && readdirSync('content-tmp').length === 0)
        rmSync('content-tmp', { recursive: true });
    },
  };
}
