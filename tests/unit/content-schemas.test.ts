import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { z } from 'zod';
import { authorErrorMap, formatContentError, toContentErrors } from '#src/schemas/author-errors.ts';
import { courseSchema } from '#src/schemas/course.ts';
import { knowledgeCheckSchema } from '#src/schemas/knowledge-check.ts';
import { moduleSchema } from '#src/schemas/module.ts';
import { toolSchema } from '#src/schemas/tool.ts';

function errors(schema: z.ZodType, file: string, yaml: string): string[] {
  const data = parse(yaml);
  const result = schema.safeParse(data, { error: authorErrorMap });
  return result.success ? [] : toContentErrors(file, result.error, data).map(formatContentError);
}

const course = `
id: demo
version: 1.0.0
title: { en: Demo }
organisation: Org
branding: { primary: "#123456", accent: "#654321" }
languages: [en]
modules: [intro]
tracking: { masteryScore: 80, completion: all_sections }
formats: [scorm12]
`;

describe('content schemas speak to authors', () => {
  it('accepts a valid course and fills defaults', () => {
    const parsed = courseSchema.parse(parse(course));
    expect(parsed.tracking.sendReflectionsToLms).toBe(false);
  });

  it('course.yaml: wrong colour, unknown format, mastery out of range, misspelt field', () => {
    const broken = course
      .replace('"#123456"', 'blue')
      .replace('[scorm12]', '[scorm3]')
      .replace('masteryScore: 80', 'masteryScore: 180')
      .replace('organisation:', 'organization:');
    expect(errors(courseSchema, 'content/course.yaml', broken)).toMatchInlineSnapshot(
      `
      [
        "content/course.yaml: organisation: is missing; add the text",
        "content/course.yaml: branding › primary: must be a six-digit hex colour, like "#1f5f8b"",
        "content/course.yaml: tracking › masteryScore: must be at most 100",
        "content/course.yaml: formats › #1: must be "scorm12", "scorm2004", "cmi5" or "web"",
        "content/course.yaml: (top level): has unknown field "organization"; remove or check ` +
        `the spelling",
      ]
    `,
    );
  });

  it('module frontmatter: missing title, bad id, too few objectives', () => {
    const fm = `
id: Intro Module
lever: dissatisfaction
summary: S
duration: 20
objectives: [Listen]
competencies: [{ id: listening, label: Listening }]
`;
    expect(errors(moduleSchema, 'content/modules/01-intro/en.mdx', fm)).toMatchInlineSnapshot(
      `
      [
        "content/modules/01-intro/en.mdx: id: must use only lowercase letters, digits and ` +
        `underscores, like "active_listening"",
        "content/modules/01-intro/en.mdx: title: is missing; add the text",
        "content/modules/01-intro/en.mdx: objectives: needs at least 3 objectives",
      ]
    `,
    );
  });

  it('knowledge check: two correct options and a missing feedback', () => {
    const check = `
id: check
title: Check
questions:
  - id: q1
    prompt: What first?
    options:
      - { id: a, text: A, correct: true, feedback: Yes }
      - { id: b, text: B, correct: true }
`;
    expect(
      errors(knowledgeCheckSchema, 'content/modules/01-intro/checks/check.yaml', check),
    ).toMatchInlineSnapshot(
      `
      [
        "content/modules/01-intro/checks/check.yaml: questions › q1 › options › b › feedback: ` +
        `is missing; add the text",
      ]
    `,
    );
  });

  it('tool: unknown type', () => {
    expect(
      errors(
        toolSchema,
        'content/modules/01-intro/tools/x.yaml',
        'id: x\ntype: quiz\ntitle: T\nintro: I\n',
      ),
    ).toMatchInlineSnapshot(
      `
      [
        "content/modules/01-intro/tools/x.yaml: type: type must be signs_tracker, paraphrase, ` +
        `boundary_builder, levels_explorer, breathing_pacer or self_assessment",
      ]
    `,
    );
  });
});
