/**
 * `npm run print` output: runs only when the site is built (npm run package), and then checks the
 * PDFs' text with pdftotext and their page counts with pdfinfo (Debian's poppler-utils).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/course/check-content.ts';

const built = existsSync('dist/site/facilitator.html');
const { modules } = checkContent(process.cwd());
const text = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
const pages = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);

describe.skipIf(!built)('printed facilitator kit', () => {
  it('renders every document in A4 and US Letter', () => {
    execFileSync(process.execPath, ['scripts/print.ts'], { stdio: 'pipe' });
    for (const size of ['a4', 'letter']) {
      expect(existsSync(`dist/print/${size}/session-plans.pdf`)).toBe(true);
      for (const m of modules) for (const kind of ['guide', 'role-cards', 'job-aid']) expect(existsSync(`dist/print/${size}/${m.id}-${kind}.pdf`)).toBe(true);
    }
  }, 120_000);

  it('role cards carry each scenario\'s customer card, employee card, observer sheet and questions', () => {
    const m = modules[0];
    const cards = text(`dist/print/a4/${m.id}-role-cards.pdf`);
    for (const s of m.scenarios) {
      expect(cards).toContain(s.title);
      expect(cards).toContain('Customer card');
      expect(cards).toContain('Observer sheet');
      expect(cards.replace(/\s+/g, ' ')).toContain(s.brief.debriefQuestions[0].replace(/\s+/g, ' ').slice(0, 30));
    }
    // One scenario per printed page at least, no card split: each scenario starts on a new page.
    expect(pages(`dist/print/a4/${m.id}-role-cards.pdf`)).toBeGreaterThanOrEqual(m.scenarios.length);
  });

  it('a job aid fits on one page and the session plans hold three agendas', () => {
    for (const m of modules) expect(pages(`dist/print/a4/${m.id}-job-aid.pdf`)).toBe(1);
    const plans = text('dist/print/letter/session-plans.pdf');
    expect(plans).toContain('Half-day workshop');
    expect(plans).toContain('Full-day workshop');
    expect(plans).toContain('60-minute team meeting');
    expect(pages('dist/print/letter/session-plans.pdf')).toBeGreaterThanOrEqual(3);
  });
});
