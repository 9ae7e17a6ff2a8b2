/**
 * Checks of a module's MDX text: it parses as the build parses it, holds no code or raw HTML,
 * uses only course components with literal attributes, valid and unique ids, and every
 * `<RolePlay>`, `<KnowledgeCheck>` and `<Tool>` names a file of the module.
 */
import type { ContentError } from '../schemas/author-errors.ts';
import { authorErrorMap } from '../schemas/author-errors.ts';
import { idSchema } from '../schemas/id.ts';
import type { ModuleSource } from './load.ts';
import { COMPONENTS, type ComponentTag, idsOf, readModuleText } from './mdx-references.ts';

const NEEDS_ID = ['Section', 'Reflection', 'RolePlay', 'KnowledgeCheck', 'Tool'];
const FILES = { RolePlay: 'scenarios', KnowledgeCheck: 'checks', Tool: 'tools' } as const;

const duplicates = (ids: string[]) => [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];

export function checkModuleText(
  module: ModuleSource,
  errors: ContentError[],
  warnings: ContentError[],
) {
  const referenced = {
    RolePlay: new Set<string>(),
    KnowledgeCheck: new Set<string>(),
    Tool: new Set<string>(),
  };
  const files = { RolePlay: module.scenarios, KnowledgeCheck: module.checks, Tool: module.tools };
  const firstMeta = Object.values(module.text)[0].meta;
  for (const text of Object.values(module.text)) {
    const { tags, problems } = readModuleText(text.body);
    const place = (line: number, column: number) => ({ line: line + text.bodyLine - 1, column });
    const error = (tag: ComponentTag, message: string) =>
      errors.push({ file: text.file, at: '', ...place(tag.line, tag.column), message });
    for (const p of problems)
      errors.push({ file: text.file, at: '', ...place(p.line, p.column), message: p.message });
    if (text.meta.id !== firstMeta.id)
      errors.push({
        file: text.file,
        at: 'id',
        message:
          `is "${text.meta.id}" but another language says "${firstMeta.id}"; ids are the same in ` +
          `every language`,
      });
    for (const tag of tags) {
      if (!(COMPONENTS as readonly string[]).includes(tag.name)) {
        error(tag, `<${tag.name}> is not a course component; use one of ${COMPONENTS.join(', ')}`);
        continue;
      }
      const id = tag.attributes.id;
      if (NEEDS_ID.includes(tag.name) && id === undefined) {
        if (!tag.unreadable.includes('id')) error(tag, `<${tag.name}> needs an id="..."`);
      } else if (id !== undefined) {
        const valid = idSchema.safeParse(id, { error: authorErrorMap });
        if (!valid.success) {
          error(tag, `<${tag.name} id="${id}">: the id ${valid.error.issues[0].message}`);
          continue;
        }
      }
      if (tag.name === 'Reflection' && !tag.attributes.prompt)
        error(tag, '<Reflection> needs a prompt="..."');
      if (tag.name in referenced && id) {
        const name = tag.name as keyof typeof referenced;
        referenced[name].add(id);
        // A file that failed its schema is reported once, there; not again as missing here.
        const failed = module.failed[FILES[name]].includes(id);
        if (!failed && !files[name].some((f) => f.id === id)) {
          const known = files[name].map((f) => f.id).join(', ') || 'none yet';
          error(tag, `<${name} id="${id}"> names no file in this module (known: ${known})`);
        }
      }
    }
    if (problems.length === 0 && idsOf(tags, 'Section').length === 0)
      errors.push({
        file: text.file,
        at: 'body',
        message: 'has no <Section>; wrap the text in sections',
      });
    for (const name of ['Section', 'Reflection']) {
      for (const id of duplicates(idsOf(tags, name))) {
        const second = tags.filter((t) => t.name === name && t.attributes.id === id)[1];
        error(second, `<${name} id="${id}">: this id is used twice; give each its own id`);
      }
    }
  }
  for (const [name, list] of Object.entries(files)) {
    for (const file of list) {
      if (!referenced[name as keyof typeof referenced].has(file.id))
        warnings.push({
          file: file.file,
          at: 'id',
          message: `"${file.id}" is not used by any <${name}> in the module text`,
        });
    }
    for (const id of duplicates(list.map((f) => f.id)))
      errors.push({
        file: `content/modules/${module.folder}`,
        at: id,
        message: `two ${name} files have the id "${id}"; rename one`,
      });
  }
}
