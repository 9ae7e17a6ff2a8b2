import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkContent } from '#src/course/check-content.ts';
import { componentTags } from '#src/course/mdx-references.ts';
import { supportWarnings } from '#src/course/support-check.ts';
import { supportLines } from '#src/course/support-lines.ts';
import { t } from '#src/i18n/ui.ts';
import type { Course } from '#src/schemas/course.ts';
import { supportSchema } from '#src/schemas/support.ts';
import { buildCourse, checkCourse, scratchCourse } from './fixture-course.ts';

const result = checkContent(process.cwd());
const course = result.course!;
const SUPPORT = {
  assistance: { name: 'Harbour Wellbeing Line', contact: '0800 555 0199, 24 hours' },
  crisisLine: 'Crisis line 0800 555 0100',
  occupationalHealth: 'ext. 4400',
  emergency: '112',
  note: 'Ask at reception for the quiet room.',
};

describe('the support check', () => {
  it('warns on the real course while support: is unset, naming every field to add', () => {
    expect(result.warnings.filter((w) => w.at === 'support')).toEqual([
      expect.objectContaining({
        file: 'content/course.yaml',
        message: expect.stringContaining(
          'add assistance, crisisLine, occupationalHealth, emergency',
        ),
      }),
    ]);
  });

  it('names only what is missing, and is silent once the four contacts are set', () => {
    const partial = { ...course, support: { emergency: '999' } } as Course;
    expect(supportWarnings(partial)[0].at).toBe(
      'support › assistance, crisisLine, occupationalHealth',
    );
    expect(supportWarnings({ ...course, support: SUPPORT })).toEqual([]);
  });

  it('the commented example in course.yaml is valid once uncommented', () => {
    const yaml = readFileSync('content/course.yaml', 'utf8');
    const block = yaml.slice(yaml.indexOf('# support:'));
    const lines = block
      .split('\n')
      .filter((l) => /^# {0,3}\S/.test(l))
      .slice(0, 6);
    const parsed = parse(lines.map((l) => l.replace(/^# ?/, '')).join('\n'));
    expect(supportSchema.safeParse(parsed.support).success).toBe(true);
  });

  it('says the organisation’s contacts when set, and neutral wording when not', () => {
    const neutral = supportLines(undefined, 'en');
    expect(neutral.urgent).toContain(t('en', 'supportEmergencyNeutral'));
    expect(neutral.lines).toContain(t('en', 'supportAssistanceNeutral'));
    const set = supportLines(SUPPORT, 'fr');
    expect(set.urgent).toContain('112');
    expect(set.lines.join(' ')).toContain('Harbour Wellbeing Line, 0800 555 0199, 24 hours');
    expect(set.lines.join(' ')).toContain('Crisis line 0800 555 0100');
    expect(set.note).toBe(SUPPORT.note);
  });
});

describe('the escalation ladder', () => {
  it('is one file, shown by a component in dissatisfaction, incivility and managers', () => {
    const ladder = result.escalation.en;
    expect(ladder.steps.map((s) => s.id)).toEqual([
      'situation',
      'name_behaviour',
      'warning',
      'end_contact',
    ]);
    expect(ladder.atOnce.text).toMatch(/threats/i);
    expect(ladder.atOnce.text).toMatch(/hate/i);
    expect(ladder.atOnce.text).toMatch(/harassment/i);
    expect(ladder.safety.points.join(' ')).toMatch(/alarm/i);
    expect(ladder.safety.points.join(' ')).toMatch(/alone/i);
    const users = result.modules
      .filter((m) => componentTags(m.text.en.body).some((c) => c.name === 'EscalationLadder'))
      .map((m) => m.id);
    expect(users).toEqual(['dissatisfaction', 'incivility', 'managers']);
  });

  it('no module text restates the steps instead of showing the ladder', () => {
    for (const m of result.modules) {
      const prose = m.text.en.body.replace(/<EscalationLadder[^>]*>/g, '');
      expect({ id: m.id, restated: /end (it )?at once|a clear warning/i.test(prose) }).toEqual({
        id: m.id,
        restated: false,
      });
    }
  });

  it('npm run check says which file is missing when a module shows the ladder without one', () => {
    const dir = `content-tmp/ladder-${process.pid}/content`;
    cpSync('tests/fixtures/valid/content', dir, { recursive: true });
    const mdx = join(dir, 'modules/01-sample/en.mdx');
    writeFileSync(mdx, readFileSync(mdx, 'utf8').replace('Some **text**.', '<EscalationLadder />'));
    try {
      const errors = checkCourse(dir).errors;
      expect(errors).toContainEqual(
        expect.objectContaining({
          file: `${dir}/shared/escalation/en.yaml`,
          message: expect.stringContaining('shows <EscalationLadder />'),
        }),
      );
    } finally {
      rmSync(`content-tmp/ladder-${process.pid}`, { recursive: true, force: true });
    }
  });
});

describe('the built pages', () => {
  const scratch = scratchCourse('support');
  const { content, out } = scratch;
  afterAll(() => scratch.remove());

  it('show the organisation’s support in every job aid, module end, the signs tool and every ' +
    'guide', () => {
    cpSync('content', content, { recursive: true });
    const file = join(content, 'course.yaml');
    const support =
      `support:\n  assistance: { name: ` +
      `"${SUPPORT.assistance.name}", contact: ` +
      `"${SUPPORT.assistance.contact}" }\n  crisisLine: ` +
      `"${SUPPORT.crisisLine}"\n  occupationalHealth: ` +
      `"${SUPPORT.occupationalHealth}"\n  emergency: "112"\n`;
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^formats:/m, `${support}formats:`));
    const run = buildCourse(content, out);
    expect(run.status).toBe(0);
    const name = SUPPORT.assistance.name;
    for (const m of result.modules) {
      const page = readFileSync(join(out, `site/en/${m.id}.html`), 'utf8');
      const aids = page.split('<article class="job-aid"').slice(1);
      expect(aids.length).toBeGreaterThanOrEqual(1);
      for (const aid of aids) {
        const card = aid.slice(0, aid.indexOf('</article>'));
        expect({ module: m.id, support: card.includes(name) && card.includes('112') }).toEqual({
          module: m.id,
          support: true,
        });
      }
      const end = page.slice(page.indexOf('id="support-module-end"'));
      expect({ module: m.id, end: end.slice(0, 2000).includes(name) }).toEqual({
        module: m.id,
        end: true,
      });
      const guide = readFileSync(join(out, `site/facilitator/guide/${m.id}.html`), 'utf8');
      expect({ module: m.id, guide: guide.includes(name) }).toEqual({ module: m.id, guide: true });
    }
    const foundations = readFileSync(join(out, 'site/en/foundations.html'), 'utf8');
    const tool = foundations.slice(foundations.indexOf('<signs-tracker'));
    expect(tool.slice(0, tool.indexOf('</signs-tracker>'))).toContain(name);
    const incivility = readFileSync(join(out, 'site/en/incivility.html'), 'utf8');
    for (const step of result.escalation.en.steps) expect(incivility).toContain(step.title);
  }, 120_000);
});
