/**
 * `npm run report -- <export files or folders…>`: reads LMS and LRS exports (xAPI statements,
 * Moodle's SCORM interactions report, the generic CSV of content/README.md) and writes a static,
 * offline report to dist/report/index.html with every figure in dist/report/figures.csv.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '#src/course/check-content.ts';
import { parseOptions, USAGE } from '#src/report/cli-options.ts';
import { indexContent } from '#src/report/content-index.ts';
import { figuresCsv } from '#src/report/csv-out.ts';
import { renderReport } from '#src/report/render.ts';
import { runReport } from '#src/report/run.ts';

const fail = (message: string): never => {
  console.error(`report: ${message}`);
  process.exit(1);
};

let options: ReturnType<typeof parseOptions>;
try {
  options = parseOptions(process.argv.slice(2));
} catch (e) {
  fail(`${(e as Error).message}\n${USAGE}`);
}
const o = options!;
for (const p of o.paths)
  if (!existsSync(p)) fail(`${p} does not exist; name an export file or folder`);

const content = checkContent(process.cwd());
if (content.errors.length || !content.course)
  fail(`the content has errors; run npm run check first (${content.errors.length} found)`);
const index = indexContent(content);
const result = await runReport(o.paths, index, o);
const title = Object.values(content.course!.title)[0];
mkdirSync(o.out, { recursive: true });
const html = renderReport(result, title);
writeFileSync(join(o.out, 'index.html'), html);
writeFileSync(join(o.out, 'figures.csv'), figuresCsv(result.main));
const c = result.main.counts;
console.log(
  `report: ${result.files.length} files, ${c.events} records used, ${c.duplicates} duplicates, ` +
    `${c.problems} not usable, ${result.main.unknownIds.length} ids not in the current content.\n` +
    `Wrote ${join(o.out, 'index.html')} ` +
    `(${Math.round(Buffer.byteLength(html) / 1024)} KB) and figures.csv.`,
);
