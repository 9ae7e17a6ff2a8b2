/**
 * `npm run package` (and `npm run build`): checks the content, builds the site with Astro, then
 * writes every LMS package into dist/packages. Packages are written to a temporary folder and
 * swapped in only when all succeeded.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkContent } from '../src/course/check-content.ts';
import { formatContentError } from '../src/schemas/author-errors.ts';
import { relativeKitUrls } from './lib/relative-kit.ts';
import { writeScenarioMaps } from './lib/write-maps.ts';
import { packagesProblems } from './packaging/validate-package.ts';
import { writePackages } from './packaging/write-packages.ts';

const root = process.cwd();
// COURSE_DIST builds elsewhere (tests build fixture courses without touching dist/).
const dist = process.env.COURSE_DIST ? resolve(process.env.COURSE_DIST) : join(root, 'dist');
const started = performance.now();

const checked = checkContent(root);
if (checked.errors.length > 0 || !checked.course) {
  for (const e of checked.errors) console.error(`error    ${formatContentError(e)}`);
  console.error(
    `\nThe build stopped: fix the ${checked.errors.length} problem(s) above (npm run check shows them too).`,
  );
  process.exit(1);
}

const astro = spawnSync(
  process.execPath,
  [
    join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'),
    'build',
    '--silent',
    '--outDir',
    join(dist, 'site'),
  ],
  { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } },
);
if (astro.status !== 0) {
  console.error('The site build failed (see above); no package was written.');
  process.exit(1);
}
// The facilitator kit must work from any folder or URL prefix, like the packages.
relativeKitUrls(join(dist, 'site'));

const finalDir = join(dist, 'packages');
const tempDir = join(dist, `packages.tmp-${process.pid}`);
rmSync(tempDir, { recursive: true, force: true });
try {
  const written = writePackages(join(dist, 'site'), tempDir, checked.course, checked.modules);
  // Every package is checked as an LMS would see it before any replaces the previous build.
  const found = await packagesProblems(written);
  const problems = written.flatMap((p) =>
    (found.get(p.folder) ?? []).map(
      (problem) => `${p.zip.replace(tempDir, 'dist/packages')}: ${problem}`,
    ),
  );
  if (problems.length)
    throw new Error(`${problems.length} package problem(s):\n${problems.join('\n')}`);
  writeScenarioMaps(join(dist, 'maps'), checked.modules, checked.course.languages[0]);
  writeFileSync(
    join(tempDir, 'packages.json'),
    JSON.stringify(
      written.map((p) => ({
        ...p,
        folder: p.folder.replace(tempDir, ''),
        zip: p.zip.replace(tempDir, ''),
      })),
      null,
      2,
    ),
  );
  rmSync(finalDir, { recursive: true, force: true });
  renameSync(tempDir, finalDir);
  console.log(
    `Wrote ${written.length} packages to dist/packages in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
} catch (error) {
  if (existsSync(tempDir)) rmSync(tempDir, { recursive: true, force: true });
  console.error(`Packaging failed, nothing was written: ${(error as Error).message}`);
  process.exit(1);
}
