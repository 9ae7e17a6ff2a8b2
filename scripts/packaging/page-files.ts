/**
 * Takes a built module page and everything it loads, with absolute `/_astro/…` URLs made relative,
 * because an LMS serves a package from an unknown, often deep path.
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';

const ASSET_URL = /\/?_astro\/[A-Za-z0-9._-]+/g;

/** Makes `/_astro/x` relative to a file at `fromDir` inside the package (e.g. "" or "sub/dir"). */
export function relativeAssets(text: string, fromDir: string): string {
  const up = fromDir
    ? `${fromDir
        .split('/')
        .map(() => '..')
        .join('/')}/`
    : '';
  return text.replace(/(["'(])\/_astro\//g, `$1${up}_astro/`);
}

/**
 * The page and its assets, read from the built site, keyed by their path in the package; `skip`
 * leaves chunks out.
 */
export function pageFiles(
  siteDir: string,
  pagePath: string,
  packagePath: string,
  skip?: RegExp,
): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  // The built site's pages are already relative to their own folder (build.ts): back to the root.
  const html = readFileSync(join(siteDir, pagePath), 'utf8').replace(
    /(["'(])(?:\.\.\/)+_astro\//g,
    '$1/_astro/',
  );
  files.set(
    packagePath,
    Buffer.from(
      relativeAssets(html, posix.dirname(packagePath) === '.' ? '' : posix.dirname(packagePath)),
    ),
  );
  const queue = [...html.matchAll(ASSET_URL)].map((m) => m[0].replace(/^\//, ''));
  while (queue.length) {
    const asset = queue.shift()!;
    if (files.has(asset) || skip?.test(asset)) continue;
    const bytes = readFileSync(join(siteDir, asset));
    files.set(asset, bytes);
    if (/\.(js|css)$/.test(asset)) {
      const text = bytes.toString('utf8');
      // Chunks import each other as "./name.js" (same folder; dynamic imports use backticks) or by
      // absolute path.
      for (const m of text.matchAll(/["'`]\.\/([A-Za-z0-9._-]+\.(?:js|css))["'`]/g))
        queue.push(`_astro/${m[1]}`);
      for (const m of text.matchAll(ASSET_URL)) queue.push(m[0].replace(/^\//, ''));
      if (/\/_astro\//.test(text))
        files.set(
          asset,
          Buffer.from(relativeAssets(text, '_astro').replace(/\.\.\/_astro\//g, './')),
        );
    }
  }
  return files;
}
