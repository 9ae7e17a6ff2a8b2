/**
 * Loads and validates everything under content/: the course file, each module's MDX frontmatter,
 * scenarios, knowledge checks and tools. Used by `npm run check`, the build, the pages and the
 * tests,
 * so an author sees the same error everywhere.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { type ContentError, parseContent } from '../schemas/author-errors.ts';
import { type Course, courseSchema } from '../schemas/course.ts';
import { type KnowledgeCheck, knowledgeCheckSchema } from '../schemas/knowledge-check.ts';
import { type ModuleMeta, moduleSchema } from '../schemas/module.ts';
import { type Scenario, scenarioSchema } from '../schemas/scenario.ts';
import { type Tool, toolSchema } from '../schemas/tool.ts';
import { contentDir, insideContent } from './content-dir.ts';
import { splitFrontmatter } from './mdx-references.ts';
import { yamlError } from './yaml-errors.ts';

/** A translation file: a flat map from text keys (see translations.ts) to the translated text. */
const translationSchema = z.strictObject({
  strings: z.record(z.string(), z.string().min(1)),
});

export interface ModuleText {
  file: string;
  meta: ModuleMeta;
  body: string;
  bodyLine: number;
}

export interface ModuleSource {
  id: string;
  folder: string;
  /** Module text per language code. */
  text: Record<string, ModuleText>;
  scenarios: Array<Scenario & { file: string }>;
  checks: Array<KnowledgeCheck & { file: string }>;
  tools: Array<Tool & { file: string }>;
  /** Facilitator notes in Markdown, if the module has them. */
  facilitatorNotes?: string;
  /** Ids of the files that failed their schema, by folder: reported once, not again as missing. */
  failed: Record<'scenarios' | 'checks' | 'tools', string[]>;
  /** Translation strings by folder (scenarios, checks, tools), then file id, then language. */
  translations: Record<string, Record<string, Record<string, Record<string, string>>>>;
}

/** `refund_call.fr.yaml` is the French text of `refund_call.yaml`. */
const TRANSLATION_FILE = /^([^.]+)\.([a-z]{2}(?:-[A-Z]{2})?)\.ya?ml$/;

export interface LoadedContent {
  course?: Course;
  modules: ModuleSource[];
  /** Module ids found in folders but missing from course.yaml's `modules`. */
  unlisted: string[];
  /** Those unlisted modules themselves: not built, but still checked, so drafts get feedback. */
  drafts: ModuleSource[];
  errors: ContentError[];
}

export class ContentLoader {
  readonly errors: ContentError[] = [];
  readonly root: string;
  constructor(root: string) {
    this.root = root;
  }

  rel = (path: string) => relative(this.root, path);
  /** The `id:` of the file last parsed, even when it failed its schema. */
  lastId: string | undefined;

  /** A file's text, unless it is a link that leads outside content/ (then an error). */
  read(path: string): string | undefined {
    if (insideContent(this.root, path)) return readFileSync(path, 'utf8');
    this.errors.push({
      file: this.rel(path),
      at: '(file)',
      message: `is a link to a file outside the ${contentDir()} folder; copy the file in instead`,
    });
    return undefined;
  }

  parseFile<S extends z.ZodType>(path: string, schema: S, text?: string): z.infer<S> | undefined {
    // Frontmatter (given as `text`) starts on line 2 of its file, after the first "---".
    const offset = text === undefined ? 0 : 1;
    const file = this.rel(path);
    let data: unknown;
    if (text === undefined && !existsSync(path)) {
      this.errors.push({
        file,
        at: '(file)',
        message: 'is missing; create it (see content/README.md)',
      });
      return undefined;
    }
    const source = text ?? this.read(path);
    if (source === undefined) return undefined;
    try {
      data = parseYaml(source);
    } catch (error) {
      const e = yamlError(file, error, source);
      this.errors.push({ ...e, line: (e.line ?? 1) + offset });
      this.lastId = undefined;
      return undefined;
    }
    const id = (data as { id?: unknown } | null)?.id;
    this.lastId = typeof id === 'string' ? id : undefined;
    const result = parseContent(schema, data, file);
    this.errors.push(...result.errors);
    return result.data;
  }

  yamlFiles(dir: string): string[] {
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((f) => /\.ya?ml$/.test(f) && !TRANSLATION_FILE.test(f))
      .sort()
      .map((f) => join(dir, f));
  }

  /** Reads every `<id>.<lang>.yaml` of a folder as `{ strings: { key: text } }`. */
  translationFiles(dir: string): Record<string, Record<string, Record<string, string>>> {
    const out: Record<string, Record<string, Record<string, string>>> = {};
    if (!existsSync(dir)) return out;
    for (const f of readdirSync(dir).sort()) {
      const m = TRANSLATION_FILE.exec(f);
      if (!m) continue;
      const data = this.parseFile(join(dir, f), translationSchema);
      if (!data) continue;
      out[m[1]] ??= {};
      out[m[1]][m[2]] = data.strings;
    }
    return out;
  }

  loadModule(dir: string, languages: string[]): ModuleSource | undefined {
    const folder = dir.split(/[\\/]/).pop()!;
    const text: Record<string, ModuleText> = {};
    for (const lang of languages) {
      const path = join(dir, `${lang}.mdx`);
      if (!existsSync(path)) {
        this.errors.push({
          file: this.rel(dir),
          at: lang,
          message: `has no ${lang}.mdx; every language in course.yaml needs one`,
        });
        continue;
      }
      const source = this.read(path);
      if (source === undefined) continue;
      const split = splitFrontmatter(source);
      if (!split) {
        this.errors.push({
          file: this.rel(path),
          at: '(frontmatter)',
          message: 'must start with frontmatter between two "---" lines',
        });
        continue;
      }
      const meta = this.parseFile(path, moduleSchema, split.frontmatter);
      if (meta)
        text[lang] = { file: this.rel(path), meta, body: split.body, bodyLine: split.bodyLine };
    }
    const failed: ModuleSource['failed'] = { scenarios: [], checks: [], tools: [] };
    const load = <S extends z.ZodType>(sub: keyof typeof failed, schema: S) =>
      this.yamlFiles(join(dir, sub)).flatMap((path) => {
        const data = this.parseFile(path, schema);
        if (!data) failed[sub].push(this.lastId ?? basename(path).replace(/\.ya?ml$/, ''));
        return data
          ? [{ ...(data as object), file: this.rel(path) } as z.infer<S> & { file: string }]
          : [];
      });
    const notesPath = join(dir, 'facilitator.md');
    const first = Object.values(text)[0];
    if (!first) return undefined;
    return {
      id: first.meta.id,
      folder,
      text,
      scenarios: load('scenarios', scenarioSchema),
      checks: load('checks', knowledgeCheckSchema),
      tools: load('tools', toolSchema),
      failed,
      facilitatorNotes: existsSync(notesPath) ? this.read(notesPath) : undefined,
      translations: Object.fromEntries(
        ['scenarios', 'checks', 'tools'].map((sub) => [sub, this.translationFiles(join(dir, sub))]),
      ),
    };
  }
}

/** Reads content/ without cross-file checks (see `checkContent` for those). */
export function loadContent(root: string): LoadedContent {
  const loader = new ContentLoader(root);
  const course = loader.parseFile(join(root, contentDir(), 'course.yaml'), courseSchema);
  const modulesDir = join(root, contentDir(), 'modules');
  const folders = existsSync(modulesDir)
    ? readdirSync(modulesDir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  const languages = course?.languages ?? ['en'];
  const found = folders.flatMap((f) => loader.loadModule(join(modulesDir, f), languages) ?? []);
  const order = course?.modules ?? found.map((m) => m.id);
  const modules = order.flatMap((id) => found.filter((m) => m.id === id));
  const drafts = found.filter((m) => !order.includes(m.id));
  return { course, modules, unlisted: drafts.map((m) => m.id), drafts, errors: loader.errors };
}
