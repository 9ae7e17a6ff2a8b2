/**
 * The `web` format (course.yaml `formats: [..., web]`): the whole course as a folder of plain
 * files for organisations without an LMS, put in any web server folder or opened from disk.
 * Browsers refuse module scripts from file://, so each page's modules are bundled into one classic,
 * deferred script (esbuild, at build time), which runs from both. With no LMS around, the page
 * keeps progress in the browser (standalone mode) and says so. index.html lists the modules.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildSync } from 'esbuild';
import type { ModuleSource } from '#src/course/load.ts';
import { t } from '#src/i18n/ui.ts';
import { PAGE_POLICY, renderPolicy } from '#src/layouts/csp.ts';
import type { Course } from '#src/schemas/course.ts';
import { pageFiles } from './page-files.ts';
import { CMI5_CHUNK } from './write-packages.ts';

const MODULE_SCRIPT = /<script type="module" src="(_astro\/[^"]+\.js)"><\/script>/g;
const MODULE_PRELOAD = /<link rel="modulepreload"[^>]*>/g;
/** A site page bundled already (site-bundles.ts) names the module scripts it was made from. */
const BUNDLED = /<script defer src="[^"]+" data-modules="([^"]+)"><\/script>/;
// Same policy as the pages themselves (src/layouts/csp.ts): nothing from outside the folder.
const CSP = renderPolicy(PAGE_POLICY);

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Vite wraps a dynamic import in a helper that first preloads the lazy chunk's dependencies by URL;
 * inside one bundle those files are not shipped, the preload fails and so would the import (the
 * cmi5 adapter). Bundling from copies whose dependency lists are empty makes the helper import
 * straight away. One copy per built site (esbuild's sync API takes no plugins).
 */
/**
 * A chunk's dynamic imports with no dependencies to preload. Vite's preload helper itself (1.8 KB:
 * link tags, CSP nonces, CSS waits) then has nothing to do, so it becomes a plain call.
 */
function unpreload(file: string, bytes: Buffer): string {
  const text = bytes.toString('utf8');
  const exported = /export\{(\w+) as (\w+)\};?\s*$/.exec(text);
  if (file.startsWith('preload-helper.') && exported)
    return `var ${exported[1]}=function(load){return load()};export{${exported[1]} as ${exported[2]}};`;
  return text.replace(/__vite__mapDeps\(\[[\d,]*\]\)/g, '[]');
}

const unpreloaded = new Map<string, string>();
function assetsWithoutPreload(siteDir: string): string {
  let dir = unpreloaded.get(siteDir);
  if (!dir) {
    dir = mkdtempSync(join(tmpdir(), 'bundle-'));
    for (const file of readdirSync(join(siteDir, '_astro'))) {
      const text = readFileSync(join(siteDir, '_astro', file));
      writeFileSync(join(dir, file), file.endsWith('.js') ? unpreload(file, text) : text);
    }
    unpreloaded.set(siteDir, dir);
    const made = dir;
    process.once('exit', () => rmSync(made, { recursive: true, force: true }));
  }
  return dir;
}

/**
 * One page's module scripts (in document order) as a single classic script, and the page using it.
 */
export function classicPage(
  siteDir: string,
  html: string,
  // The cmi5 adapter is only ever loaded when an LMS launches the page with cmi5 parameters.
  external: string[] = ['./cmi5-adapter.*'],
): { html: string; script?: { path: string; bytes: Uint8Array }; entries?: string[] } {
  const entries = [...html.matchAll(MODULE_SCRIPT)].map((m) => m[1]);
  const bundled = entries.length ? null : BUNDLED.exec(html);
  if (bundled) entries.push(...bundled[1].split(' '));
  if (!entries.length) return { html };
  const built = buildSync({
    stdin: {
      contents: entries.map((e) => `import './${e.slice('_astro/'.length)}';`).join('\n'),
      resolveDir: assetsWithoutPreload(siteDir),
      loader: 'js',
    },
    bundle: true,
    // As a module, wrapped below in a function of our own: esbuild's IIFE output carried ~700
    // bytes of CommonJS helpers nothing called (~260 B gzip a page). The bundle has no import or
    // export left (the cmi5 adapter is a dynamic import()), so it runs as a classic script.
    format: 'esm',
    define: { 'import.meta': '{}' }, // what the IIFE format made of it; a classic script has none
    minify: true,
    write: false,
    target: 'es2022',
    external,
    logLevel: 'silent',
  });
  const bytes = Buffer.from(`(()=>{${built.outputFiles[0].text}})();\n`);
  const hash = createHash('sha256').update(bytes).digest('base64url').slice(0, 8);
  const path = `_astro/page.${hash}.js`;
  const tag = `<script defer src="${path}"></script>`;
  if (bundled) return { html: html.replace(BUNDLED, tag), script: { path, bytes } };
  // In the head, before the page's embedded data: the preload scanner starts the script with the
  // stylesheets, in the first bytes of the page, instead of halfway down the body (on Fast 3G the
  // script was the last file in, ~190 ms later). Deferred, it still runs after the parse.
  const page = html.replace(MODULE_PRELOAD, '').replace(MODULE_SCRIPT, '');
  const at = page.includes('</title>') ? '</title>' : '</head>';
  const placed = page.replace(at, at === '</title>' ? `${at}${tag}` : `${tag}${at}`);
  return { html: placed, script: { path, bytes }, entries };
}

/** The folder's home page: the course, its modules in order, and what to expect without an LMS. */
export function webIndex(
  course: Course,
  modules: ModuleSource[],
  lang: string,
  stylesheets: string[],
): string {
  const title = course.title[lang] ?? course.id;
  const items = modules
    .map((m) => {
      const meta = m.text[lang].meta;
      return (
        `<li><a href="${m.id}.html">${esc(meta.title)}</a> <span ` +
        `class="hint">(${esc(t(lang, 'webMinutes', { minutes: meta.duration }))})</span><br>${esc(meta.summary)}</li>`
      );
    })
    .join('\n');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<link rel="icon" href="data:,">
<title>${esc(title)}</title>
${stylesheets.map((href) => `<link rel="stylesheet" href="${href}">`).join('\n')}
</head>
<body>
<main class="page">
<h1>${esc(title)}</h1>
<p>${esc(course.organisation)}</p>
<p>${esc(t(lang, 'webIntro'))}</p>
<h2>${esc(t(lang, 'webModules'))}</h2>
<ol class="module-list">
${items}
</ol>
</main>
</body>
</html>
`;
}

/** The stylesheets a page links to, for the index to look like the modules. */
export const stylesheetsOf = (html: string) =>
  [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]);

/** Every file of the web folder: index.html, each module page with its classic script, styles. */
export function webFiles(
  siteDir: string,
  course: Course,
  lang: string,
  modules: ModuleSource[],
): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  const scripts = new Map<string, Uint8Array>();
  let stylesheets: string[] = [];
  for (const module of modules) {
    const href = `${module.id}.html`;
    for (const [path, bytes] of pageFiles(siteDir, `${lang}/${module.id}.html`, href, CMI5_CHUNK)) {
      if (path !== href) {
        // Module chunks are replaced by the page's classic script; styles and images stay.
        if (!path.endsWith('.js')) files.set(path, bytes);
        continue;
      }
      const page = classicPage(siteDir, Buffer.from(bytes).toString('utf8'));
      files.set(href, Buffer.from(page.html));
      if (page.script) scripts.set(page.script.path, page.script.bytes);
      if (!stylesheets.length) stylesheets = stylesheetsOf(page.html);
    }
  }
  for (const [path, bytes] of scripts) files.set(path, bytes);
  files.set('index.html', Buffer.from(webIndex(course, modules, lang, stylesheets)));
  return files;
}

/**
 * What would stop the folder working from disk or a server: module scripts, absolute or missing
 * URLs.
 */
export function webProblems(folder: string): string[] {
  const problems: string[] = [];
  for (const file of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.html')) continue;
    const html = readFileSync(join(folder, file), 'utf8');
    if (/<script type="module"/.test(html))
      problems.push(`${file} has a module script, which browsers block from file://`);
    for (const [, url] of html.matchAll(/\b(?:href|src)="([^"#?]*)[^"]*"/g)) {
      if (!url || url.startsWith('data:')) continue;
      if (/^(\/|[a-z]+:)/i.test(url)) problems.push(`${file} has an absolute URL: ${url}`);
      else if (!existsSync(join(folder, dirname(file), url)))
        problems.push(`${file} links to ${url}, which is not in the folder`);
    }
  }
  return problems;
}
