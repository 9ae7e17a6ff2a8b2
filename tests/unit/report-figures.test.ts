import { describe, expect, test } from 'vitest';
import { checkContent } from '#src/course/check-content.ts';
import { indexContent } from '#src/report/content-index.ts';
import { figuresCsv } from '#src/report/csv-out.ts';
import { count, share } from '#src/report/privacy.ts';
import { renderReport } from '#src/report/render.ts';
import { runReport } from '#src/report/run.ts';
import { answered, QUESTION, tempDir } from './report-fixtures.ts';

const index = indexContent(checkContent(process.cwd()));
const D = 'rp.benefits_desk.';

describe('privacy threshold', () => {
  test('counts and shares under the threshold are hidden, zero is not', () => {
    expect([count(0, 5), count(4, 5), count(5, 5)]).toEqual(['0', '< 5', '5']);
    expect([share(4, 10, 5), share(6, 10, 5), share(6, 4, 5), share(0, 0, 5)]).toEqual([
      '< 5',
      '60%',
      '< 5',
      '–',
    ]);
  });
  test('the page and the CSV follow the threshold of course.yaml', async () => {
    const s = [
      ...['1', '2', '3', '4', '5', '6'].map((l) => answered(l, QUESTION, 'early_sign', 1)),
      ...['7', '8'].map((l) => answered(l, QUESTION, 'wrong_job', 1)),
    ];
    const dir = tempDir({ 'a.json': JSON.stringify(s) });
    const csvAt = async (minLearners: number) => {
      const r = await runReport([dir], { ...index, minLearners });
      return { csv: figuresCsv(r.main), html: renderReport(r, 'T') };
    };
    const five = await csvAt(5);
    expect(five.csv).toContain(`option,${QUESTION}.early_sign,share,75%`);
    expect(five.csv).toContain(`option,${QUESTION}.wrong_job,share,< 5`);
    expect(five.html).not.toMatch(/lms\.invalid|reg-\d/);
    const two = await csvAt(2);
    expect(two.csv).toContain(`option,${QUESTION}.wrong_job,share,25%`);
  });
});

describe('scenario figures', () => {
  test(
    'first and later play-throughs, endings and weak-majority decisions, counted ' + 'exactly',
    async () => {
      // Six learners take c_push (weak) then h_reference at the first two decisions; two of them
      // replay later and take c_notice. The remaining decisions are left unanswered.
      const s = ['1', '2', '3', '4', '5', '6'].flatMap((l) => [
        answered(l, `${D}inner_case`, 'c_push', 1),
        answered(l, `${D}hart_open`, 'h_reference', 2),
      ]);
      s.push(
        answered('1', `${D}inner_case`, 'c_notice', 40),
        answered('2', `${D}inner_case`, 'c_notice', 41),
      );
      const { main } = await runReport([tempDir({ 's.json': JSON.stringify(s) })], index);
      const f = main.scenarios.find((x) => x.id === 'benefits_desk')!;
      expect([f.learners, f.replayed]).toEqual([6, 2]);
      const inner = f.decisions.find((d) => d.node === 'inner_case')!;
      expect(inner.choices.map((c) => [c.id, c.first, c.later])).toEqual([
        ['c_notice', 0, 2],
        ['c_push', 6, 0],
      ]);
      expect(inner.weakMajority).toBe(true);
      expect(f.decisions.find((d) => d.node === 'hart_open')!.learners).toBe(6);
      expect(f.endings.every((e) => e.first === 0)).toBe(true);
    },
  );
});
