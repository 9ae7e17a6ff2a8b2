/**
 * `npm run check` as a hostile author tries it (issue 11): each case of tests/fixtures/broken-cases
 * is laid over a copy of the valid fixture course, and the whole report is pinned. Every bad input
 * gives one clear error with the file, the place and the fix; no input crashes the checker.
 */
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { checkContent } from '#src/course/check-content.ts';
import { stateProblems } from '#src/course/state-budget.ts';
import { STRUCTURE } from '#src/course/translations.ts';
import { formatContentError } from '#src/schemas/author-errors.ts';
import type { Scenario } from '#src/schemas/scenario.ts';
import { chain, lattice } from './validation-scenarios.ts';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** The errors `npm run check` prints for the valid course with a case laid over it. */
function check(
  name: string | null,
  scenario?: Scenario,
  change?: (root: string) => void,
): string[] {
  const root = mkdtempSync(join(tmpdir(), 'case-'));
  roots.push(root);
  cpSync('tests/fixtures/valid/content', join(root, 'content'), { recursive: true });
  if (name)
    cpSync(`tests/fixtures/broken-cases/${name}`, join(root, 'content'), { recursive: true });
  if (scenario)
    writeFileSync(
      join(root, 'content/modules/01-sample/scenarios/counter.yaml'),
      stringify({ ...scenario, id: 'counter' }),
    );
  change?.(root);
  const saved = process.env.COURSE_CONTENT;
  process.env.COURSE_CONTENT = 'content';
  try {
    return checkContent(root).errors.map(formatContentError);
  } finally {
    if (saved === undefined) delete process.env.COURSE_CONTENT;
    else process.env.COURSE_CONTENT = saved;
  }
}

describe('the valid fixture course', () => {
  it('passes', () => expect(check(null)).toEqual([]));
});

describe('big role-plays: a verdict, never a crash', () => {
  it('2. a 13 × 4 lattice whose last choices are impossible: stuck, found fast', () => {
    expect(check(null, lattice(13, 4, 4, true))).toMatchInlineSnapshot(
      `
      [
        "content/modules/01-sample/scenarios/counter.yaml: l12_0: offers no choice when tension ` +
        `is 0 (every condition is false); add a choice without a condition",
        "content/modules/01-sample/scenarios/counter.yaml: l12_1: offers no choice when tension ` +
        `is 0 (every condition is false); add a choice without a condition",
        "content/modules/01-sample/scenarios/counter.yaml: l12_2: offers no choice when tension ` +
        `is 10 (every condition is false); add a choice without a condition",
        "content/modules/01-sample/scenarios/counter.yaml: end0: no play-through reaches this ` +
        `ending once conditions and thresholds apply; relax a condition or delete the ending",
        "content/modules/01-sample/scenarios/counter.yaml: end1: no play-through reaches this ` +
        `ending once conditions and thresholds apply; relax a condition or delete the ending",
      ]
    `,
    );
  });
  it(
    'a 1,000-node lattice of 3 choices gets a real verdict, not the old 4-character choice-key ' +
      'collision',
    () => {
      const errors = check(null, lattice(200, 10, 3, false, 1000));
      expect(errors.filter((e) => e.includes('share a saved-state key'))).toEqual([]);
      expect(errors).toMatchInlineSnapshot(`[]`);
    },
  );
  it('1. a 1,100-node chain: no stack overflow; over the 1,024 budget, it is refused', () => {
    expect(check(null, chain(1100))).toMatchInlineSnapshot(
      `
      [
        "content/modules/01-sample/en.mdx: module sample: its worst-case saved state is 1,147 ` +
        `characters, over the course's budget of 1,024 (SCORM 1.2 keeps 4,096); most of it is ` +
        `the role-play "counter" (content/modules/01-sample/scenarios/counter.yaml), whose ` +
        `longest path has 1100 steps: shorten that path (fewer steps between the start and an ` +
        `ending) or split it into two role-plays",
      ]
    `,
    );
  });
  it(
    "3. a 5,000-step role-play: over SCORM 1.2's 4,096, refused naming module, scenario and " +
      'fix',
    () => {
      const { course, modules } = checkContent('tests/fixtures/valid');
      const [module] = modules;
      const file = module.scenarios[0].file;
      const big = { ...module, scenarios: [{ ...chain(5000), id: 'counter', file }] };
      expect(stateProblems(course!, big).map(formatContentError)).toMatchInlineSnapshot(
        `
      [
        "content/modules/01-sample/en.mdx: module sample: its worst-case saved state is 5,047 ` +
          `characters, over SCORM 1.2's limit of 4,096; most of it is the role-play "counter" ` +
          `(content/modules/01-sample/scenarios/counter.yaml), whose longest path has 5000 ` +
          `steps: shorten that path (fewer steps between the start and an ending) or split it ` +
          `into two role-plays",
      ]
    `,
      );
    },
  );
});

describe('module text (MDX) is read by the real parser', () => {
  it('4. an unclosed component: file:line:column and the fix', () => {
    expect(check('04-mdx-unclosed')).toMatchInlineSnapshot(
      `
      [
        "content/modules/01-sample/en.mdx:23:1: is not valid MDX: Unexpected closing tag ` +
        `\`</Section>\`, expected corresponding closing tag for \`<KeyIdea>\`; close each ` +
        `component with its own closing tag (<Section …> … </Section>), innermost first",
      ]
    `,
    );
  });
  it('4. a stray "{"', () => {
    expect(check('04-mdx-stray-brace')).toMatchInlineSnapshot(
      `
      [
        "content/modules/01-sample/en.mdx:17:15: is not valid MDX: Unexpected end of file in ` +
        `expression, expected a corresponding closing brace for \`{\`; a "{" starts code in ` +
        `MDX; write \\{ for a literal brace, or remove it",
      ]
    `,
    );
  });
  it('5. raw HTML, javascript: and data: links are refused, each with its line', () => {
    expect(check('05-raw-html')).toMatchInlineSnapshot(
      `
      [
        "content/modules/01-sample/en.mdx:17:16: <script> is raw HTML, which module text does ` +
        `not allow; use a course component (Section, KeyIdea, Callout, RolePlay, ` +
        `KnowledgeCheck, Reflection, Tool, JobAid, EscalationLadder) or Markdown (**bold**, ` +
        `_italic_, [text](https://…), lists)",
        "content/modules/01-sample/en.mdx:19:1: <img> is raw HTML, which module text does not ` +
        `allow; use a course component (Section, KeyIdea, Callout, RolePlay, KnowledgeCheck, ` +
        `Reflection, Tool, JobAid, EscalationLadder) or Markdown (**bold**, _italic_, ` +
        `[text](https://…), lists)",
        "content/modules/01-sample/en.mdx:21:5: <a> is raw HTML, which module text does not ` +
        `allow; use a course component (Section, KeyIdea, Callout, RolePlay, KnowledgeCheck, ` +
        `Reflection, Tool, JobAid, EscalationLadder) or Markdown (**bold**, _italic_, ` +
        `[text](https://…), lists)",
        "content/modules/01-sample/en.mdx:21:45: the link target "javascript:alert(1)" runs ` +
        `code or embeds data; link to an https:// address or a file of the course",
        "content/modules/01-sample/en.mdx:21:77: the link target ` +
        `"data:text/html;base64,PHNjcmlwdD4=" runs code or embeds data; link to an https:// ` +
        `address or a file of the course",
      ]
    `,
    );
  });
  it('6. ">" inside an attribute and single quotes are fine; id={"x"} is code, refused', () => {
    expect(check('06-attributes')).toMatchInlineSnapshot(
      `
      [
        "content/modules/01-sample/en.mdx:23:1: <RolePlay> id={"counter"} is code; attributes ` +
        `must be literal text: write id="counter"",
      ]
    `,
    );
  });
  it('11. a section id that is not an id is refused (resume would throw on it)', () => {
    expect(check('11-section-id')).toMatchInlineSnapshot(
      `
      [
        "content/modules/01-sample/en.mdx:22:1: <Section id="part:two">: the id must use only ` +
        `lowercase letters, digits and underscores, like "active_listening"",
      ]
    `,
    );
  });
});

describe('one error per cause, in the right file', () => {
  it('7. a scenario that fails its schema is not also reported as missing from the MDX', () => {
    expect(check('07-schema-error-once')).toMatchInlineSnapshot(
      `
      [
        "content/modules/01-sample/scenarios/counter.yaml: duration: must be a number; fix its ` +
        `value",
      ]
    `,
    );
  });
});

describe('accepted-but-wrong content is refused', () => {
  it('8. the same choice id in two nodes of a scenario', () => {
    expect(check('08-choice-id-twice')).toMatchInlineSnapshot(
      `
      [
        "content/modules/01-sample/scenarios/counter.yaml: nodes › second › choices › listen › ` +
        `id: "listen" is already the id of a choice at node "open"; choice ids must be unique ` +
        `in a scenario (saved steps and the LMS name a choice by its id); rename one",
      ]
    `,
    );
  });
  it('9. two options with the same id in one question', () => {
    expect(check('09-option-id-twice')).toMatchInlineSnapshot(
      `
      [
        "content/modules/01-sample/checks/check.yaml: questions › first_reply › options › ` +
        `listen › id: "listen" is already the id of option 1; option ids must be unique in a ` +
        `question (the LMS grades an answer by its id); rename one",
      ]
    `,
    );
  });
  it('10. a logo outside content/', () => {
    expect(check('10-logo-outside')).toMatchInlineSnapshot(
      `
      [
        "content/course.yaml: branding › logo: "../../somewhere.svg" is outside the content ` +
        `folder; every file the course uses lives there (e.g. brand/logo.svg), so move the ` +
        `image in and fix the path",
      ]
    `,
    );
  });
  it('10. a content file that is a link to a file outside content/', () => {
    const outside = join(mkdtempSync(join(tmpdir(), 'outside-')), 'secret.yaml');
    writeFileSync(outside, 'id: secret\n');
    roots.push(outside);
    const link = (dir: string) =>
      symlinkSync(outside, join(dir, 'content/modules/01-sample/scenarios/linked.yaml'));
    expect(check(null, undefined, link)).toMatchInlineSnapshot(
      `
      [
        "content/modules/01-sample/scenarios/linked.yaml: (file): is a link to a file outside ` +
        `the content folder; copy the file in instead",
      ]
    `,
    );
  });
  it('12. a language with content files but no interface strings', () => {
    const errors = check('12-language-no-ui');
    expect(errors).toHaveLength(1);
    expect(
      errors[0].replace(/ for \d+ key\(s\): [^;]+;/, ' for N key(s): …;'),
    ).toMatchInlineSnapshot(
      `"content/course.yaml: languages: "de" has no interface strings for N key(s): …; copy ` +
        `src/i18n/fr.ts and src/i18n/fr/ to src/i18n/de.ts and src/i18n/de/, translate them and ` +
        `add it to \`ui\` in src/i18n/ui.ts, or remove "de""`,
    );
    expect(errors[0]).toContain('resumeBanner');
  });
  it('13. two tool items with one id (they would share storage)', () => {
    expect(check('13-tool-item-twice')).toMatchInlineSnapshot(
      `
      [
        "content/modules/01-sample/tools/signs.yaml: signs › tired › id: "tired" is already the ` +
        `id of signs item 1; ids must be unique in a tool (each item keeps its own answers ` +
        `under its id); rename one",
      ]
    `,
    );
  });
});

describe('14. messages that were vague', () => {
  it('choices: []', () => {
    expect(check('14-empty-choices')).toMatchInlineSnapshot(
      `
      [
        "content/modules/01-sample/scenarios/counter.yaml: nodes › second › choices: is empty; ` +
        `add at least one choice; or remove "choices" and give the node a "next" (where ` +
        `Continue leads)",
      ]
    `,
    );
  });
  it('bad YAML indentation', () => {
    expect(check('14-yaml-indent')).toMatchInlineSnapshot(
      `
      [
        "content/modules/01-sample/checks/check.yaml:10:1: is not valid YAML (at "prompt: The ` +
        `customer calms. Next?"): something is missing here: a "- " before a list item, a ` +
        `closing quote or bracket, or the indentation is off (the fields of one item start ` +
        `in the same column)",
      ]
    `,
    );
  });
  it('start pointing at an ending', () => {
    expect(check('14-start-at-ending')).toMatchInlineSnapshot(
      `
      [
        "content/modules/01-sample/scenarios/counter.yaml: start: "end_good" is an ending, so ` +
        `the role-play would end before it begins; set start to the id of the first node",
      ]
    `,
    );
  });
});

describe('one source for each rule', () => {
  it('the fields never translated are read from the schemas, not listed by hand', () => {
    expect([...STRUCTURE].sort().join(', ')).toMatchInlineSnapshot(
      `"character, competencies, condition, file, good, goto, id, kind, mode, next, outcome, ` +
        `rating, role, speaker, start, type, when"`,
    );
  });
});
