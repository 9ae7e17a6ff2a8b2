/**
 * Interface text belongs in src/i18n/en.ts (and its translations), looked up with `t()`, so a
 * translated course never shows
 * English controls. This scans the learner-facing sources (custom elements, components, layouts)
 * and
 * the facilitator kit, site home and scenario maps for text that looks like English UI and names
 * each
 * place as file:line. It is a heuristic, tuned so that code (CSS classes, selectors, data
 * attributes,
 * ids, keys) stays silent.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOTS = ['src/elements', 'src/components', 'src/layouts'];
/**
 * The facilitator kit (built in the course's first language), the site home and each language's
 * scenario maps.
 */
const KIT_ROOTS = [
  'src/facilitator',
  // The live classroom's pages (its server and command speak English in the terminal, like npm run
  // check).
  'src/classroom/phone.ts',
  'src/classroom/room-panel.ts',
  'src/classroom/room-page.ts',
  'src/classroom/projector-live.ts',
  'src/classroom/host-link.ts',
  'src/pages/join.astro',
  'src/pages/facilitator',
  'src/pages/index.astro',
  'src/pages/[lang]/maps',
  'src/roleplay/scenario-map.ts',
];

/**
 * Strings that look like English but are not interface text. Keep this short and say why.
 * Entries are `file: exact string`.
 */
const ALLOWED: Array<{ file: string; text: RegExp }> = [
  // KeyboardEvent.key of the Enter key, compared in code; the help names it with t()
  // (kitKeyNameNext).
  { file: 'src/facilitator/projector-element.ts', text: /^Enter$/ },
  // KeyboardEvent.key of the Escape key, compared in code (the section menu closes on it).
  { file: 'src/elements/section-menu.ts', text: /^Escape$/ },
  // The name of the MDX component whose title the knowledge check compares with its own.
  { file: 'src/components/KnowledgeCheck.astro', text: /^Section$/ },
  // Messages of `npm run check` for authors (places and fixes in the YAML), English like every
  // check message.
  {
    file: 'src/facilitator/role-cards.ts',
    text: /^(brief › |"customer" is deprecated|character "\$\{card\.character\}" is not|"\$\{card\.character\}" (is the learner|already has))/,
  },
  // A command typed as it is in every language.
  { file: 'src/pages/index.astro', text: /^npm run preview:lms$/ },
];
const allowed = (hit: Hit) => ALLOWED.some((a) => a.file === hit.file && a.text.test(hit.text));

function sourceFiles(dir: string): string[] {
  if (/\.(ts|astro)$/.test(dir)) return [dir];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|astro)$/.test(entry.name) ? [path] : [];
  });
}

/** Replaces a match with spaces, keeping its newlines, so line numbers stay true. */
const blank = (text: string) => text.replace(/[^\n]/g, ' ');

function stripComments(code: string): string {
  return code
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/\/\*[\s\S]*?\*\//g, blank)
    .replace(
      /(^|[\s;{}(,])\/\/[^\n]*/g,
      (m, before: string) => before + blank(m.slice(before.length)),
    )
    .replace(/^\s*(import|export\s+[^=]*\bfrom)\b[^\n]*/gm, blank);
}

/**
 * A chunk between spaces that reads as a word: letters (and apostrophes), maybe with sentence
 * punctuation around.
 */
const WORD = /^[(“"']?[A-Za-z][A-Za-z'’]*[A-Za-z][)”"',.;:!?…]*$/;
const words = (text: string) => text.split(/\s+/).filter((chunk) => WORD.test(chunk));

/**
 * Plain literals: two or more words, or one capitalised word standing alone ("Continue", "Scene").
 */
function looksLikeUi(text: string): boolean {
  const found = words(text);
  return found.length >= 2 || (found.length === 1 && /^[A-Z][a-z]{2,}[.?!:]?$/.test(text.trim()));
}

/**
 * What comes just before a literal that makes it code: classes, selectors, data attributes, errors
 * for developers.
 */
const CODE_CONTEXT =
  /(\bclass(Name|:list)?\s*[:=]\s*\{?\s*|\bclassList\.\w+\(\s*|\b(querySelector(All)?|closest|matches)(<[^>]*>)?\(\s*|\bdata-[\w-]+=\s*|\bnew Error\(\s*|\bt\((lang|Astro\.locals\.lang),\s*)$/;

interface Hit {
  file: string;
  line: number;
  text: string;
}

function lineOf(source: string, index: number): number {
  return source.slice(0, index).split('\n').length;
}

/**
 * Quoted literals ('…', "…", `…`) outside code contexts. In template literals only the fixed parts
 * count.
 */
function literalHits(file: string, code: string): Hit[] {
  const hits: Hit[] = [];
  for (const match of code.matchAll(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g)) {
    const raw = match[0];
    const inner = raw.slice(1, -1);
    if (CODE_CONTEXT.test(code.slice(Math.max(0, match.index - 60), match.index))) continue;
    const line = lineOf(code, match.index);
    const template = raw.startsWith('`') && inner.includes('${');
    const text = inner.replace(/\\n/g, ' ');
    if (!template) {
      if (looksLikeUi(text)) hits.push({ file, line, text: inner });
      continue;
    }
    // A template with interpolations: any word in its fixed text ("… of …") is prose around values.
    // An interpolation becomes a mark, not a space, so `tool.${id}` stays one chunk of code.
    const interpolation = /\$\{((?:[^{}]|\{[^{}]*\})*)\}/g;
    if (words(text.replace(interpolation, '\u0000')).length > 0)
      hits.push({ file, line, text: inner });
    for (const [, expression] of inner.matchAll(interpolation)) {
      hits.push(...literalHits(file, expression).map((h) => ({ ...h, line: line + h.line - 1 })));
    }
  }
  return hits;
}

/**
 * Text between tags in an Astro template (outside {expressions}): every word there is hard-coded.
 */
function astroTextHits(
  file: string,
  template: string,
  offset: string,
): { hits: Hit[]; rest: string } {
  const hits: Hit[] = [];
  const rest = template.replace(/(?<=[>}])[^<>{}]+(?=[<{])/g, (text, index: number) => {
    if (words(text).length > 0)
      hits.push({
        file,
        line: lineOf(offset + template, offset.length + index),
        text: text.trim(),
      });
    return blank(text);
  });
  return { hits, rest };
}

function scan(file: string): Hit[] {
  const source = stripComments(
    readFileSync(file, 'utf8').replace(/<style[\s\S]*?<\/style>/g, blank),
  );
  if (!file.endsWith('.astro')) return literalHits(file, source);
  const [, frontmatter = '', template = source] = /^(---[\s\S]*?---)?([\s\S]*)$/.exec(source) ?? [];
  const markup = template.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, (m) =>
    /set:html/.test(m) ? m : blank(m),
  );
  const { hits, rest } = astroTextHits(file, markup, frontmatter);
  return [...hits, ...literalHits(file, frontmatter + rest)];
}

describe('interface text', () => {
  const files = ROOTS.flatMap(sourceFiles).sort();

  it('finds the sources to scan', () => {
    expect(files).toContain('src/elements/role-play.ts');
    expect(files).toContain('src/components/tools/BreathingPacer.astro');
  });

  it('is never hard-coded in elements, components or layouts (use t() and src/i18n/en.ts)', () => {
    const hits = files.flatMap(scan).filter((h) => !allowed(h));
    expect(hits.map((h) => `${h.file}:${h.line}: ${JSON.stringify(h.text)}`)).toEqual([]);
  });

  it('the scanner catches what it is meant to catch', () => {
    const ts = literalHits(
      'x.ts',
      stripComments(`
      const a = 'Try again';
      const b = el('p', { className: 'rp-best-note rp-other' }, 'You found it.');
      const c = \`\${value} of \${max}\`;
      this.querySelectorAll('reflection-note textarea');
      // 'A comment says things'
      const d = 'Scene';
      const e = \`meter-\${id}-\${m}\`;
      const f = t(lang, 'sectionOf');
      const g = \`tool.\${toolId}\`;
      const h = \`\${n.prompt}\\n\\n\${n.text || '(no notes)'}\\n\`;
    `),
    ).map((h) => h.text);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the scan reports a template's source text
    expect(ts).toEqual(['Try again', 'You found it.', '${value} of ${max}', 'Scene', '(no notes)']);
    const astro = astroTextHits(
      'x.astro',
      '<p class="hint">Feedback is held.</p><ol aria-label="Conversation"></ol>{a && <li>{b} ' +
        '(c)</li>}',
      '',
    );
    expect(astro.hits.map((h) => h.text)).toEqual(['Feedback is held.']);
    expect(literalHits('x.astro', astro.rest).map((h) => h.text)).toEqual(['Conversation']);
  });
});

describe('interface text of the facilitator kit, site home and scenario maps', () => {
  const files = KIT_ROOTS.flatMap(sourceFiles).sort();

  it('finds the sources to scan', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'src/facilitator/projector-element.ts',
        'src/facilitator/agendas.ts',
        'src/pages/facilitator/play/[scenario].astro',
        'src/pages/index.astro',
        'src/pages/[lang]/maps/[module].astro',
      ]),
    );
  });

  it('is never hard-coded there either (use t() and the kit… keys of src/i18n/en.ts)', () => {
    const hits = files.flatMap(scan).filter((h) => !allowed(h));
    expect(hits.map((h) => `${h.file}:${h.line}: ${JSON.stringify(h.text)}`)).toEqual([]);
  });
});

/**
 * Browser code gets its strings from the page (src/i18n/page.ts), so the JS never carries every
 * language's table.
 */
describe('browser code', () => {
  it('never imports the string tables', () => {
    const browser = [
      'src/elements',
      'src/tracking',
      'src/facilitator/projector-element.ts',
    ].flatMap(sourceFiles);
    const offenders = browser.filter((f) =>
      /^import\s+\{[^}]*\}\s+from\s+['"][./]+\/i18n\/ui\.ts['"]/m.test(readFileSync(f, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
