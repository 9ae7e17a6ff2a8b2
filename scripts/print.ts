/**
 * `npm run print`: renders the facilitator kit to PDF with Chromium's print engine — session plans,
 * each module's guide, role cards and observer sheets, and job aids — in A4 and US Letter, into
 * dist/site/facilitator/print/<a4|letter>/, where the kit's pages link to them. Run `npm run
 * package`
 * first (it builds the site).
 * `--site <dir>` and `--out <dir>` print another built site, or into another folder.
 */
import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve as resolvePath } from 'node:path';
import { chromium } from '@playwright/test';
import { checkContent } from '#src/course/check-content.ts';
import { PAPER, PRINT_DIR, pdfName } from '#src/facilitator/print-files.ts';
import { chromiumArgs, systemChromium } from './lib/chromium.ts';
import { staticServer } from './lib/static-server.ts';
import { writeThenSwap } from './lib/swap-in.ts';

const root = process.cwd();
const option = (name: string, fallback: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 && process.argv[at + 1] ? resolvePath(process.argv[at + 1]) : fallback;
};
const site = option('site', join(root, 'dist', 'site'));
if (!existsSync(join(site, 'facilitator.html'))) {
  console.error('No built site: run `npm run package` first.');
  process.exit(1);
}
const { course, modules } = checkContent(root);
const lang = course!.languages[0];
const jobs: Array<{ name: string; path: string; jobAid?: boolean }> = [
  { name: pdfName('session-plans'), path: 'facilitator/agendas.html' },
  ...modules.flatMap((m) => [
    { name: pdfName('guide', m.id), path: `facilitator/guide/${m.id}.html` },
    { name: pdfName('role-cards', m.id), path: `facilitator/cards/${m.id}.html` },
    { name: pdfName('job-aid', m.id), path: `${lang}/${m.id}.html`, jobAid: true },
  ]),
];

const server = staticServer([['/', site]]);
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
const browser = await chromium.launch({ executablePath: systemChromium, args: chromiumArgs });
// By default into the built kit itself, where its pages link to them
// (src/facilitator/print-files.ts).
// Written beside it and swapped in when every PDF is done: a failed print leaves the last kit
// whole.
const out = option('out', join(site, PRINT_DIR));
try {
  await writeThenSwap(out, async (temp) => {
    const page = await browser.newPage();
    for (const folder of PAPER) {
      const format = folder;
      mkdirSync(join(temp, folder), { recursive: true });
      for (const job of jobs) {
        await page.goto(base + job.path);
        if (job.jobAid) {
          // Print only the job aid card, as the learner's print button does.
          await page.evaluate(() => {
            for (const s of document.querySelectorAll<HTMLElement>('[data-section]'))
              s.hidden = false;
            document.body.dataset.printing = 'job-aid';
            document.querySelector('.job-aid')?.classList.add('printing');
          });
        }
        await page.pdf({
          path: join(temp, folder, job.name),
          format,
          printBackground: true,
          margin: { top: '15mm', bottom: '15mm', left: '14mm', right: '14mm' },
        });
      }
    }
  });
  console.log(`Wrote ${jobs.length * 2} PDFs to ${out} (A4 and US Letter).`);
} catch (error) {
  console.error(`Printing failed; the previous PDFs are untouched: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await browser.close();
  server.close();
}
