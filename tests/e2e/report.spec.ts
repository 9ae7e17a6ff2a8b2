/**
 * The learning report page (npm run report) from a generated cmi5 export covering the whole
 * course: zero axe violations, a table for each chart, nothing about learners but counts, and a
 * screenshot for a human look.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { checkContent } from '#src/course/check-content.ts';
import { indexContent } from '#src/report/content-index.ts';
import { generateStatements } from '#src/report/generate.ts';
import { renderReport } from '#src/report/render.ts';
import { runReport } from '#src/report/run.ts';

const dir = join(process.cwd(), 'test-results', 'report');

test('the report page has no axe violation, a table per chart and no learner names', async ({
  page,
}) => {
  test.setTimeout(420_000);
  mkdirSync(dir, { recursive: true });
  const index = indexContent(checkContent(process.cwd()));
  const file = join(dir, 'statements.ndjson');
  writeFileSync(file, `${[...generateStatements(index, 3000)].join('\n')}\n`);
  const html = renderReport(await runReport([file], index), 'Preventing relational burnout');
  writeFileSync(join(dir, 'index.html'), html);
  expect(html).not.toContain('learner-1');
  await page.goto(`file://${join(dir, 'index.html')}`);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.locator('svg.map').first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(dir, 'report.png') });
  const violations = (
    await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze()
  ).violations;
  expect(violations).toEqual([]);
  // Phones: nothing scrolls sideways (tables wrap, charts scale).
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // Every chart is followed by its table alternative.
  const charts = await page.locator('svg[role="img"]').count();
  const withTable = await page.locator('svg[role="img"] + table').count();
  expect(charts).toBeGreaterThan(10);
  expect(withTable).toBe(charts);
});
