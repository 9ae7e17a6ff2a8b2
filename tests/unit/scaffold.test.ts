import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ScaffoldError, scaffold } from '#scripts/scaffold/scaffold.ts';
import { checkContent } from '#src/course/check-content.ts';

const root = mkdtempSync(join(tmpdir(), 'scaffold-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
cpSync('tests/fixtures/valid/content', join(root, 'content'), { recursive: true });

function inCourse<T>(run: () => T): T {
  const saved = process.env.COURSE_CONTENT;
  process.env.COURSE_CONTENT = 'content';
  try {
    return run();
  } finally {
    if (saved === undefined) delete process.env.COURSE_CONTENT;
    else process.env.COURSE_CONTENT = saved;
  }
}

describe('npm run new', () => {
  it('creates a module, a scenario, a check and a tool that pass npm run check', () => {
    const said = inCourse(() => [
      ...scaffold(root, ['module', 'front-desk', 'At the front desk']),
      ...scaffold(root, ['scenario', 'front_desk', 'late_parcel']),
      ...scaffold(root, ['check', 'front_desk', 'desk_check']),
      ...scaffold(root, ['tool', 'front_desk', 'desk_words']),
    ]);
    expect(said).toContain('created  content/modules/02-front-desk/en.mdx');
    expect(said).toContain('created  content/modules/02-front-desk/scenarios/late_parcel.yaml');
    const course = parse(readFileSync(join(root, 'content/course.yaml'), 'utf8'));
    expect(course.modules).toEqual(['sample', 'front_desk']);
    const mdx = readFileSync(join(root, 'content/modules/02-front-desk/en.mdx'), 'utf8');
    expect(mdx).toContain('<RolePlay id="late_parcel" />');
    expect(mdx).toContain('<KnowledgeCheck id="desk_check" />');
    expect(mdx).toContain('<Tool id="desk_words" />');
    const checked = inCourse(() => checkContent(root));
    expect(checked.errors).toEqual([]);
    expect(checked.modules.map((m) => m.id)).toEqual(['sample', 'front_desk']);
  });

  it('refuses bad ids, unknown modules and duplicates in words', () => {
    const attempt = (args: string[]) => {
      try {
        inCourse(() => scaffold(root, args));
        return 'no error';
      } catch (error) {
        expect(error).toBeInstanceOf(ScaffoldError);
        return (error as Error).message;
      }
    };
    expect(attempt(['scenario', 'sample', 'Late-Parcel'])).toMatch(
      /lower-case letters, digits and _/,
    );
    expect(attempt(['check', 'nowhere', 'x'])).toMatch(/No module has the id "nowhere"/);
    expect(attempt(['module', 'sample'])).toMatch(/already lists a module "sample"/);
    expect(attempt(['scenario', 'sample', 'counter'])).toMatch(/exists already/);
    expect(attempt(['widget'])).toMatch(/^Usage: npm run new/);
  });
});
