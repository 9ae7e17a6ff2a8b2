/**
 * Validates a package folder: the manifest against the official XSDs (xmllint-wasm, offline),
 * plus the rules the XSDs miss: 1.2 masteryscore range, attribute case per edition, ids that
 * Moodle accepts, every listed file present, and no absolute or remote URL in any page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Format, schemaFiles } from './schema-files.ts';
import { xsdProblems } from './xsd.ts';

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

/** The XSDs a package ships must be the vendored official ones, byte for byte. */
function shippedSchemaProblems(folder: string, format: Format): string[] {
  const { dir, files } = schemaFiles[format];
  return files
    .filter((file) => {
      const shipped = join(folder, file);
      return !existsSync(shipped) || !readFileSync(shipped).equals(readFileSync(join(dir, file)));
    })
    .map((file) => `${file} is missing or differs from the official XSD`);
}

export interface PackageToCheck {
  folder: string;
  format: Format;
}

/** Every problem of every package, keyed by folder: one XSD validator run per format. */
export async function packagesProblems(
  packages: readonly PackageToCheck[],
): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>();
  for (const format of ['scorm12', 'scorm2004', 'cmi5'] as const) {
    const folders = packages.filter((p) => p.format === format).map((p) => p.folder);
    const xsd = await xsdProblems(folders, format);
    for (const folder of folders) {
      const rules = ruleProblems(folder, format);
      result.set(folder, [
        ...(xsd.get(folder) ?? []),
        ...shippedSchemaProblems(folder, format),
        ...rules,
      ]);
    }
  }
  return result;
}

/** The problems of one package. */
export const packageProblems = async (folder: string, format: Format) =>
  (await packagesProblems([{ folder, format }])).get(folder) ?? [];
