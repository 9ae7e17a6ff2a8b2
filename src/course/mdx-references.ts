/**
 * Reads a module's MDX with the parser the build uses (satteri, behind @astrojs/mdx), so a syntax
 * error, an attribute or an expression is read exactly as the build reads it. From the tree come
 * the course components an author placed (to check that every `<RolePlay id>` names a real file)
 * and the problems: anything that is code or raw HTML rather than text, with line, column and fix.
 */
import { mdxToMdast } from 'satteri';

export const COMPONENTS = [
  'Section',
  'KeyIdea',
  'Callout',
  'RolePlay',
  'KnowledgeCheck',
  'Reflection',
  'Tool',
  'JobAid',
  'EscalationLadder',
] as const;

export interface ComponentTag {
  name: string;
  /** Literal string attributes only: anything else is reported as a problem. */
  attributes: Record<string, string>;
  /** Names of attributes written as something else ({code}, no value): reported already. */
  unreadable: string[];
  /** Line and column in the MDX body (line 1 is the first line after the frontmatter). */
  line: number;
  column: number;
}

export interface MdxProblem {
  line: number;
  column: number;
  message: string;
}

interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: Node[];
  position?: { start: { line: number; column: number } };
}

const USE_INSTEAD =
  `use a course component (${COMPONENTS.join(', ')}) ` +
  'or Markdown (**bold**, _italic_, [text](https://…), lists)';
/**
 * Link targets that run code or smuggle content in; `\s` and controls are ignored as browsers do.
 */
const UNSAFE_URL = /^(javascript|vbscript|data):/i;
const isUnsafeUrl = (url: string) =>
  UNSAFE_URL.test(
    [...url]
      .filter((c) => c.charCodeAt(0) > 32)
      .join('')
      .replace(/&#?\w+;/g, ''),
  );
const isComment = (code: string) => /^\s*\/\*[\s\S]*\*\/\s*$/.test(code);

/** What to do about a parse error, from what the parser says is wrong. */
function parseFix(message: string): string {
  if (/closing tag/i.test(message))
    return (
      'close each component with its own closing tag (<Section …> … </Section>), ' +
      'innermost first'
    );
  if (/brace|expression/i.test(message))
    return 'a "{" starts code in MDX; write \\{ for a literal brace, or remove it';
  if (/after `<`|before name|JSX tag/i.test(message))
    return (
      'a "<" starts a component in MDX; write &lt; for a literal "<"; ' + 'comments are {/* … */}'
    );
  if (/attribute/i.test(message))
    return 'write attributes as name="text" (double or single quotes)';
  return 'see "The module file" in content/README.md';
}

function attributesOf(node: Node, problems: MdxProblem[], at: { line: number; column: number }) {
  const attributes: Record<string, string> = {};
  const unreadable: string[] = [];
  const tag = `<${node.name}>`;
  for (const a of node.attributes ?? []) {
    if (a.type !== 'mdxJsxAttribute' || !a.name) {
      problems.push({
        ...at,
        message: `${tag} has a {…} spread of attributes; write each as name="text"`,
      });
    } else if (typeof a.value === 'string') {
      attributes[a.name] = a.value;
      if (/^(href|src)$/i.test(a.name) && isUnsafeUrl(a.value))
        problems.push({
          ...at,
          message:
            `${tag} ${a.name}="${a.value}" runs code; link to an https:// address or a file of ` +
            `the course`,
        });
    } else if (a.value == null) {
      unreadable.push(a.name);
      problems.push({
        ...at,
        message: `${tag} has "${a.name}" without a value; write ${a.name}="…"`,
      });
    } else {
      unreadable.push(a.name);
      const code = String((a.value as { value?: unknown }).value ?? '');
      problems.push({
        ...at,
        message:
          `${tag} ${a.name}={${code}} is code; attributes must be literal text: ` +
          `write ${a.name}="${code.replace(/^["'`]|["'`]$/g, '')}"`,
      });
    }
  }
  return { attributes, unreadable };
}

export interface ModuleTextTree {
  tags: ComponentTag[];
  problems: MdxProblem[];
}

const parsed = new Map<string, ModuleTextTree>();

/** Parses an MDX body once (cached by its text): the components placed, and what is wrong. */
export function readModuleText(body: string): ModuleTextTree {
  const cached = parsed.get(body);
  if (cached) return cached;
  const tags: ComponentTag[] = [];
  const problems: MdxProblem[] = [];
  let root: Node | undefined;
  try {
    root = mdxToMdast(body) as Node;
  } catch (error) {
    const text = String((error as Error).message).split('\n')[0];
    const m = /^(\d+):(\d+):\s*(.*?)\s*(\([\w:-]+\))?$/.exec(text);
    const message = (m?.[3] ?? text).replace(/ \(\d+:\d+\)/, '').replace(/ \(note: [^)]*\)/, '');
    problems.push({
      line: Number(m?.[1] ?? 1),
      column: Number(m?.[2] ?? 1),
      message: `is not valid MDX: ${message}; ${parseFix(text)}`,
    });
  }
  const stack: Node[] = root ? [root] : [];
  const found: Node[] = [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    found.push(node);
    for (let i = (node.children?.length ?? 0) - 1; i >= 0; i--) stack.push(node.children![i]);
  }
  for (const node of found) {
    const at = { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
    const add = (message: string) => problems.push({ ...at, message });
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      if (!node.name) add(`<>…</> (a fragment) is not allowed; ${USE_INSTEAD}`);
      else if (!/^[A-Z]/.test(node.name))
        add(`<${node.name}> is raw HTML, which module text does not allow; ${USE_INSTEAD}`);
      else tags.push({ name: node.name, ...attributesOf(node, problems, at), ...at });
    } else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      if (!isComment(String(node.value ?? '')))
        add(
          `{${node.value}} is code, which module text does not run; write \\{ for a literal ` +
            `brace, or remove it (comments are {/* … */})`,
        );
    } else if (node.type === 'mdxjsEsm') {
      add(
        'an import or export line is code, which module text does not allow; the course ' +
          'components need no import',
      );
    } else if (
      (node.type === 'link' || node.type === 'image' || node.type === 'definition') &&
      node.url &&
      isUnsafeUrl(node.url)
    ) {
      add(
        `the link target "${node.url}" runs code or embeds data; link to an https:// address or ` +
          `a file of the course`,
      );
    }
  }
  const result = { tags, problems };
  parsed.set(body, result);
  return result;
}

export const componentTags = (mdx: string): ComponentTag[] => readModuleText(mdx).tags;

/** Ids of a component in document order, e.g. the section ids. */
export const idsOf = (tags: ComponentTag[], name: string) =>
  tags.filter((t) => t.name === name).map((t) => t.attributes.id ?? '');

export function splitFrontmatter(
  source: string,
): { frontmatter: string; body: string; bodyLine: number } | null {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) return null;
  return {
    frontmatter: match[1],
    body: source.slice(match[0].length),
    bodyLine: match[0].split('\n').length,
  };
}
