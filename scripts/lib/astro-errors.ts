/**
 * An Astro (or MDX) build failure as an author reads a `npm run check` error: the file, line and
 * column, what is wrong and what to do, without stack frames. The full log stays available with
 * BUILD_LOG=1 for whoever maintains the code.
 */
import { relative } from 'node:path';

const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
const LOCATION = /^\s*(\S+?):(\d+):(\d+)\s*$/;

function fixFor(file: string): string {
  if (/\.mdx?$/.test(file))
    return 'fix the module text there (npm run check reads MDX the same way)';
  if (/\.ya?ml$/.test(file)) return 'fix that file, then run npm run check';
  return (
    'this is a fault in the course code, not in the content: report it with the full log ' +
    '(BUILD_LOG=1 npm run package)'
  );
}

export function astroFailure(log: string, root: string): string[] {
  const lines = log.replace(ANSI, '').split('\n');
  // Content errors found by the pages themselves are already in the check's words.
  const content = lines.findIndex((l) => /The content has \d+ problem/.test(l));
  if (content >= 0)
    return lines
      .slice(content + 1)
      .filter((l) => /^\S.*: .*: /.test(l))
      .map((l) => `error    ${l}`);
  const at = lines.findIndex((l) => /^\s*Location:\s*$/.test(l));
  const where = at >= 0 ? LOCATION.exec(lines[at + 1] ?? '') : null;
  const said = lines
    .slice(0, at >= 0 ? at : lines.length)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('at ') && !/^(Stack trace|Location):?$/.test(l));
  const message = (
    said.find((l) => /error|unexpected|expected|cannot|failed/i.test(l)) ??
    said[0] ??
    'unknown error'
  )
    .replace(/^\[?\w*Error\]?:?\s*/, '')
    .replace(/^\d+:\d+:\s*/, '')
    .replace(/\s*\([\w-]+:[\w-]+\)$/, '');
  if (!where) return [`error    the site build failed: ${message}; ${fixFor('')}`];
  const file = relative(root, where[1].replace(/^file:\/\//, ''));
  return [
    `error    ${file}:${where[2]}:${where[3]}: the site build failed: ${message}; ${fixFor(file)}`,
  ];
}
