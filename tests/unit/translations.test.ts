import { describe, expect, it } from 'vitest';
import { applyText, textKeys, translationGaps } from '#src/course/translations.ts';
import { loadScenario, SAMPLE_SCENARIO } from './helpers.ts';

const scenario = loadScenario(SAMPLE_SCENARIO);

describe('translations', () => {
  it('keys every text by ids, never by position, and leaves structure alone', () => {
    const keys = textKeys(scenario);
    expect(keys['nodes.open.text']).toBe('This kettle broke after a week!');
    expect(keys['nodes.open.choices.listen.feedback']).toBe('Good listening.');
    expect(keys['endings.end_good.lesson']).toBe('Listen first.');
    expect(Object.keys(keys).some((k) => /\.(next|rating|speaker|id)$/.test(k))).toBe(false);
  });

  it('applies a translation without touching the graph', () => {
    const fr = applyText(scenario, {
      'nodes.open.text': 'Cette bouilloire est tombée en panne après une semaine !',
    });
    expect(fr.nodes[0].text).toBe('Cette bouilloire est tombée en panne après une semaine !');
    expect(fr.nodes[0].choices![0].next).toBe(scenario.nodes[0].choices![0].next);
    expect(fr.nodes[1].text).toBe(scenario.nodes[1].text);
  });

  it('names missing and extra strings', () => {
    const strings: Record<string, string> = { ...textKeys(scenario), 'nodes.gone.text': 'x' };
    delete strings['nodes.second.choices.offer.feedback'];
    expect(translationGaps(scenario, strings)).toEqual({
      missing: ['nodes.second.choices.offer.feedback'],
      extra: ['nodes.gone.text'],
    });
  });
});

describe('translation check in npm run check', () => {
  it('reports the missing translation files and strings per language', async () => {
    const { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { checkContent } = await import('#src/course/check-content.ts');
    const root = mkdtempSync(join(tmpdir(), 'i18n-'));
    cpSync('tests/fixtures/valid/content', join(root, 'content'), { recursive: true });
    const course = join(root, 'content', 'course.yaml');
    writeFileSync(
      course,
      readFileSync(course, 'utf8')
        .replace('languages: [en]', 'languages: [en, fr]')
        .replace('title: { en: Sample course }', 'title: { en: Sample course, fr: Cours exemple }'),
    );
    const mod = join(root, 'content', 'modules', '01-sample');
    cpSync(join(mod, 'en.mdx'), join(mod, 'fr.mdx'));
    const strings = textKeys(scenario);
    delete strings['endings.end_bad.lesson'];
    writeFileSync(
      join(mod, 'scenarios', 'counter.fr.yaml'),
      `strings:\n${Object.entries({ ...strings, 'nodes.old.text': 'x' })
        .map(([k, v]) => `  ${k}: ${JSON.stringify(v)}`)
        .join('\n')}\n`,
    );
    const saved = process.env.COURSE_CONTENT;
    process.env.COURSE_CONTENT = 'content';
    const result = checkContent(root);
    process.env.COURSE_CONTENT = saved;
    if (saved === undefined) delete process.env.COURSE_CONTENT;
    rmSync(root, { recursive: true, force: true });
    const messages = result.errors.map(
      (e) => `${e.file.replace(/^.*content\//, 'content/')}: ${e.at}: ${e.message}`,
    );
    expect(messages).toContain(
      'content/modules/01-sample/scenarios/counter.fr.yaml: endings.end_bad.lesson: has no fr ' +
        'text; add it under strings',
    );
    expect(messages).toContain(
      'content/modules/01-sample/scenarios/counter.fr.yaml: nodes.old.text: matches nothing in ' +
        'the original; remove it or fix the key (an id may have changed)',
    );
    expect(
      messages.some((m) =>
        m.startsWith('content/modules/01-sample/checks/check.fr.yaml: (file): is missing'),
      ),
    ).toBe(true);
  });
});
