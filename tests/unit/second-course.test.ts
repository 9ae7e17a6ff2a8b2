import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scaffold } from '#scripts/scaffold/scaffold.ts';
import { checkContent } from '#src/course/check-content.ts';
import { buildCourse, checkCourse, scratchCourse, withContent } from './fixture-course.ts';

const fixture = 'tests/fixtures/second-course/content';
const scratch = scratchCourse('second');
const { folder: tmp, out } = scratch;
afterAll(() => scratch.remove());
const check = (content: string) => checkCourse(content);

describe('a second course', () => {
  it('passes the check with its own modules, levers and two languages', () => {
    const checked = check(fixture);
    expect(checked.errors).toEqual([]);
    expect(checked.course?.id).toBe('kitchen_safety');
    expect(checked.modules.map((m) => [m.id, m.text.fr.meta.lever])).toEqual([
      ['knives', 'sharp_tools'],
      ['ovens', 'heat'],
    ]);
  });

  it('plans its own sessions from content/sessions, with timings that add up', () => {
    const { plans, warnings } = check(fixture);
    expect(plans.map((p) => p.id)).toEqual(['knives_taster']);
    const [plan] = plans;
    expect(plan.blocks.reduce((sum, b) => sum + b.minutes, 0)).toBe(plan.minutes);
    expect(plan.module).toBe('knives');
    // Nothing of the burnout course leaks in: its plans and modules are not named.
    expect(JSON.stringify(plans)).not.toMatch(/burnout|foundations|dissatisfaction/);
    expect(warnings.map((w) => w.message).join('\n')).not.toMatch(/knives_taster/);
  });

  it('rejects a lever its course does not declare, naming the file, the value and the list', () => {
    cpSync(fixture, `${tmp}/content`, { recursive: true });
    const mdx = `${tmp}/content/modules/02-ovens/en.mdx`;
    writeFileSync(mdx, readFileSync(mdx, 'utf8').replace('lever: heat', 'lever: stress'));
    const errors = check(`${tmp}/content`).errors;
    expect(errors).toHaveLength(1);
    expect(errors[0].file).toMatch(/02-ovens[\\/]en\.mdx$/);
    expect(errors[0].at).toBe('lever');
    expect(errors[0].message).toContain('"stress"');
    expect(errors[0].message).toContain('sharp_tools, heat');
  });

  it('rejects an unknown figure or module in figures, naming the place and the choices', () => {
    cpSync(fixture, `${tmp}/content`, { recursive: true });
    const yaml = `${tmp}/content/course.yaml`;
    const original = readFileSync(yaml, 'utf8');
    writeFileSync(yaml, original.replace('ovens: stress_curve', 'ovens: stress_chart'));
    const [unknown] = check(`${tmp}/content`).errors;
    expect(unknown.at).toBe('figures › ovens');
    expect(unknown.message).toContain('must be one of balance, listening_cycle');
    writeFileSync(yaml, original.replace('ovens: stress_curve', 'pans: stress_curve'));
    const [module] = check(`${tmp}/content`).errors;
    expect(module.at).toBe('figures › pans');
    expect(module.message).toContain('use one of knives, ovens');
  });

  it('scaffolds a new module under the course’s own first lever', () => {
    const root = mkdtempSync(join(tmpdir(), 'second-new-'));
    cpSync(fixture, join(root, 'content'), { recursive: true });
    try {
      withContent('content', () => {
        scaffold(root, ['module', 'pans']);
        const mdx = readFileSync(join(root, 'content/modules/03-pans/fr.mdx'), 'utf8');
        expect(mdx).toMatch(/^lever: sharp_tools$/m);
        expect(checkContent(root).errors).toEqual([]);
      });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('builds French and English pages and packages of every format, apart from dist/', () => {
    const run = buildCourse(fixture, out);
    expect(run.stderr).not.toMatch(/error/i);
    expect(run.status).toBe(0);
    const page = readFileSync(join(out, 'site/fr/ovens.html'), 'utf8');
    expect(page).toContain('<html lang="fr"');
    expect(page).toContain('[fr] Who left this tray in the oven?');
    const packages = JSON.parse(
      readFileSync(join(out, 'packages/packages.json'), 'utf8'),
    ) as Array<{ lang: string; format: string; zip: string }>;
    const kinds = packages.map((p) => `${p.lang} ${p.format}`).sort();
    for (const lang of ['en', 'fr'])
      for (const format of ['cmi5', 'scorm12', 'scorm2004'])
        expect(kinds).toContain(`${lang} ${format}`);
    const site = readFileSync(join(out, 'site/en/knives.html'), 'utf8');
    expect(site).not.toContain('relational_burnout');
    // The figure course.yaml names, with its text alternative; none where it names none.
    expect(site).not.toContain('module-figure');
    expect(page).toMatch(
      /<figure class="module-figure"><svg class="fig fig-stress_curve"[^>]* role="img"/,
    );
    expect(packages.find((p) => p.lang === 'fr' && p.format === 'cmi5')?.zip).toMatch(
      /kitchen_safety-/,
    );
    expect(existsSync('dist/site/en/knives.html')).toBe(false); // the project's build untouched
  }, 90_000);

  it('builds a kit and pages that speak of kitchens, not of the burnout course', () => {
    const pages = [
      'facilitator.html',
      'facilitator/agendas.html',
      'facilitator/guide/knives.html',
      'facilitator/cards/knives.html',
      'en/knives.html',
      'fr/ovens.html',
    ];
    for (const page of pages) {
      const html = readFileSync(join(out, 'site', page), 'utf8');
      // The burnout course's session plans and its support block (`support: false` here).
      expect(html, page).not.toMatch(
        /burnout|épuisement|suicide|eleven weeks|half-day|team meeting/i,
      );
      expect(html, page).not.toContain('data-support');
    }
    const home = readFileSync(join(out, 'site/facilitator.html'), 'utf8');
    expect(home).toContain('Session plans</a>: 1 session for one module</li>');
  });
});
