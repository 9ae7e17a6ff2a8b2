/**
 * The built zips against DESIGN §6 (60 KB for a SCORM 1.2 module, 80 KB for 2004), and the mark
 * each package's pages carry so the completion panel names the right next step.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ZIP_BUDGET } from '#scripts/packaging/budgets.ts';
import type { WrittenPackage } from '#scripts/packaging/write-packages.ts';
import { pageSetting } from '#src/elements/completion-view.ts';

const listing = 'dist/packages/packages.json';
const built = existsSync(listing);
const packages = (): WrittenPackage[] => (built ? JSON.parse(readFileSync(listing, 'utf8')) : []);

describe.skipIf(!built)('the built packages (npm run package)', () => {
  it('keep every one-module zip within its format budget', () => {
    const modules = packages().filter((p) => p.name !== 'course' && ZIP_BUDGET[p.format]);
    expect(modules.length).toBeGreaterThan(0);
    const over = modules
      .filter((p) => p.bytes > ZIP_BUDGET[p.format])
      .map((p) => `${p.zip}: ${p.bytes} B > ${ZIP_BUDGET[p.format]} B`);
    expect(over).toEqual([]);
  });

  it('ship no Vite preload helper: inside one script it has nothing to preload', () => {
    for (const p of packages().filter((p) => p.name !== 'course')) {
      const files = unzipSync(readFileSync(join('dist', 'packages', p.zip)));
      const scripts = Object.keys(files).filter((f) => f.endsWith('.js'));
      expect(scripts.length).toBeGreaterThan(0);
      for (const f of scripts)
        expect(Buffer.from(files[f]).toString('utf8')).not.toContain('vite:preloadError');
    }
  });

  it('mark a whole-course package’s pages "course" and a one-module package’s "module"', () => {
    for (const p of packages().filter((p) => p.format !== 'web')) {
      const files = unzipSync(readFileSync(join('dist', 'packages', p.zip)));
      const want = p.name === 'course' ? 'course' : 'module';
      for (const id of p.modules)
        expect(Buffer.from(files[`${id}.html`]).toString('utf8')).toContain(
          `<course-module data-package="${want}">`,
        );
    }
  });
});

describe('the next step after a module', () => {
  it(
    'is the next page on the web, its name in a whole-course package, the platform ' + 'otherwise',
    () => {
      expect(pageSetting(undefined, true)).toBe('web');
      expect(pageSetting('course', false)).toBe('course');
      // A whole-course folder opened without an LMS still holds the next page.
      expect(pageSetting('course', true)).toBe('web');
      expect(pageSetting('module', false)).toBe('module');
      expect(pageSetting('module', true)).toBe('module');
    },
  );
});
