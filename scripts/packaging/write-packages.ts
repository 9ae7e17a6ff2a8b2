/**
 * Writes every package: per language, one per module per format and one whole-course package per
 * format, each as a folder (for the LMS preview) and a zip (for the LMS). The caller writes into a
 * temporary folder and swaps it in, so a failure never leaves half a package behind.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ModuleSource } from '#src/course/load.ts';
import { moduleConfig } from '#src/course/module-config.ts';
import { CMI5_POLICY, PAGE_POLICY, renderPolicy } from '#src/layouts/csp.ts';
import type { Course } from '#src/schemas/course.ts';
import { CMI5_ONLY_KEYS, withoutStrings } from './format-strings.ts';
import { CMI5_STRUCTURE, cmi5CourseStructure } from './manifest-cmi5.ts';
import { scorm12Manifest } from './manifest-scorm12.ts';
import { scorm2004Manifest } from './manifest-scorm2004.ts';
import { oneStylesheet } from './one-stylesheet.ts';
import type { PackageModel, ScoEntry } from './package-model.ts';
import { pageFiles } from './page-files.ts';
import { type Format, schemaFiles } from './schema-files.ts';
import { classicPage, webFiles } from './web-package.ts';
import { deterministicZip } from './zip.ts';

const writers = {
  scorm12: { file: 'imsmanifest.xml', write: scorm12Manifest },
  scorm2004: { file: 'imsmanifest.xml', write: scorm2004Manifest },
  cmi5: { file: CMI5_STRUCTURE, write: cmi5CourseStructure },
};

/** Placeholder until course.yaml names the course's own IRI (see src/schemas/course.ts). */
export const courseIri = (course: Course) => course.iri ?? `https://courses.invalid/${course.id}`;

/**
 * The lazily loaded cmi5 adapter (src/tracking/adapters/cmi5/cmi5-adapter.ts): SCORM packages leave
 * it out.
 */
export const CMI5_CHUNK = /^_astro\/cmi5-adapter\.[\w-]+\.js$/;

/** A cmi5 page gets the cmi5 policy (its LRS is named at launch) in place of the page's own. */
function cmi5Policy(html: Uint8Array, path: string): Buffer {
  const text = Buffer.from(html).toString('utf8');
  const page = `content="${renderPolicy(PAGE_POLICY)}"`;
  if (!text.includes(page))
    throw new Error(`${path}: no page Content-Security-Policy to widen for cmi5`);
  return Buffer.from(text.replace(page, `content="${renderPolicy(CMI5_POLICY)}"`));
}

// Each edition's adapter is a lazy chunk (src/tracking/adapters/pick.ts); a page bundle keeps
// only its own format's one and leaves the others out (esbuild `external`).
const ADAPTER_FILE: Record<Format, string> = {
  cmi5: 'cmi5-adapter',
  scorm12: 'scorm12',
  scorm2004: 'scorm2004',
};
const LAZY_ADAPTERS = Object.values(ADAPTER_FILE).map((file) => `./${file}.*`);

export interface WrittenPackage {
  name: string;
  /** An LMS format, or `web`: the whole course as a plain folder (web-package.ts). */
  format: Format | 'web';
  lang: string;
  folder: string;
  zip: string;
  bytes: number;
  modules: string[];
}

interface PackageSet {
  /** A module id, or "course" for the whole-course package. */
  name: string;
  modules: ModuleSource[];
  title: string;
}

function assemble(siteDir: string, course: Course, lang: string, format: Format, set: PackageSet) {
  const { modules, title } = set;
  const files = new Map<string, Uint8Array>();
  const scos: ScoEntry[] = modules.map((module) => {
    const href = `${module.id}.html`;
    const page = pageFiles(
      siteDir,
      `${lang}/${module.id}.html`,
      href,
      format === 'cmi5' ? undefined : CMI5_CHUNK,
    );
    // One classic script per page instead of a dozen module chunks: each zip entry costs a header
    // and its own compression dictionary, so this keeps zips (DESIGN §6) small. A cmi5 page keeps
    // its adapter inside the bundle, each SCORM page its own edition's.
    const bundled = classicPage(
      siteDir,
      Buffer.from(page.get(href)!).toString('utf8'),
      LAZY_ADAPTERS.filter((chunk) => !chunk.startsWith(`./${ADAPTER_FILE[format]}.`)),
    );
    for (const path of [...page.keys()]) if (path.endsWith('.js')) page.delete(path);
    // The completion panel's next step depends on the package (src/elements/completion-view.ts).
    const strings = format === 'cmi5' ? bundled.html : withoutStrings(bundled.html, CMI5_ONLY_KEYS);
    const marked = strings.replace(
      '<course-module>',
      `<course-module data-package="${set.name === 'course' ? 'course' : 'module'}">`,
    );
    const styled = oneStylesheet(marked, page);
    for (const path of styled.joined) page.delete(path);
    page.set(href, Buffer.from(styled.html));
    if (bundled.script) page.set(bundled.script.path, bundled.script.bytes);
    if (styled.sheet) page.set(styled.sheet.path, styled.sheet.bytes);
    for (const [path, bytes] of page)
      files.set(path, format === 'cmi5' && path === href ? cmi5Policy(bytes, path) : bytes);
    const meta = module.text[lang].meta;
    const graded = moduleConfig(course, module, lang).questions.length > 0;
    return {
      id: module.id,
      title: meta.title,
      description: meta.summary,
      href,
      files: [...page.keys()].sort(),
      masteryScore: meta.masteryScore ?? course.tracking.masteryScore,
      graded,
    };
  });
  // The whole course is the cmi5 course itself; a one-module package is a course of its own.
  const whole = set.name === 'course';
  const iri = whole ? courseIri(course) : `${courseIri(course)}/package/${set.name}`;
  const description = whole
    ? `${course.organisation}: ${modules.length} modules`
    : scos[0].description;
  const model: PackageModel = {
    identifier: `${course.id}.${lang}.${set.name}`,
    version: course.version,
    title,
    language: lang,
    iri,
    description,
    scos,
  };
  files.set(writers[format].file, Buffer.from(writers[format].write(model)));
  const { dir, files: schemas } = schemaFiles[format];
  for (const schema of schemas) files.set(schema, readFileSync(join(dir, schema)));
  return files;
}

export function writePackages(
  siteDir: string,
  outDir: string,
  course: Course,
  modules: ModuleSource[],
): WrittenPackage[] {
  const written: WrittenPackage[] = [];
  for (const lang of course.languages) {
    for (const format of course.formats) {
      const whole = { name: 'course', modules, title: course.title[lang] ?? course.id };
      // Without an LMS there is nothing to import module by module: one folder holds the course.
      const sets: PackageSet[] =
        format === 'web'
          ? [whole]
          : [
              ...modules.map((m) => ({ name: m.id, modules: [m], title: m.text[lang].meta.title })),
              whole,
            ];
      for (const set of sets) {
        const files =
          format === 'web'
            ? webFiles(siteDir, course, lang, modules)
            : assemble(siteDir, course, lang, format, set);
        const folder = join(outDir, lang, format, set.name);
        for (const [path, bytes] of files) {
          mkdirSync(dirname(join(folder, path)), { recursive: true });
          writeFileSync(join(folder, path), bytes);
        }
        const zip = join(outDir, lang, format, `${course.id}-${set.name}-${lang}-${format}.zip`);
        // The one-module SCORM 1.2 zips have the tightest budget (60 KB with 6 KB of XSDs, DESIGN
        // §6): the slower, denser deflate goes there alone, to keep the build fast.
        const bytes = deterministicZip(files, set.name !== 'course' && format === 'scorm12');
        writeFileSync(zip, bytes);
        written.push({
          name: set.name,
          format,
          lang,
          folder,
          zip,
          bytes: bytes.length,
          modules: set.modules.map((m) => m.id),
        });
      }
    }
  }
  return written;
}
