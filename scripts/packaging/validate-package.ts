/**
 * Validates a package folder: the manifest against the official XSDs it ships (xmllint, offline),
 * plus the rules the XSDs miss: 1.2 masteryscore range, attribute case per edition, ids that
 * Moodle accepts, every listed file present, and no absolute or remote URL in any page.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CMI5_XSD, type Format } from './schema-files.ts';

const NAMESPACES: Record<Exclude<Format, 'cmi5'>, Array<[string, string]>> = {
  scorm12: [
    ['http://www.imsproject.org/xsd/imscp_rootv1p1p2', 'imscp_rootv1p1p2.xsd'],
    ['http://www.adlnet.org/xsd/adlcp_rootv1p2', 'adlcp_rootv1p2.xsd'],
    ['http://www.imsglobal.org/xsd/imsmd_rootv1p2p1', 'imsmd_rootv1p2p1.xsd'],
  ],
  scorm2004: [
    ['http://www.imsglobal.org/xsd/imscp_v1p1', 'imscp_v1p1.xsd'],
    ['http://www.adlnet.org/xsd/adlcp_v1p3', 'adlcp_v1p3.xsd'],
    ['http://www.adlnet.org/xsd/adlseq_v1p3', 'adlseq_v1p3.xsd'],
    ['http://www.adlnet.org/xsd/adlnav_v1p3', 'adlnav_v1p3.xsd'],
    ['http://www.imsglobal.org/xsd/imsss', 'imsss_v1p0.xsd'],
  ],
};

/** Runs xmllint with a wrapper schema importing each namespace from the package's own XSDs. */
export function xsdProblems(folder: string, format: Format): string[] {
  if (format === 'cmi5') return xmllint(CMI5_XSD, join(folder, 'cmi5.xml'));
  const temp = mkdtempSync(join(tmpdir(), 'xsd-'));
  try {
    const imports = NAMESPACES[format]
      .map(
        ([ns, file]) =>
          `  <xs:import namespace="${ns}" schemaLocation="${resolve(folder, file)}"/>`,
      )
      .join('\n');
    const wrapper = join(temp, 'wrapper.xsd');
    writeFileSync(
      wrapper,
      `<?xml version="1.0"?>\n<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">\n${imports}\n</xs:schema>\n`,
    );
    return xmllint(wrapper, join(folder, 'imsmanifest.xml'));
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

function xmllint(schema: string, file: string): string[] {
  const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', schema, file], {
    encoding: 'utf8',
  });
  if (run.error)
    return [`xmllint is not installed (apt-get install libxml2-utils): ${run.error.message}`];
  return run.status === 0
    ? []
    : run.stderr.split('\n').filter((l) => l && !l.endsWith('validates'));
}

/** What the cmi5 XSD does not check: AU urls relative and present, ids unique absolute IRIs. */
function cmi5Problems(folder: string): string[] {
  const problems: string[] = [];
  const structure = readFileSync(join(folder, 'cmi5.xml'), 'utf8');
  const ids = [...structure.matchAll(/<(?:course|au) id="([^"]*)"/g)].map((m) => m[1]);
  for (const id of ids)
    if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(id)) problems.push(`id "${id}" is not an absolute IRI`);
  for (const id of new Set(ids))
    if (ids.filter((x) => x === id).length > 1) problems.push(`id "${id}" is used more than once`);
  for (const m of structure.matchAll(/<url>([^<]*)<\/url>/g)) {
    if (/^(?:[a-z]+:|\/)/i.test(m[1]))
      problems.push(`AU url "${m[1]}" must be relative to the package`);
    else if (!existsSync(join(folder, m[1])))
      problems.push(`AU url "${m[1]}" is missing from the package`);
  }
  return problems;
}

/** The rules the XSDs do not check. */
export function ruleProblems(folder: string, format: Format): string[] {
  const problems: string[] =
    format === 'cmi5' ? cmi5Problems(folder) : scormProblems(folder, format);
  for (const file of readdirSync(folder, { recursive: true }) as string[]) {
    if (!/\.(html|js|css)$/.test(file)) continue;
    const text = readFileSync(join(folder, file), 'utf8');
    if (/(?:src|href)=["'](?:\/|https?:)/.test(text) || /url\(\s*["']?(?:\/|https?:)/.test(text))
      problems.push(`${file} has an absolute or remote URL`);
    if (/["'(]\/_astro\//.test(text))
      problems.push(`${file} refers to /_astro/ by an absolute path`);
  }
  return problems;
}

function scormProblems(folder: string, format: Exclude<Format, 'cmi5'>): string[] {
  const problems: string[] = [];
  const manifest = readFileSync(join(folder, 'imsmanifest.xml'), 'utf8');
  for (const m of manifest.matchAll(/identifier(?:ref)?="([^"]*)"/g)) {
    if (!/^[\w.]{1,250}$/.test(m[1]))
      problems.push(`identifier "${m[1]}" does not match Moodle's ^[\\w.]{1,250}$`);
  }
  if (format === 'scorm12') {
    if (/adlcp:scormType=/.test(manifest))
      problems.push('SCORM 1.2 spells the attribute adlcp:scormtype (lower-case t)');
    for (const m of manifest.matchAll(/<adlcp:masteryscore>([^<]*)</g)) {
      const n = Number(m[1]);
      if (!Number.isInteger(n) || n < 0 || n > 100)
        problems.push(`masteryscore "${m[1]}" must be a whole number from 0 to 100`);
    }
  } else {
    if (/adlcp:scormtype=/.test(manifest))
      problems.push('SCORM 2004 spells the attribute adlcp:scormType (capital T)');
    const items = (manifest.match(/<item /g) ?? []).length;
    const controlled = (
      manifest.match(/completionSetByContent="true" objectiveSetByContent="true"/g) ?? []
    ).length;
    if (controlled < items)
      problems.push('deliveryControls must set completionSetByContent and objectiveSetByContent');
    for (const m of manifest.matchAll(/<imsss:minNormalizedMeasure>([^<]*)</g)) {
      const n = Number(m[1]);
      if (!(n >= -1 && n <= 1))
        problems.push(`minNormalizedMeasure "${m[1]}" must lie between -1 and 1`);
    }
  }
  for (const m of manifest.matchAll(/<file href="([^"]*)"/g)) {
    if (!existsSync(join(folder, m[1])))
      problems.push(`listed file "${m[1]}" is missing from the package`);
  }
  return problems;
}

export const packageProblems = (folder: string, format: Format) => [
  ...xsdProblems(folder, format),
  ...ruleProblems(folder, format),
];
