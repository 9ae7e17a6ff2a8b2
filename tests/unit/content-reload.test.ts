import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { courseContent } from '#src/course/content.ts';

const root = mkdtempSync(join(tmpdir(), 'reload-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
cpSync('tests/fixtures/valid/content', join(root, 'content'), { recursive: true });

it('reads the content again after a scenario file changes (live preview under npm run dev)', () => {
  const saved = process.env.COURSE_CONTENT;
  process.env.COURSE_CONTENT = 'content';
  try {
    const text = (c: ReturnType<typeof courseContent>) => c.modules[0].scenarios[0].nodes[0].text;
    const first = courseContent(root);
    expect(courseContent(root)).toBe(first); // unchanged content is not loaded twice
    const file = join(root, 'content/modules/01-sample/scenarios/counter.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('broke after a week', 'broke today'));
    expect(text(courseContent(root))).toBe('This kettle broke today!');
  } finally {
    if (saved === undefined) delete process.env.COURSE_CONTENT;
    else process.env.COURSE_CONTENT = saved;
  }
});
