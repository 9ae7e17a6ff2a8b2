/** An Astro/MDX failure reads like a check error: file:line:column, problem, fix, no stack. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';
import { astroFailure } from '#scripts/lib/astro-errors.ts';

it('turns an MDX failure of the site build into file:line:column, the problem and the fix', () => {
  const log = [
    '23:1: Unexpected closing tag `</Section>`, expected corresponding closing tag for ' +
      '`<KeyIdea>` (19:1) (mdx-jsx:unexpected-character)',
    '  Location:',
    '    /work/course/content/modules/01-sample/en.mdx:23:1',
    '  Stack trace:',
    '    at TransformPluginContextImpl.handler ' +
      '(file:///x/node_modules/@astrojs/mdx/dist/vite-plugin-mdx.js:64:17)',
  ].join('\n');
  expect(astroFailure(log, '/work/course')).toMatchInlineSnapshot(
    `
    [
      "error    content/modules/01-sample/en.mdx:23:1: the site build failed: Unexpected ` +
      `closing tag \`</Section>\`, expected corresponding closing tag for \`<KeyIdea>\` ` +
      `(19:1); fix the module text there (npm run check reads MDX the same way)",
    ]
  `,
  );
});

it('passes the check’s own words through when a page finds a content problem', () => {
  const log =
    'error   The content has 1 problem(s):\ncontent/course.yaml: modules: "x" matches no ' +
    'module\n    at courseContent (src/course/content.ts:20:11)';
  expect(astroFailure(log, '/work/course')).toMatchInlineSnapshot(`
    [
      "error    content/course.yaml: modules: "x" matches no module",
    ]
  `);
});

it('says a failure without a location is the code’s, not the content’s', () => {
  expect(
    astroFailure('[vite] Error: Cannot find module "./x.ts"\n    at load (y.js:1:1)', '/r'),
  ).toMatchInlineSnapshot(
    `
    [
      "error    the site build failed: [vite] Error: Cannot find module "./x.ts"; this is a ` +
      `fault in the course code, not in the content: report it with the full log (BUILD_LOG=1 ` +
      `npm run package)",
    ]
  `,
  );
});

it(
  'stops on broken MDX before Astro runs, with file:line:column, and leaves the last site ' +
    'whole',
  () => {
    const root = mkdtempSync(join(tmpdir(), 'build-case-'));
    cpSync('tests/fixtures/valid/content', join(root, 'content'), { recursive: true });
    cpSync('tests/fixtures/broken-cases/04-mdx-unclosed', join(root, 'content'), {
      recursive: true,
    });
    mkdirSync(join(root, 'dist', 'site'), { recursive: true });
    writeFileSync(join(root, 'dist', 'site', 'index.html'), 'last good build');
    const run = spawnSync(process.execPath, [join(process.cwd(), 'scripts/build.ts')], {
      cwd: process.cwd(),
      encoding: 'utf8',
      env: {
        ...process.env,
        COURSE_CONTENT: relative(process.cwd(), join(root, 'content')),
        COURSE_DIST: join(root, 'dist'),
      },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'modules/01-sample/en.mdx:23:1: is not valid MDX: Unexpected closing tag',
    );
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(join(root, 'dist', 'site', 'index.html'), 'utf8')).toBe('last good build');
    rmSync(root, { recursive: true, force: true });
  },
);
