/** Unzips a built package to a deep random path served by the test server, like an LMS import. */

import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { UNZIPPED_BASE } from '#src/harness/paths.ts';

export interface BuiltPackage {
  name: string;
  format: 'scorm12' | 'scorm2004' | 'cmi5';
  lang: string;
  zip: string;
  modules: string[];
}

export const builtPackages = (): BuiltPackage[] =>
  JSON.parse(readFileSync('dist/packages/packages.json', 'utf8'));

export function findPackage(
  name: string,
  format: BuiltPackage['format'],
  lang = 'en',
): BuiltPackage {
  const found = builtPackages().find(
    (p) => p.name === name && p.format === format && p.lang === lang,
  );
  if (!found) throw new Error(`No built package ${name} ${format} ${lang}: run npm run package`);
  return found;
}

/** Returns the URL of the unzipped package folder. */
export function unzipToDeepPath(pkg: BuiltPackage): string {
  const deep = `${randomBytes(4).toString('hex')}/tenant/courses/${randomBytes(3).toString('hex')}/v1`;
  const target = join('dist', 'e2e', deep);
  for (const [path, bytes] of Object.entries(
    unzipSync(readFileSync(join('dist', 'packages', pkg.zip))),
  )) {
    mkdirSync(dirname(join(target, path)), { recursive: true });
    writeFileSync(join(target, path), bytes);
  }
  return `${UNZIPPED_BASE}${deep}/`;
}

export const harnessUrl = (
  pkgUrl: string,
  sco: string,
  format: string,
  fault = 'none',
  extra: Record<string, string> = {},
) =>
  `/lms-preview.html?${new URLSearchParams({ pkg: pkgUrl, sco: `${sco}.html`, format, fault, ...extra })}`;
