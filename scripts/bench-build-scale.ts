/**
 * Build time as the course grows (issue 18): the real course (7 modules) and a 49-module course
 * made of seven copies of each real module, each copy with its own module and scenario ids, built
 * into a temporary folder (COURSE_CONTENT / COURSE_DIST, as the fixture-course tests do). Reports
 * both times and the straight line through them: fixed cost and seconds per module.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Row {
  what: string;
  value: number;
  budget?: number;
  unit: string;
}

/** Renames the module and its scenarios with a suffix, so a copy is a module of its own. */
function copyModule(from: string, to: string, suffix: string): string {
  cpSync(from, to, { recursive: true });
  const scenarioIds: string[] = [];
  const scenarios = join(to, 'scenarios');
  for (const file of readdirSync(scenarios).filter((f) => /^[^.]+\.ya?ml$/.test(f))) {
    const text = readFileSync(join(scenarios, file), 'utf8');
    const id = /^id: (\w+)$/m.exec(text)![1];
    scenarioIds.push(id);
    writeFileSync(join(scenarios, file), text.replace(/^id: \w+$/m, `id: ${id}${suffix}`));
  }
  let moduleId = '';
  for (const file of readdirSync(to).filter((f) => f.endsWith('.mdx'))) {
    let text = readFileSync(join(to, file), 'utf8').replace(/^id: (\w+)$/m, (_, id: string) => {
      moduleId = id;
      return `id: ${id}${suffix}`;
    });
    for (const id of scenarioIds) text = text.replaceAll(`id="${id}"`, `id="${id}${suffix}"`);
    writeFileSync(join(to, file), text);
  }
  return `${moduleId}${suffix}`;
}

/** A copy of content/ with `copies` of every module, listed in course.yaml. */
function scaledContent(root: string, dir: string, copies: number): void {
  cpSync(join(root, 'content'), dir, { recursive: true });
  const modules = join(dir, 'modules');
  const originals = readdirSync(modules).filter((f) => /^\d\d-/.test(f));
  const extra: string[] = [];
  for (let k = 2; k <= copies; k++)
    for (const folder of originals)
      extra.push(copyModule(join(modules, folder), join(modules, `${folder}-copy${k}`), `_c${k}`));
  const course = join(dir, 'course.yaml');
  const text = readFileSync(course, 'utf8').replace(
    /^(modules:\n(?: {2}- \w+\n)+)/m,
    (list) => `${list}${extra.map((id) => `  - ${id}\n`).join('')}`,
  );
  writeFileSync(course, text);
}

function timedBuild(root: string, content: string, out: string): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, [join(root, 'scripts', 'build.ts')], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, COURSE_CONTENT: content, COURSE_DIST: out },
  });
  if (run.status !== 0) throw new Error(`scaled build failed:\n${run.stderr}${run.stdout}`);
  return (performance.now() - started) / 1000;
}

export function buildScaleRows(root: string): Row[] {
  // Inside the project: the build reads content from a path relative to it.
  const work = join('content-tmp', `bench-build-${process.pid}`);
  const out = join(tmpdir(), `bench-build-${process.pid}`);
  try {
    const times: Record<number, number> = {};
    const load = loadavg()[0];
    for (const copies of [1, 7]) {
      const content = join(work, `x${copies}`, 'content');
      mkdirSync(join(work, `x${copies}`), { recursive: true });
      scaledContent(root, join(root, content), copies);
      times[copies * 7] = timedBuild(root, content, join(out, `x${copies}`));
    }
    const slope = (times[49] - times[7]) / 42;
    const fixed = times[7] - 7 * slope;
    const s = (x: number) => Number(x.toFixed(2));
    return [
      { what: 'load average (1 min) before the scaled builds', value: s(load), unit: '' },
      { what: 'build time, 7 modules', value: s(times[7]), unit: 's' },
      { what: 'build time, 49 modules', value: s(times[49]), budget: 60, unit: 's' },
      { what: 'build time, fixed cost', value: s(fixed), unit: 's' },
      { what: 'build time, per module', value: s(slope), unit: 's' },
    ];
  } finally {
    rmSync(join(root, work), { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
    if (readdirSync(join(root, 'content-tmp')).length === 0)
      rmSync(join(root, 'content-tmp'), { recursive: true, force: true });
  }
}
