import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCORM12_SCHEMAS } from './manifest-scorm12.ts';
import { SCORM2004_SCHEMAS } from './manifest-scorm2004.ts';

/** The official XSDs, vendored unchanged in schemas/<format>/ (see schemas/README.md). */
const root = join(dirname(fileURLToPath(import.meta.url)), 'schemas');

export type Format = 'scorm12' | 'scorm2004' | 'cmi5';

/** Where a format's XSDs are kept. */
export const schemaDir = (format: Format) => join(root, format);

/** XSDs shipped at each package's root (SCORM asks for them; cmi5 does not). */
export const schemaFiles = {
  scorm12: { dir: schemaDir('scorm12'), files: SCORM12_SCHEMAS },
  scorm2004: { dir: schemaDir('scorm2004'), files: SCORM2004_SCHEMAS },
  cmi5: { dir: '', files: [] as string[] },
} as const satisfies Record<Format, unknown>;
