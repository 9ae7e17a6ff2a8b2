import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { checkContent } from '#src/course/check-content.ts';
import { textKeys } from '#src/course/translations.ts';
import { buildCourse, scratchCourse, withContent } from './fixture-course.ts';

const translated = scratchCourse('fr', 'tests/fixtures/valid/content');
const { content, out } = translated;
const first = scratchCourse('fr-first');
const { content: frenchFirst, out: outFirst } = first;
afterAll(() => {
  translated.remove();
  first.remove();
});

const frenchCourse = () => withContent(content, makeFrench);

function makeFrench() {
  const [module] = checkContent(process.cwd()).modules;
  const translate = (item: { file: string }) => {
    const strings = Object.fromEntries(
      Object.entries(textKeys(item)).map(([k, v]) => [k, `[fr] ${v}`]),
    );
    writeFileSync(item.file.replace(/\.ya?ml$/, '.fr.yaml'), stringify({ strings }));
  };
  [...module.scenarios, ...module.checks, ...module.tools].forEach(translate);
  const mdx = readFileSync(join(content, 'modules/01-sample/en.mdx'), 'utf8');
  writeFileSync(
    join(content, 'modules/01-sample/fr.mdx'),
    mdx.replace('Some **text**.', 'Un peu de **texte**.'),
  );
  const course = join(content, 'course.yaml');
  writeFileSync(
    course,
    readFileSync(course, 'utf8')
      .replace('languages: [en]', 'languages: [en, fr]')
      .replace('title: { en: Sample course }', 'title: { en: Sample course, fr: Cours exemple }')
      .replace('formats: [scorm12, scorm2004]', 'formats: [scorm12, scorm2004, cmi5]'),
  );
  return checkContent(process.cwd());
}

describe('a translated course', () => {
  it('passes the check, then builds French pages and French packages of every format', () => {
    const checked = frenchCourse();
    expect(checked.errors).toEqual([]);
    const run = buildCourse(content, out);
    expect(run.stderr).not.toMatch(/error/i);
    expect(run.status).toBe(0);
    const page = readFileSync(join(out, 'site/fr/sample.html'), 'utf8');
    expect(page).toContain('<html lang="fr"');
    expect(page).toContain('Un peu de <strong>texte</strong>.');
    expect(page).toContain('Continuer'); // the interface speaks French
    expect(page).toContain('[fr] This kettle broke after a week!'); // and so does the role-play
    const packages = JSON.parse(
      readFileSync(join(out, 'packages/packages.json'), 'utf8'),
    ) as Array<{ lang: string; format: string }>;
    expect(
      packages
        .filter((p) => p.lang === 'fr')
        .map((p) => p.format)
        .sort(),
    ).toEqual(['cmi5', 'cmi5', 'scorm12', 'scorm12', 'scorm2004', 'scorm2004']);
    expect(existsSync('dist/site/fr')).toBe(false); // the project's own build was not touched
  }, 60_000);

  it('in French only, builds the facilitator kit, the home page and the maps in French', () => {
    cpSync('tests/fixtures/valid/content', frenchFirst, { recursive: true });
    const module = join(frenchFirst, 'modules/01-sample');
    writeFileSync(join(module, 'fr.mdx'), readFileSync(join(module, 'en.mdx'), 'utf8'));
    rmSync(join(module, 'en.mdx'));
    const course = join(frenchFirst, 'course.yaml');
    writeFileSync(
      course,
      readFileSync(course, 'utf8')
        .replace('languages: [en]', 'languages: [fr]')
        .replace('title: { en: Sample course }', 'title: { fr: Cours exemple }'),
    );
    const run = buildCourse(frenchFirst, outFirst);
    expect(run.stderr).not.toMatch(/error/i);
    expect(run.status).toBe(0);
    const page = (path: string) => readFileSync(join(outFirst, 'site', path), 'utf8');
    expect(page('facilitator.html')).toContain('<html lang="fr"');
    expect(page('facilitator.html')).toContain('<h1>Kit d’animation</h1>');
    expect(page('facilitator/agendas.html')).toContain('<h1>Déroulés de séance</h1>');
    expect(page('facilitator/cards/sample.html')).toContain('Grille d’observation');
    expect(page('facilitator/play/counter.html')).toContain('Raccourcis clavier');
    expect(page('index.html')).toContain('Pour les animateurs et les équipes formation');
    expect(page('fr/maps/sample.html')).toContain('Cartes des scénarios');
  }, 60_000);
});
