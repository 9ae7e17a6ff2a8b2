/**
 * Astro integration: after the build, each page gets `<link rel="modulepreload">` for every chunk
 * its entry scripts import statically (transitively), so the browser fetches them all after the
 * HTML instead of discovering them level by level (issue 18: a three-level waterfall). Dynamic
 * imports (the cmi5 adapter) are left alone: a package that cannot use them never loads them.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ENTRY = /<script type="module" src="([^"]*\/_astro\/)([A-Za-z0-9._-]+\.js)"/g;
// `import{a}from"./x.js"` and `import"./x.js"`, never `import("./x.js")`.
const STATIC_IMPORT =
  /import(?:\{[^}]*\}from|\s*\*\s*as\s+\w+\s*from)?\s*"\.\/([A-Za-z0-9._-]+\.js)"/g;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '_astro' ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** The chunks `entries` import statically, entries excluded, in a stable order. */
export function staticChunks(assets: string, entries: string[]): string[] {
  const seen = new Set<string>(entries);
  const queue = [...entries];
  const found: string[] = [];
  while (queue.length) {
    const code = readFileSync(join(assets, queue.shift()!), 'utf8');
    for (const [, chunk] of code.matchAll(STATIC_IMPORT)) {
      if (seen.has(chunk)) continue;
      seen.add(chunk);
      found.push(chunk);
      queue.push(chunk);
    }
  }
  return found.sort();
}

export function addModulePreloads(siteDir: string) {
  const assets = join(siteDir, '_astro');
  for (const file of htmlFiles(siteDir)) {
    const html = readFileSync(file, 'utf8');
    const entries = [...html.matchAll(ENTRY)];
    if (!entries.length || html.includes('rel="modulepreload"')) continue;
    const prefix = entries[0][1];
    const links = staticChunks(
      assets,
      entries.map((m) => m[2]),
    )
      .map((chunk) => `<link rel="modulepreload" href="${prefix}${chunk}">`)
      .join('');
    writeFileSync(file, html.replace('</head>', `${links}</head>`));
  }
}

export const modulePreload = () => ({
  name: 'module-preload',
  hooks: {
    'astro:build:done': ({ dir }: { dir: URL }) => addModulePreloads(fileURLToPath(dir)),
  },
});
