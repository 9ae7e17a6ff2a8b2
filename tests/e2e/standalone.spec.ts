/**
 * Without an LMS: the site under a URL prefix, the `web` export from a web server folder and
 * opened from disk (file://), and an LMS package opened from disk, which must say why it cannot
 * work.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, type Page, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import { staticServer } from '#scripts/lib/static-server.ts';
import { checkContent } from '#src/course/check-content.ts';
import { builtPackages } from './lib/packages.ts';

const { course, modules } = checkContent(process.cwd());
const lang = course!.languages[0];

function unzipTo(zip: string, folder: string): string {
  const target = resolve('dist', 'e2e', folder);
  rmSync(target, { recursive: true, force: true });
  for (const [path, bytes] of Object.entries(unzipSync(readFileSync(join('dist/packages', zip))))) {
    mkdirSync(dirname(join(target, path)), { recursive: true });
    writeFileSync(join(target, path), bytes);
  }
  return target;
}

/** Records failed requests and script errors, which a broken folder shows first. */
function watch(page: Page): string[] {
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  page.on('requestfailed', (r) => failed.push(`failed ${r.url()}`));
  page.on('pageerror', (e) => failed.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') failed.push(m.text());
  });
  return failed;
}

/**
 * A module page whose scripts ran: the module is live, and the "could not start" notice never
 * shows.
 */
async function expectWorkingModule(page: Page) {
  await expect(page.locator('course-module')).toHaveAttribute('data-lms', 'standalone');
  await expect(page.locator('[data-status]')).toContainText('saved in this browser only');
  expect(await page.evaluate(() => document.querySelectorAll(':not(:defined)').length)).toBe(0);
  // Not merely still inside its 2.5 s delay: with every element defined, its rule never applies.
  await expect(page.locator('.boot-notice')).toHaveCSS('display', 'none');
}

async function serve(prefix: string, folder: string) {
  const server = staticServer([[prefix, folder]]);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}${prefix}` };
}

test('the site works from a sub-path: home, a module and its maps', async ({ page }) => {
  const { server, base } = await serve('/intranet/learning/burnout/', 'dist/site');
  const failed = watch(page);
  try {
    await page.goto(`${base}index.html`);
    await page.getByRole('link', { name: modules[0].text[lang].meta.title, exact: true }).click();
    await expectWorkingModule(page);
    await page.goto(`${base}${lang}/maps/${modules[1].id}.html`);
    await expect(page.locator('.map svg').first()).toBeVisible();
    expect(failed).toEqual([]);
  } finally {
    server.close();
  }
});

test('the web export lists the modules and works from a web server folder', async ({ page }) => {
  const web = builtPackages().find((p) => p.format === ('web' as string) && p.lang === lang);
  expect(web, 'course.yaml lists the web format').toBeTruthy();
  const folder = unzipTo(web!.zip, 'web-served');
  const { server, base } = await serve('/static/courses/', folder);
  const failed = watch(page);
  try {
    await page.goto(`${base}index.html`);
    await expect(page.locator('.module-list a')).toHaveText(
      modules.map((m) => m.text[lang].meta.title),
    );
    await page.locator('.module-list a').nth(1).click();
    await expectWorkingModule(page);
    expect(failed).toEqual([]);
  } finally {
    server.close();
  }
});

test('the web export works opened from disk, and keeps progress across a reload', async ({
  page,
}) => {
  const web = builtPackages().find((p) => p.format === ('web' as string) && p.lang === lang)!;
  const folder = unzipTo(web.zip, 'web-disk');
  const failed = watch(page);
  await page.goto(pathToFileURL(join(folder, 'index.html')).href);
  await page.locator('.module-list a').first().click();
  await expectWorkingModule(page);
  const before = await page.locator('[data-progress-label]').textContent();
  await page.locator('[data-continue]').first().click();
  await expect(page.locator('[data-progress-label]')).not.toHaveText(before!);
  const after = await page.locator('[data-progress-label]').textContent();
  await page.reload();
  await expect(page.locator('[data-progress-label]')).toHaveText(after!);
  expect(failed).toEqual([]);
});

// An LMS package's page carries one classic script (write-packages.ts), which browsers run from
// file:// too: opened from disk it works without an LMS, in standalone mode, and says so.
test('an LMS package opened from disk runs without an LMS and says so', async ({ page }) => {
  const pkg = builtPackages().find((p) => p.format === 'scorm12' && p.name === modules[0].id)!;
  const folder = unzipTo(pkg.zip, 'scorm-disk');
  const failed = watch(page);
  await page.goto(pathToFileURL(join(folder, `${modules[0].id}.html`)).href);
  await expectWorkingModule(page);
  await expect(page.locator('.boot-notice')).toBeHidden();
  expect(failed).toEqual([]);
});

// The notice is shown by CSS alone (boot-notice.css), so it must appear with scripts off.
test.describe('with scripts refused', () => {
  test.use({ javaScriptEnabled: false });
  test('a module page and the projector say they could not start', async ({ page }) => {
    const { server, base } = await serve('/', 'dist/site');
    try {
      await page.goto(`${base}${lang}/${modules[0].id}.html`);
      await expect(page.locator('course-module > .boot-notice')).toBeVisible();
      await page.goto(`${base}facilitator.html`);
      await page.locator('a[href*="play/"]').first().click();
      await expect(page.locator('projector-mode > .boot-notice')).toBeVisible();
    } finally {
      server.close();
    }
  });
});
