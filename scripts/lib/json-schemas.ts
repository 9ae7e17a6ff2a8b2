/**
 * JSON Schemas for editors, generated from the zod schemas (z.toJSONSchema) so VS Code completes
 * fields and flags mistakes while an author types. zod keeps no comments at run time, so each
 * field's description is read from its JSDoc in src/schemas/*.ts with the TypeScript parser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { z } from 'zod';
import { courseSchema } from '#src/schemas/course.ts';
import { escalationSchema } from '#src/schemas/escalation.ts';
import { knowledgeCheckSchema } from '#src/schemas/knowledge-check.ts';
import { scenarioSchema } from '#src/schemas/scenario.ts';
import { planFileSchema } from '#src/schemas/session-plan.ts';
import { toolSchema } from '#src/schemas/tool.ts';

/** Each generated file, and the content files VS Code applies it to. */
export const EDITOR_SCHEMAS = {
  'course.schema.json': { schema: courseSchema, files: ['content/course.yaml'] },
  'scenario.schema.json': {
    schema: scenarioSchema,
    files: ['content/modules/*/scenarios/*.yaml', '!content/modules/*/scenarios/*.*.yaml'],
  },
  'check.schema.json': {
    schema: knowledgeCheckSchema,
    files: ['content/modules/*/checks/*.yaml', '!content/modules/*/checks/*.*.yaml'],
  },
  'tool.schema.json': {
    schema: toolSchema,
    files: ['content/modules/*/tools/*.yaml', '!content/modules/*/tools/*.*.yaml'],
  },
  'session-plan.schema.json': { schema: planFileSchema, files: ['content/sessions/*.yaml'] },
  'escalation.schema.json': {
    schema: escalationSchema,
    files: ['content/shared/escalation/*.yaml'],
  },
} as const;

type Docs = Array<{ keys: Set<string>; docs: Map<string, string> }>;

const nameOf = (p: ts.ObjectLiteralElementLike) =>
  p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? p.name.text : undefined;

/** Every object literal of the schema sources: its keys and the JSDoc text of each. */
function readDocs(dir: string): Docs {
  const out: Docs = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(join(dir, file), 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (ts.isObjectLiteralExpression(node)) {
        const docs = new Map<string, string>();
        const keys = new Set<string>();
        for (const p of node.properties) {
          const name = nameOf(p);
          if (!name) continue;
          keys.add(name);
          const comment = ts.getJSDocCommentsAndTags(p).find(ts.isJSDoc)?.comment;
          const doc = typeof comment === 'string' ? comment : ts.getTextOfJSDocComment(comment);
          if (doc) docs.set(name, doc.replace(/\s+/g, ' ').trim());
        }
        if (keys.size > 0) out.push({ keys, docs });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out;
}

/** The doc of `key` from the literal that best matches an object with these properties. */
function docFor(all: Docs, properties: string[], key: string): string | undefined {
  const have = new Set(properties);
  const fits = all
    .filter((l) => l.docs.has(key) && [...l.keys].every((k) => have.has(k)))
    .sort((a, b) => b.keys.size - a.keys.size);
  return fits[0]?.docs.get(key);
}

function addDescriptions(node: unknown, all: Docs): void {
  if (Array.isArray(node)) {
    for (const n of node) addDescriptions(n, all);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  const props = record.properties as Record<string, Record<string, unknown>> | undefined;
  if (props) {
    const names = Object.keys(props);
    for (const [key, value] of Object.entries(props)) {
      const doc = docFor(all, names, key);
      if (doc && !value.description) value.description = doc;
    }
  }
  for (const value of Object.values(record)) addDescriptions(value, all);
}

/** File name → JSON text of every editor schema. */
export function editorSchemas(root: string): Record<string, string> {
  const docs = readDocs(join(root, 'src', 'schemas'));
  return Object.fromEntries(
    Object.entries(EDITOR_SCHEMAS).map(([file, { schema }]) => {
      const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
      addDescriptions(json, docs);
      return [file, `${JSON.stringify(json, null, 2)}\n`];
    }),
  );
}
