/**
 * Content shared by the whole course rather than one module: the escalation ladder
 * (`content/shared/escalation/<lang>.yaml`) and the session plans (`content/sessions/*.yaml`).
 * Loaded and checked with the rest by `checkContent`, so `npm run check` reports them too.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentError } from '../schemas/author-errors.ts';
import { type Escalation, escalationSchema } from '../schemas/escalation.ts';
import { type Programme, planFileSchema, type SessionPlan } from '../schemas/session-plan.ts';
import { contentDir } from './content-dir.ts';
import { ContentLoader, type ModuleSource } from './load.ts';
import { componentTags } from './mdx-references.ts';
import { planProblems } from './plan-check.ts';

export interface SharedContent {
  /** The escalation ladder per language code. */
  escalation: Record<string, Escalation>;
  /** Session plans in file-name order, each with its file. */
  plans: Array<SessionPlan & { file: string }>;
  /** The programme(s) spreading the plans over weeks. */
  programmes: Array<Programme & { file: string }>;
}

export function loadShared(
  root: string,
  languages: string[],
  modules: ModuleSource[],
  errors: ContentError[],
  warnings: ContentError[],
): SharedContent {
  const loader = new ContentLoader(root);
  const base = join(root, contentDir());
  const escalation: Record<string, Escalation> = {};
  const ladderUsers = modules.flatMap((m) =>
    Object.values(m.text).filter((t) =>
      componentTags(t.body).some((tag) => tag.name === 'EscalationLadder'),
    ),
  );
  for (const lang of languages) {
    const path = join(base, 'shared', 'escalation', `${lang}.yaml`);
    if (existsSync(path)) {
      const data = loader.parseFile(path, escalationSchema);
      if (data) escalation[lang] = data;
    } else if (ladderUsers.length > 0)
      errors.push({
        file: loader.rel(path),
        at: '(file)',
        message:
          `is missing, but ${ladderUsers[0].file} shows <EscalationLadder />; add the ladder in ` +
          `${lang} (copy another language's file)`,
      });
  }
  const plans: SharedContent['plans'] = [];
  const programmes: SharedContent['programmes'] = [];
  for (const path of loader.yamlFiles(join(base, 'sessions'))) {
    const data = loader.parseFile(path, planFileSchema);
    if (data?.kind === 'session') plans.push({ ...data, file: loader.rel(path) });
    if (data?.kind === 'programme') programmes.push({ ...data, file: loader.rel(path) });
  }
  errors.push(...loader.errors);
  const found = planProblems(plans, programmes, modules);
  errors.push(...found.errors);
  warnings.push(...found.warnings);
  return { escalation, plans, programmes };
}
