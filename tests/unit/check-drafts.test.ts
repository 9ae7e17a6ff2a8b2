/**
 * A module folder not listed in course.yaml is a draft: checked and reported, but it does not stop
 * the build.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { checkContent } from '#src/course/check-content.ts';

const root = mkdtempSync(join(tmpdir(), 'drafts-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

it(
  'reports a draft module’s broken reference as a warning, and builds only the listed ' + 'modules',
  () => {
    cpSync('tests/fixtures/valid/content', join(root, 'content'), { recursive: true });
    const draft = join(root, 'content', 'modules', '02-draft');
    mkdirSync(draft);
    const sample = readFileSync(join(root, 'content', 'modules', '01-sample', 'en.mdx'), 'utf8');
    const frontmatter = sample.split('---')[1].replace('id: sample', 'id: draft');
    writeFileSync(
      join(draft, 'en.mdx'),
      `---${frontmatter}---\n\n<Section id="one" title="One">\n<RolePlay id="not_written_yet" ` +
        `/>\n</Section>\n`,
    );
    const saved = process.env.COURSE_CONTENT;
    process.env.COURSE_CONTENT = 'content';
    const result = checkContent(root);
    if (saved === undefined) delete process.env.COURSE_CONTENT;
    else process.env.COURSE_CONTENT = saved;
    expect(result.errors).toEqual([]);
    expect(result.modules.map((m) => m.id)).toEqual(['sample']);
    const messages = result.warnings.map(
      (w) => `${w.file.replace(/^.*content\//, 'content/')}: ${w.message}`,
    );
    expect(messages).toContain(
      'content/course.yaml: module "draft" exists but is not listed, so it is not built',
    );
    expect(messages).toContain(
      'content/modules/02-draft/en.mdx: <RolePlay id="not_written_yet"> names no file in this ' +
        'module (known: none yet) (draft: not built until listed in course.yaml)',
    );
  },
);
