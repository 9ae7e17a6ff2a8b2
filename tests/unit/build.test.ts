/**
 * The build as L&D teams run it: broken content stops it with the file, the node and what to do,
 * and leaves the packages of the last good build untouched; the same content gives the same zips.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { CMI5_CHUNK, writePackages } from '#scripts/packaging/write-packages.ts';
import { checkContent } from '#src/course/check-content.ts';

const built = existsSync('dist/packages/packages.json') && existsSync('dist/site');

describe('npm run package', () => {
  it(
    'stops on a broken scenario, naming the file, the node and the fix, and writes ' + 'nothing',
    () => {
      const before = built ? statSync('dist/packages/packages.json').mtimeMs : 0;
      const run = spawnSync(process.execPath, ['scripts/build.ts'], {
        encoding: 'utf8',
        env: { ...process.env, COURSE_CONTENT: 'tests/fixtures/broken-course/content' },
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(
        'tests/fixtures/broken-course/content/modules/01-sample/scenarios/counter.yaml: second › ' +
          'offer: next "end_gud" leads nowhere',
      );
      expect(run.stderr).toContain('The build stopped');
      if (built) expect(statSync('dist/packages/packages.json').mtimeMs).toBe(before);
    },
  );

  it.skipIf(!built)('writes byte-identical zips from the same site and content', () => {
    const { course, modules } = checkContent(process.cwd());
    const hashes = (dir: string) =>
      writePackages('dist/site', dir, course!, modules).map((p) =>
        createHash('sha256').update(readFileSync(p.zip)).digest('hex'),
      );
    const a = hashes(mkdtempSync(join(tmpdir(), 'pkg-a-')));
    const b = hashes(mkdtempSync(join(tmpdir(), 'pkg-b-')));
    expect(a).toEqual(b);
    // One zip per module and one for the course per LMS format; the web format is one folder.
    const lms = course!.formats.filter((f) => f !== 'web').length;
    const web = course!.formats.includes('web') ? 1 : 0;
    expect(a.length).toBe(course!.languages.length * (lms * (modules.length + 1) + web));
  });

  it.skipIf(!built)(
    'gives each package only the LMS code it can use: each adapter in its own format alone',
    () => {
      const { course, modules } = checkContent(process.cwd());
      const written = writePackages(
        'dist/site',
        mkdtempSync(join(tmpdir(), 'pkg-c-')),
        course!,
        modules,
      );
      // Pages carry one bundled script each; each adapter is the code naming its data model.
      const marks = {
        cmi5: 'adlnet.gov/expapi/verbs/',
        scorm12: 'cmi.core.lesson_status',
        scorm2004: 'cmi.completion_status',
      };
      for (const [format, mark] of Object.entries(marks)) {
        const carries = (p: (typeof written)[number]) =>
          Object.entries(unzipSync(readFileSync(p.zip))).some(
            ([f, bytes]) =>
              (format === 'cmi5' && CMI5_CHUNK.test(f)) ||
              (f.endsWith('.js') && Buffer.from(bytes).includes(mark)),
          );
        const lms = written.filter((p) => p.format !== 'web');
        expect(lms.filter((p) => p.format === format).every(carries)).toBe(true);
        expect(lms.filter((p) => p.format !== format).some(carries)).toBe(false);
      }
    },
  );
});
