/**
 * The site's module pages get what the packages have: one classic, deferred script per page
 * instead of a dozen module chunks (web-package.ts `classicPage`). On a slow phone network each
 * chunk was a request, and the six connections a browser opens made them queue in round trips;
 * one script is one request, found by the preload scanner while the page itself still arrives.
 * The module chunks stay, for the other pages and for packaging from the built site: the page's
 * script tag names them (data-modules), and `classicPage` bundles a package's page from those.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { classicPage } from './web-package.ts';

/** Site module pages live one folder down (`en/foundations.html`); the bundler wants `_astro/`. */
const UP = '"../_astro/';
const HERE = '"_astro/';

export function bundleSitePages(siteDir: string, pages: string[]): void {
  for (const page of pages) {
    const file = join(siteDir, page);
    const html = readFileSync(file, 'utf8');
    if (html.includes(HERE)) continue; // only pages one level down, as the site writes them
    const bundled = classicPage(siteDir, html.replaceAll(UP, HERE));
    if (!bundled.script || !bundled.entries) continue;
    writeFileSync(join(siteDir, bundled.script.path), bundled.script.bytes);
    // The packages bundle per LMS format from the same module scripts, even from this page.
    const tag = `<script defer src="${bundled.script.path}"></script>`;
    const named =
      `<script defer ` +
      `src="${bundled.script.path}" data-modules="${bundled.entries.join(' ')}"></script>`;
    writeFileSync(file, bundled.html.replace(tag, named).replaceAll(HERE, UP));
  }
}
