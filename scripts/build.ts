/**
 * `npm run package` (and `npm run build`): checks the content, builds the site with Astro, then
 * writes every LMS package into dist/packages. The site, the maps and the packages are written to
 * temporary folders and swapped in only when all succeeded, so a failed build leaves the last good
 * one whole. An Astro/MDX failure is reported like a check error (scripts/lib/astro-errors.ts).
 */
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkContent } from '#src/course/check-content.ts';
import { formatContentError } from '#src/schemas/author-errors.ts';
import { astroFailure } from './lib/astro-errors.ts';
import { bundleClassroom } from './lib/bundle-classroom.ts';
import { relativeSiteUrls } from './lib/relative-kit.ts';
import { swapIn, tempBeside } from './lib/swap-in.ts';
import { writeScenarioMaps } from './lib/write-maps.ts';
import { bundleSitePages } from './packaging/site-bundles.ts';
import { packagesProblems } from './packaging/validate-package.ts';
import { webProblems } from './packaging/web-package.ts';
import { writePackages } from './packaging/write-packages.ts';

const root = process.cwd();
// COURSE_DIST builds elsewhere (tests build fixture courses without touching dist/).
const dist = process.env.COURSE_DIST ? resolve(process.env.COURSE_DIST) : join(root, 'dist');
const started = performance.now();

const checked = checkContent(root);
if (checked.errors.length > 0 || !checked.course) {
  for (const e of checked.errors) console.error(`error    ${formatContentError(e)}`);
  console.error(
    `\nThe build stopped: fix the ` +
      `${checked.errors.length} problem(s) above (npm run check shows them too).`,
  );
  process.exit(1);
}

const temp = (name: string) => tempBeside(join(dist, name));
const siteDir = temp('site');
const mapsDir = temp('maps');
const tempDir = temp('packages');
const cleanUp = () => {
  for (const dir of [siteDir, mapsDir, tempDir]) rmSync(dir, { recursive: true, force: true });
};
cleanUp();
const astro = spawnSync(
  process.execPath,
  [
    join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'),
    'build',
    '--silent',
    '--outDir',
    siteDir,
  ],
  {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  },
);
if (process.env.BUILD_LOG) process.stderr.write(`${astro.stdout ?? ''}${astro.stderr ?? ''}`);
if (astro.status !== 0) {
  cleanUp();
  for (const line of astroFailure(`${astro.stderr ?? ''}\n${astro.stdout ?? ''}`, root))
    console.error(line);
  console.error('\nThe site build failed; the previous site and packages are untouched.');
  process.exit(1);
}
// The site must work from any folder or URL prefix, like the packages.
relativeSiteUrls(siteDir);
// The live classroom server travels with the kit, runnable without npm (npm run classroom).
bundleClassroom(root, siteDir);

const finalDir = join(dist, 'packages');
try {
  const written = writePackages(siteDir, tempDir, checked.course, checked.modules);
  // Every package is checked as an LMS would see it before any replaces the previous build.
  const lms = written.flatMap((p) => (p.format === 'web' ? [] : [{ ...p, format: p.format }]));
  const found = await packagesProblems(lms);
  for (const p of written) if (p.format === 'web') found.set(p.folder, webProblems(p.folder));
  const problems = written.flatMap((p) =>
    (found.get(p.folder) ?? []).map(
      (problem) => `${p.zip.replace(tempDir, 'dist/packages')}: ${problem}`,
    ),
  );
  if (problems.length)
    throw new Error(`${problems.length} package problem(s):\n${problems.join('\n')}`);
  writeScenarioMaps(mapsDir, checked.modules, checked.course.languages[0]);
  // After the packages, which bundle per format from the site's module chunks.
  const course = checked.course;
  bundleSitePages(
    siteDir,
    course.languages.flatMap((lang) => checked.modules.map((m) => `${lang}/${m.id}.html`)),
  );
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
  // Swap in at the end, each folder in one rename.
  swapIn([
    [siteDir, join(dist, 'site')],
    [mapsDir, join(dist, 'maps')],
    [tempDir, finalDir],
  ]);
  console.log(
    `Wrote ${written.length} packages to dist/packages in ` +
      `${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
} catch (error) {
  cleanUp();
  console.error(`Packaging failed, nothing was written: ${(error as Error).message}`);
  process.exit(1);
}
