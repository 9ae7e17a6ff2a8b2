/**
 * Writes every package: per language, one per module per format and one whole-course package per
 * format, each as a folder (for the LMS preview) and a zip (for the LMS). The caller writes into a
 * temporary folder and swaps it in, so a failure never leaves half a package behind.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Course } from '../../src/schemas/course.ts';
import type { ModuleSource } from '../../src/course/load.ts';
import { scorm12Manifest } from './manifest-scorm12.ts';
import { scorm2004Manifest } from './manifest-scorm2004.ts';
import type { PackageModel, ScoEntry } from './package-model.ts';
import { pageFiles } from './page-files.ts';
import { schemaFiles, type Format } from './schema-files.ts';
import { deterministicZip } from './zip.ts';

const writers = { scorm12: scorm12Manifest, scorm2004: scorm2004Manifest };

export interface WrittenPackage {
  name: string;
  format: Format;
  lang: string;
  folder: string;
  zip: string;
  bytes: number;
  modules: string[];
}

function assemble(siteDir: string, course: Course, modules: ModuleSource[], lang: string, format: Format, identifier: string, title: string) {
  const files = new Map<string, Uint8Array>();
  const scos: ScoEntry[] = modules.map((module) => {
    const page = pageFiles(siteDir, `${lang}/${module.id}.html`, `${module.id}.html`);
    for (const [path, bytes] of page) files.set(path, bytes);
    const meta = module.text[lang].meta;
    return { id: module.id, title: meta.title, href: `${module.id}.html`, files: [...page.keys()].sort(), masteryScore: meta.masteryScore ?? course.tracking.masteryScore };
  });
  const model: PackageModel = { identifier, version: course.version, title, language: lang, scos };
  files.set('imsmanifest.xml', Buffer.from(writers[format](model)));
  const { dir, files: schemas } = schemaFiles[format];
  for (const schema of schemas) files.set(schema, readFileSync(join(dir, schema)));
  return files;
}

export function writePackages(siteDir: string, outDir: string, course: Course, modules: ModuleSource[]): WrittenPackage[] {
  const written: WrittenPackage[] = [];
  for (const lang of course.languages) {
    for (const format of course.formats) {
      const sets = [
        ...modules.map((m) => ({ name: m.id, modules: [m], title: m.text[lang].meta.title })),
        { name: 'course', modules, title: course.title[lang] ?? course.id },
      ];
      for (const set of sets) {
        const files = assemble(siteDir, course, set.modules, lang, format, `${course.id}.${lang}.${set.name}`, set.title);
        const folder = join(outDir, lang, format, set.name);
        for (const [path, bytes] of files) {
          mkdirSync(dirname(join(folder, path)), { recursive: true });
          writeFileSync(join(folder, path), bytes);
        }
        const zip = join(outDir, lang, format, `${course.id}-${set.name}-${lang}-${format}.zip`);
        const bytes = deterministicZip(files);
        writeFileSync(zip, bytes);
        written.push({ name: set.name, format, lang, folder, zip, bytes: bytes.length, modules: set.modules.map((m) => m.id) });
      }
    }
  }
  return written;
}

