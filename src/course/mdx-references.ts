/**
 * Reads the component tags an author wrote in a module's MDX, so the build can check that every
 * `<RolePlay id>`, `<KnowledgeCheck id>` and `<Tool id>` names a real file, and that section and
 * reflection ids are unique. A light scan, not an MDX parser: enough for these flat tags.
 */
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
  attributes: Record<string, string>;
  line: number;
}

const TAG = /<([A-Z][A-Za-z]*)\b([^>]*?)\/?>/g;
const ATTRIBUTE = /([a-zA-Z]+)="([^"]*)"/g;

export function componentTags(mdx: string): ComponentTag[] {
  return [...mdx.matchAll(TAG)].map((m) => ({
    name: m[1],
    attributes: Object.fromEntries([...m[2].matchAll(ATTRIBUTE)].map((a) => [a[1], a[2]])),
    line: mdx.slice(0, m.index).split('\n').length,
  }));
}

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
