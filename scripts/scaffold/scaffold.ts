/** What `npm run new` does, as a function the tests call on a temporary course. */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, parseDocument } from 'yaml';
import { contentDir } from '#src/course/content-dir.ts';
import { splitFrontmatter } from '#src/course/mdx-references.ts';
import { checkYaml, moduleMdx, scenarioYaml, toolYaml } from './templates.ts';

export class ScaffoldError extends Error {}

const USAGE =
  'Usage: npm run new -- module <slug> [title] | scenario <module> <id> | check <module> <id> | ' +
  'tool <module> <id>';
const ID = /^[a-z0-9_]+$/;

function needId(value: string | undefined, what: string): string {
  if (!value) throw new ScaffoldError(`Name the ${what}.\n${USAGE}`);
  if (!ID.test(value) || value.length > 40)
    throw new ScaffoldError(
      `"${value}" cannot be a ` +
        `${what} id: use lower-case letters, digits and _ (at most 40), e.g. front_desk`,
    );
  return value;
}

interface Place {
  root: string;
  content: string;
  languages: string[];
  /** The course's first lever, for a new module's frontmatter (any id when none is declared). */
  lever: string;
}

function place(root: string): Place {
  const content = join(root, contentDir());
  const coursePath = join(content, 'course.yaml');
  if (!existsSync(coursePath)) throw new ScaffoldError(`No course here: ${coursePath} is missing.`);
  const course = parse(readFileSync(coursePath, 'utf8')) as {
    languages?: string[];
    levers?: string[];
  };
  const lever = course.levers?.[0] ?? 'general';
  return { root, content, languages: course.languages ?? ['en'], lever };
}

/** The folder of the module whose frontmatter id is `id`. */
function moduleFolder(p: Place, id: string): string {
  const modules = join(p.content, 'modules');
  for (const folder of existsSync(modules) ? readdirSync(modules) : []) {
    const mdx = join(modules, folder, `${p.languages[0]}.mdx`);
    if (!existsSync(mdx)) continue;
    const meta = parse(splitFrontmatter(readFileSync(mdx, 'utf8'))?.frontmatter ?? '');
    if (meta?.id === id) return join(modules, folder);
  }
  throw new ScaffoldError(
    `No module has the id "${id}"; create it with npm run new -- module <slug>`,
  );
}

function newModule(p: Place, slug: string | undefined, title: string | undefined): string[] {
  if (!slug || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug))
    throw new ScaffoldError(
      `Name the module with a slug such as front-desk (lower case, -).\n${USAGE}`,
    );
  const id = needId(slug.replace(/-/g, '_'), 'module');
  const coursePath = join(p.content, 'course.yaml');
  const doc = parseDocument(readFileSync(coursePath, 'utf8'));
  const listed = (doc.get('modules') as { items?: Array<{ value?: unknown }> } | undefined)?.items;
  if (listed?.some((item) => (item.value ?? item) === id))
    throw new ScaffoldError(`course.yaml already lists a module "${id}".`);
  const modules = join(p.content, 'modules');
  mkdirSync(modules, { recursive: true });
  const numbers = readdirSync(modules).map((f) => Number(/^(\d+)-/.exec(f)?.[1] ?? 0));
  const folder = join(modules, `${String(Math.max(0, ...numbers) + 1).padStart(2, '0')}-${slug}`);
  mkdirSync(folder);
  const heading = title ?? slug.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
  const written = p.languages.map((lang) => {
    const file = join(folder, `${lang}.mdx`);
    writeFileSync(file, moduleMdx(id, heading, p.lever));
    return file;
  });
  doc.addIn(['modules'], id);
  writeFileSync(coursePath, doc.toString());
  return [
    ...written.map((f) => `created  ${relative(p.root, f)}`),
    `updated  ${relative(p.root, coursePath)}: added "${id}" to modules`,
  ];
}

const SECTION = {
  scenario: { sub: 'scenarios', tag: 'RolePlay', title: 'Practise the conversation' },
  check: { sub: 'checks', tag: 'KnowledgeCheck', title: 'Check your understanding' },
  tool: { sub: 'tools', tag: 'Tool', title: 'Practise' },
} as const;

function newItem(p: Place, kind: keyof typeof SECTION, moduleId: string | undefined, raw?: string) {
  const folder = moduleFolder(p, needId(moduleId, 'module'));
  const id = needId(raw, kind);
  const { sub, tag, title } = SECTION[kind];
  const file = join(folder, sub, `${id}.yaml`);
  if (existsSync(file)) throw new ScaffoldError(`${relative(p.root, file)} exists already.`);
  const mdxFiles = p.languages.map((lang) => join(folder, `${lang}.mdx`));
  for (const mdx of mdxFiles)
    if (readFileSync(mdx, 'utf8').includes(`<Section id="${id}"`))
      throw new ScaffoldError(
        `${relative(p.root, mdx)} already has a section "${id}"; pick another id.`,
      );
  const meta = parse(splitFrontmatter(readFileSync(mdxFiles[0], 'utf8'))?.frontmatter ?? '');
  const competency = meta?.competencies?.[0]?.id ?? 'first_skill';
  mkdirSync(join(folder, sub), { recursive: true });
  writeFileSync(
    file,
    kind === 'scenario'
      ? scenarioYaml(id, competency)
      : kind === 'check'
        ? checkYaml(id)
        : toolYaml(id),
  );
  for (const mdx of mdxFiles) {
    const text = readFileSync(mdx, 'utf8').trimEnd();
    writeFileSync(
      mdx,
      `${text}\n\n<Section id="${id}" title="${title}">\n<${tag} id="${id}" />\n</Section>\n`,
    );
  }
  const others = p.languages.slice(1);
  return [
    `created  ${relative(p.root, file)}`,
    ...mdxFiles.map(
      (f) => `updated  ${relative(p.root, f)}: added a section with <${tag} id="${id}" />`,
    ),
    ...(others.length ? [`translate: npm run translate -- export ${others.join(' / ')}`] : []),
  ];
}

export function scaffold(root: string, args: readonly string[]): string[] {
  const [kind, a, b] = args;
  const p = place(root);
  if (kind === 'module') return newModule(p, a, args.slice(2).join(' ') || undefined);
  if (kind === 'scenario' || kind === 'check' || kind === 'tool') return newItem(p, kind, a, b);
  throw new ScaffoldError(USAGE);
}
