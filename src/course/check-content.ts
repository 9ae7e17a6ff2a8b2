/**
 * Cross-file checks of the content graph (Adapt-style integrity): modules listed in course.yaml
 * exist, MDX components point at real files, ids are unique, nothing is orphaned, scenarios pass
 * the graph validator, and the saved-state keys of a module do not collide.
 */

import { cardProblems } from '../facilitator/role-cards.ts';
import { validateScenario } from '../roleplay/validate.ts';
import type { ContentError } from '../schemas/author-errors.ts';
import { keyCollisions } from '../tracking/short-key.ts';
import { brandProblems } from './brand-contrast.ts';
import { checkModuleText } from './check-module-text.ts';
import { cueProblems } from './cue-check.ts';
import { figureProblems } from './figure-check.ts';
import { languageProblems } from './languages.ts';
import { leverProblems } from './lever-check.ts';
import { type LoadedContent, loadContent, type ModuleSource } from './load.ts';
import { loadShared, type SharedContent } from './load-shared.ts';
import { logoProblems } from './logo.ts';
import { componentTags, idsOf } from './mdx-references.ts';
import { stateProblems } from './state-budget.ts';
import { supportWarnings } from './support-check.ts';
import { translationGaps } from './translations.ts';

export interface CheckResult extends LoadedContent, SharedContent {
  warnings: ContentError[];
}

function duplicates(ids: string[]): string[] {
  return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
}

function checkScenarios(module: ModuleSource, errors: ContentError[], warnings: ContentError[]) {
  const competencies = Object.values(module.text)[0].meta.competencies.map((c) => c.id);
  for (const scenario of module.scenarios) {
    for (const p of validateScenario(scenario, competencies))
      errors.push({ file: scenario.file, at: p.at, message: p.message });
    for (const p of cardProblems(scenario))
      (p.warning ? warnings : errors).push({ file: scenario.file, at: p.at, message: p.message });
    // No key check for choices: codec v2 saves a step as its position among the node's choices.
  }
}

function checkKeys(module: ModuleSource, errors: ContentError[]) {
  const text = Object.values(module.text)[0];
  const scopes: Array<[string, string[]]> = [
    ['section', idsOf(componentTags(text.body), 'Section')],
    ['question', module.checks.flatMap((c) => c.questions.map((q) => q.id))],
    ['scenario', module.scenarios.map((s) => s.id)],
    ...module.checks.flatMap((c) =>
      c.questions.map((q): [string, string[]] => [`option of ${q.id}`, q.options.map((o) => o.id)]),
    ),
  ];
  for (const [scope, ids] of scopes) {
    for (const [a, b] of keyCollisions(ids))
      errors.push({
        file: text.file,
        at: b,
        message: `${scope} ids "${a}" and "${b}" share a saved-state key; rename one slightly`,
      });
  }
  for (const id of duplicates(module.checks.flatMap((c) => c.questions.map((q) => q.id)))) {
    errors.push({
      file: text.file,
      at: id,
      message:
        'two questions of this module share this id; question ids must be unique in a module',
    });
  }
}

/**
 * The guide page gives facilitator.md its title, so a `#` heading in the notes would be a second
 * <h1>.
 */
function checkNotes(module: ModuleSource, warnings: ContentError[]) {
  let fenced = false;
  (module.facilitatorNotes ?? '').split('\n').forEach((line, i) => {
    if (/^(```|~~~)/.test(line)) fenced = !fenced;
    else if (!fenced && /^# /.test(line))
      warnings.push({
        file: Object.values(module.text)[0].file.replace(/[^/\\]+$/, 'facilitator.md'),
        at: `line ${i + 1}`,
        message:
          'is a "#" heading, but the guide page already has the title; make it "##" or remove it',
      });
  });
}

/**
 * Every language after the first needs every string of every scenario, check and tool, and no more.
 */
function checkTranslations(module: ModuleSource, languages: string[], errors: ContentError[]) {
  for (const lang of languages.slice(1)) {
    for (const [sub, items] of [
      ['scenarios', module.scenarios],
      ['checks', module.checks],
      ['tools', module.tools],
    ] as const) {
      for (const item of items) {
        const file = item.file.replace(/\.ya?ml$/, `.${lang}.yaml`);
        const strings = module.translations[sub]?.[item.id]?.[lang];
        if (!strings) {
          errors.push({
            file,
            at: '(file)',
            message:
              `is missing: the ${lang} text of "${item.id}" (copy the keys from an existing ` +
              `translation or run the key list in src/course/translations.ts)`,
          });
          continue;
        }
        const { missing, extra } = translationGaps(item, strings);
        for (const key of missing)
          errors.push({ file, at: key, message: `has no ${lang} text; add it under strings` });
        for (const key of extra)
          errors.push({
            file,
            at: key,
            message:
              'matches nothing in the original; remove it or fix the key (an id may have changed)',
          });
      }
    }
  }
}

export function checkContent(root: string): CheckResult {
  const loaded = loadContent(root);
  const errors = [...loaded.errors];
  const warnings: ContentError[] = [];
  const course = loaded.course;
  if (course) {
    for (const id of course.modules) {
      if (!loaded.modules.some((m) => m.id === id))
        errors.push({
          file: 'content/course.yaml',
          at: 'modules',
          message: `"${id}" matches no module; check the id in the module's frontmatter`,
        });
    }
    for (const id of duplicates(course.modules))
      errors.push({
        file: 'content/course.yaml',
        at: 'modules',
        message: `"${id}" is listed twice`,
      });
    errors.push(
      ...logoProblems(root, course),
      ...brandProblems(course),
      ...languageProblems(course),
    );
    errors.push(...leverProblems(course, loaded.modules), ...figureProblems(course));
    warnings.push(...supportWarnings(course));
  }
  for (const id of loaded.unlisted)
    warnings.push({
      file: 'content/course.yaml',
      at: 'modules',
      message: `module "${id}" exists but is not listed, so it is not built`,
    });
  const checkModule = (module: ModuleSource, errors: ContentError[]) => {
    const before = errors.length;
    checkModuleText(module, errors, warnings);
    checkScenarios(module, errors, warnings);
    checkKeys(module, errors);
    checkNotes(module, warnings);
    if (course) checkTranslations(module, course.languages, errors);
    // The state bound needs a graph that passed its checks (no loop, every reference known).
    if (course && errors.length === before) errors.push(...stateProblems(course, module));
  };
  for (const module of loaded.modules) checkModule(module, errors);
  for (const { error, ...p } of cueProblems(loaded.modules, course))
    (error ? errors : warnings).push(p);
  // An unlisted module is a draft: its problems are reported but do not stop the build.
  for (const module of loaded.drafts) {
    const problems: ContentError[] = [];
    checkModule(module, problems);
    warnings.push(
      ...problems.map((p) => ({
        ...p,
        message: `${p.message} (draft: not built until listed in course.yaml)`,
      })),
    );
  }
  const shared = loadShared(root, course?.languages ?? ['en'], loaded.modules, errors, warnings);
  return { ...loaded, ...shared, errors, warnings };
}
