/**
 * After the Astro build: makes every page's `/_astro/…` URLs relative (with the helper the
 * packages use), so dist/site works when opened from a subfolder or served under a URL prefix.
 * page-files.ts reads module pages either way when it copies them into packages.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { relativeAssets } from '../packaging/page-files.ts';

/**
 * The kit's pages, as paths relative to the site folder: facilitator.html and facilitator/**.html.
 */
export function kitPages(siteDir: string): string[] {
  const pages = existsSync(join(siteDir, 'facilitator.html')) ? ['facilitator.html'] : [];
  const dir = join(siteDir, 'facilitator');
  if (existsSync(dir)) {
    for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
      const path = entry.split(/[\\/]/).join('/');
      if (path.endsWith('.html')) pages.push(`facilitator/${path}`);
    }
  }
  return pages.sort();
}

/** Every page of the built site, relative to its folder. */
export function sitePages(siteDir: string): string[] {
  return readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
    .map((entry) => entry.split(/[\\/]/).join('/'))
    .filter((path) => path.endsWith('.html'))
    .sort();
}

/** Rewrites `pages` (by default the kit's) in place; returns the pages it changed. */
export function relativeKitUrls(siteDir: string, pages = kitPages(siteDir)): string[] {
  const changed: string[] = [];
  for (const page of pages) {
    const file = join(siteDir, page);
    const html = readFileSync(file, 'utf8');
    const dir = posix.dirname(page);
    const rewritten = relativeAssets(html, dir === '.' ? '' : dir);
    if (rewritten !== html) {
      writeFileSync(file, rewritten);
      changed.push(page);
    }
  }
  return changed;
}

/** The whole site: kit, home, module pages, maps and the LMS preview. */
export const relativeSiteUrls = (siteDir: string) => relativeKitUrls(siteDir, sitePages(siteDir));
