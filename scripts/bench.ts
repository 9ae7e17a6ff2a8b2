/**
 * `npm run bench`: measures what DESIGN §6 budgets — full build time, each zip's size, JS and CSS
 * (gzip) per module page, worst-case saved state per module — and issue 18's figures: build time
 * at 7 and 49 modules, page bytes and their data share, role-play clicks at steps 1, 100 and
 * 1,000, a throttled first load. Prints them against the budgets and writes bench/results.json.
 * Exits 1 when a budget is exceeded.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { checkContent } from '#src/course/check-content.ts';
import { learnerMinutes } from '#src/course/learner-time.ts';
import { worstCaseStateLength } from '#src/tracking/worst-case.ts';
import { buildScaleRows } from './bench-build-scale.ts';
import { runtimeRows } from './bench-runtime.ts';
import { validationRows } from './bench-validation.ts';
import { ZIP_BUDGET } from './packaging/budgets.ts';
import { pageFiles } from './packaging/page-files.ts';

const root = process.cwd();
const KB = 1024;
const BUDGET = {
  buildSeconds: 60,
  pageJs: 20 * KB,
  state: 1024,
};

const started = performance.now();
const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.ts')], {
  stdio: 'inherit',
});
const buildSeconds = (performance.now() - started) / 1000;
if (build.status !== 0) process.exit(1);

const { course, modules } = checkContent(root);
const packages = JSON.parse(
  readFileSync(join(root, 'dist', 'packages', 'packages.json'), 'utf8'),
) as Array<{ name: string; format: string; lang: string; zip: string; bytes: number }>;

/**
 * JS as a package's page carries it (one bundled script, write-packages.ts): the largest format.
 */
function packagedJs(lang: string, id: string) {
  let most = 0;
  for (const format of course!.formats.filter((f) => f !== 'web')) {
    const folder = join(root, 'dist', 'packages', lang, format, id);
    const html = readFileSync(join(folder, `${id}.html`), 'utf8');
    const js = [...html.matchAll(/src="(_astro\/[A-Za-z0-9._-]+\.js)"/g)].reduce(
      (sum, m) => sum + gzipSync(readFileSync(join(folder, m[1])), { level: 9 }).length,
      0,
    );
    most = Math.max(most, js);
  }
  return most;
}

/** CSS a module page loads, gzip, as its packages carry it (page-files.ts picks the files). */
function pageCss(lang: string, id: string) {
  const files = pageFiles(join(root, 'dist', 'site'), join(lang, `${id}.html`), `${id}.html`);
  return [...files]
    .filter(([path]) => path.endsWith('.css'))
    .reduce((sum, [, bytes]) => sum + gzipSync(bytes, { level: 9 }).length, 0);
}

const rows: Array<{ what: string; value: number; budget?: number; unit: string }> = [
  {
    what: 'full build',
    value: Number(buildSeconds.toFixed(1)),
    budget: BUDGET.buildSeconds,
    unit: 's',
  },
];
for (const p of packages) {
  const budget = p.name === 'course' ? undefined : ZIP_BUDGET[p.format];
  rows.push({ what: `zip ${p.lang}/${p.format}/${p.name}`, value: p.bytes, budget, unit: 'B' });
}
for (const lang of course!.languages) {
  for (const m of modules) {
    const css = pageCss(lang, m.id);
    const js = packagedJs(lang, m.id);
    rows.push({
      what: `page JS gzip ${lang}/${m.id}`,
      value: js,
      budget: BUDGET.pageJs,
      unit: 'B',
    });
    rows.push({ what: `page CSS gzip ${lang}/${m.id}`, value: css, unit: 'B' });
    rows.push({
      what: `worst-case state ${lang}/${m.id}`,
      value: worstCaseStateLength(course!, m, lang),
      budget: BUDGET.state,
      unit: 'chars',
    });
    // The frontmatter promises a duration; the estimate from the words holds it to account (±25%).
    const declared = m.text[lang].meta.duration;
    rows.push({
      what: `learner time ${lang}/${m.id} (declared ${declared})`,
      value: Math.round(learnerMinutes(m, lang)),
      budget: Math.round(declared * 1.25),
      unit: 'min',
    });
  }
}

// Build time at 7 and 49 modules, fixed cost and per-module slope (scripts/bench-build-scale.ts).
rows.push(...buildScaleRows(root));
// The checker on generated role-plays: time and peak memory (scripts/bench-validation.ts).
rows.push(...validationRows());
// The LMS in the browser (scripts/bench-lms.ts): commits per module, main-thread blocks per click
// with a host whose synchronous commit takes 1 s. Goal: < 100 ms after choosing or answering.
const lmsRun = spawnSync(process.execPath, [join(root, 'scripts', 'bench-lms.ts')], {
  encoding: 'utf8',
});
if (lmsRun.status === 0) {
  for (const [what, value] of Object.entries(JSON.parse(lmsRun.stdout) as Record<string, number>)) {
    const budget = /after a (decision|check) click/.test(what) ? 100 : undefined;
    rows.push({ what, value, budget, unit: /block/.test(what) ? 'ms' : '' });
  }
} else console.error(`LMS bench failed: ${lmsRun.stderr}`);
// The live classroom on loopback (scripts/bench-classroom.ts): 200 phones voting on 10 decisions,
// p95 from a vote to the projector's count (goal < 200 ms), server memory, phone page weight.
const classroomRun = spawnSync(process.execPath, [join(root, 'scripts', 'bench-classroom.ts')], {
  encoding: 'utf8',
  timeout: 120_000,
});
if (classroomRun.status === 0) rows.push(...(JSON.parse(classroomRun.stdout) as typeof rows));
else console.error(`Classroom bench failed: ${classroomRun.stderr}`);
// Page weight, role-play click cost and a throttled first load (scripts/bench-runtime.ts).
rows.push(
  ...(await runtimeRows(
    root,
    course!.languages[0],
    modules.map((m) => m.id),
  )),
);

// The learning report at 100k and 1M generated statements, each run in its own process.
const report = spawnSync(process.execPath, [join(root, 'scripts', 'bench-report.ts'), '--rows'], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
});
rows.push(...(JSON.parse(report.stdout) as typeof rows));

let over = 0;
for (const r of rows) {
  const ok = r.budget === undefined || r.value <= r.budget;
  if (!ok) over++;
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${r.what.padEnd(48)} ` +
      `${String(r.value).padStart(8)} ` +
      `${r.unit.padEnd(5)} ${r.budget === undefined ? '' : `budget ${r.budget}`}`,
  );
}
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(
  join(root, 'bench', 'results.json'),
  `${JSON.stringify(
    { measuredAt: new Date().toISOString(), node: process.version, budgets: BUDGET, rows },
    null,
    2,
  )}\n`,
);
console.log(`\n${rows.length} measurements, ${over} over budget. Written to bench/results.json`);
process.exit(over > 0 ? 1 : 0);
