/**
 * After the Astro build: makes the facilitator kit's `/_astro/…` URLs relative (with the helper the
 * packages use), so dist/site works when opened from a subfolder or served under a URL prefix.
 * Only the kit's pages are rewritten: module pages are copied into packages by page-files.ts,
 * which expects the URLs Astro wrote.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { relativeAssets } from '../packaging/page-files.ts';

/** The kit's pages, as paths relative to the site folder: facilitator.html and facilitator/**.html. */
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

/** Rewrites the kit's pages in place; returns the pages it changed. */
export function relativeKitUrls(siteDir: string): string[] {
  const changed: string[] = [];
  for (const page of kitPages(siteDir)) {
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
