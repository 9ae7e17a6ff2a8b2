/**
 * `npm run translate -- export <lang> [file.xlf]`: every translatable string of the course in one
 * XLIFF 1.2 file for a translator or a CAT tool (default dist/translate/<lang>.xlf).
 * `npm run translate -- import <file.xlf>`: writes the `<id>.<lang>.yaml` translation files back
 * and reports missing, extra, changed (source edited since export) and too-long strings.
 * Module text (`<lang>.mdx`) is translated as a copy of the MDX file, not through XLIFF.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { checkContent } from '#src/course/check-content.ts';
import { exportDocument, importDocument } from '#src/course/translation-units.ts';
import { readXliff, writeXliff, XliffError } from '#src/course/xliff.ts';
import { formatContentError } from '#src/schemas/author-errors.ts';

const [command, arg, out] = process.argv.slice(2);
const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};
if (command !== 'export' && command !== 'import')
  fail('Usage: npm run translate -- export <lang> [file.xlf] | import <file.xlf>');

const root = process.cwd();
const checked = checkContent(root);
if (!checked.course || checked.errors.length > 0) {
  for (const e of checked.errors) console.error(`error    ${formatContentError(e)}`);
  fail('Fix the content first (npm run check): a translation starts from a valid course.');
}
const course = checked.course!;
const sourceLang = course.languages[0];

if (command === 'export') {
  if (!arg || !/^[a-z]{2}(-[A-Z]{2})?$/.test(arg))
    fail('Name the language to translate into, e.g. npm run translate -- export fr');
  if (arg === sourceLang)
    fail(`${arg} is the source language; name the language to translate into`);
  const file = out ?? join('dist', 'translate', `${arg}.xlf`);
  const doc = exportDocument(checked.modules, sourceLang, arg);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, writeXliff(doc));
  const units = doc.files.flatMap((f) => f.units);
  const todo = units.filter((u) => u.target === undefined).length;
  console.log(
    `Wrote ${file}: ${units.length} strings in ${doc.files.length} files, ${todo} to translate.`,
  );
  if (!course.languages.includes(arg))
    console.log(`Add ${arg} to languages: in course.yaml, and a ${arg}.mdx beside each en.mdx.`);
} else {
  if (!arg) fail('Name the XLIFF file to import, e.g. npm run translate -- import fr.xlf');
  let doc: ReturnType<typeof readXliff> | undefined;
  try {
    doc = readXliff(readFileSync(arg, 'utf8'));
  } catch (error) {
    if (error instanceof XliffError) fail(`${arg} ${error.message}`);
    fail(`${arg} cannot be read: ${(error as Error).message}`);
  }
  if (doc!.sourceLang !== sourceLang)
    fail(`${arg} translates from ${doc!.sourceLang}, but this course is written in ${sourceLang}`);
  const report = importDocument(checked.modules, doc!);
  for (const [path, strings] of report.write)
    writeFileSync(join(root, path), stringify({ strings }, { lineWidth: 0 }));
  console.log(`Wrote ${report.write.size} ${doc!.targetLang} translation files.`);
  const show = (label: string, items: string[]) => {
    if (items.length === 0) return;
    console.log(`${label} (${items.length}):`);
    for (const item of items) console.log(`  ${item}`);
  };
  show('Changed since the export, re-translate (the previous text is kept)', report.changed);
  show('Missing, still untranslated', report.missing);
  show('Extra, not in the content any more (ignored)', report.extra);
  show('Longer than the layout allows, shorten if you can', report.tooLong);
}
