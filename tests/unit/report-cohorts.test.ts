import { describe, expect, test } from 'vitest';
import { checkContent } from '#src/course/check-content.ts';
import { indexContent } from '#src/report/content-index.ts';
import { figuresCsv } from '#src/report/csv-out.ts';
import { renderReport } from '#src/report/render.ts';
import { runReport } from '#src/report/run.ts';
import { MOODLE_LEAD_COLUMNS } from '../e2e/lib/moodle-export.ts';
import { answered, moduleStatement, QUESTION, tempDir } from './report-fixtures.ts';

const index = indexContent(checkContent(process.cwd()));
const learners = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);

describe('where learners stop', () => {
  test('the saved location of a Moodle download wins over the section of the last answer', async () => {
    const header = [
      ...MOODLE_LEAD_COLUMNS,
      'Foundations',
      'cmi.core.lesson_location',
      'Question 1',
      'Response 1',
      'Right answer 1',
      'Result 1',
    ].join('\t');
    const row = (name: string, location: string) =>
      [
        name,
        `${name}@x.org`,
        '1',
        '',
        '',
        '',
        'incomplete',
        location,
        QUESTION,
        'a',
        'a',
        'correct',
      ].join('\t');
    const tsv = [
      header,
      ...learners('why', 5).map((n) => row(n, 'why')),
      ...learners('check', 6).map((n) => row(n, 'check')),
      row('old', 'removed_section'),
    ].join('\n');
    const { main } = await runReport([tempDir({ 'moodle.txt': tsv })], index);
    const m = main.modules.find((x) => x.id === 'foundations')!;
    const at = (id: string) => m.stops.find((s) => s.id === id)!;
    expect(m.stops.map((s) => s.id)).toEqual(index.modules[0].sections.map((s) => s.id));
    // "old" saved a section that no longer exists: reported, and their last answer stands in.
    expect([at('why').learners, at('check').learners, at('check').notCompleted]).toEqual([5, 7, 7]);
    expect(at('why').title).toBe('Where it comes from: three ways of seeing it');
    expect(m.stopsFromLocation).toBe(11);
    expect(main.unknownIds).toContainEqual(['section foundations.removed_section', 1]);
    const html = renderReport({ ...(await runReport([tempDir({ 'm.txt': tsv })], index)) }, 'T');
    expect(html).toContain('Section where learners stop in Understanding relational burnout');
  });

  test('cmi5 statements carry no location: the section of the last answer stands in', async () => {
    const s = learners('k', 6).flatMap((l) => [
      answered(l, 'rp.benefits_desk.inner_case', 'c_notice', 1),
      answered(l, QUESTION, 'early_sign', 2),
    ]);
    s.push(...learners('p', 5).map((l) => answered(l, 'rp.benefits_desk.inner_case', 'c_push', 3)));
    const { main } = await runReport([tempDir({ 's.json': JSON.stringify(s) })], index);
    const m = main.modules.find((x) => x.id === 'foundations')!;
    expect(m.stops.filter((x) => x.learners).map((x) => [x.id, x.learners])).toEqual([
      ['practice', 5],
      ['check', 6],
    ]);
    expect(m.stopsFromLocation).toBe(0);
    expect(figuresCsv(main)).toContain('stop,foundations.check,learners,6');
  });
});

describe('cohorts', () => {
  test('groups from xAPI context.team and the generic CSV are compared side by side', async () => {
    const team = (name: string) => ({ context: { team: { objectType: 'Group', name } } });
    const s = [
      ...learners('a', 6).map((l) => ({
        ...answered(l, QUESTION, 'early_sign', 1),
        ...team('North'),
      })),
      ...learners('b', 5).map((l) => ({
        ...answered(l, QUESTION, 'wrong_job', 1),
        ...team('South'),
      })),
      { ...moduleStatement('a1', 'passed', 5), ...team('North') },
    ];
    const csv = [
      'learner,time,interaction,response,result,group',
      ...learners('c', 5).map(
        (l) => `${l},2026-11-02T09:00:00Z,${QUESTION},early_sign,correct,West`,
      ),
    ].join('\n');
    const r = await runReport([tempDir({ 'x.json': JSON.stringify(s), 'c.csv': csv })], index);
    expect(r.groups).toEqual(['North', 'South', 'West']);
    const cols = r.cohorts!.columns;
    expect(cols.map((c) => c.label)).toEqual(['North', 'South', 'West']);
    const q = (i: number) => cols[i].figures.questions.find((x) => x.key === QUESTION)!;
    expect([q(0).learners, q(0).correct, q(1).learners, q(1).correct, q(2).correct]).toEqual([
      6, 6, 5, 0, 5,
    ]);
    expect(r.main.questions.find((x) => x.key === QUESTION)!.learners).toBe(16);
    const html = renderReport(r, 'T');
    expect(html).toContain('<h2 id="groups">Groups compared</h2>');
    expect(html).toMatch(/check\.back_from_leave<td>100%<td>0%<td>100%/);
    // One group asked for: no side-by-side columns, the others counted as "other groups".
    const north = await runReport([tempDir({ 'x.json': JSON.stringify(s) })], index, {
      group: 'North',
    });
    expect([north.cohorts, north.main.counts.otherGroup]).toEqual([undefined, 5]);
  });
});

describe('two periods', () => {
  test('--compare puts the same figures for each period side by side', async () => {
    const s = [
      ...learners('a', 5).map((l) => answered(l, QUESTION, 'wrong_job', 1)), // 2 November
      ...learners('b', 6).map((l) => ({
        ...answered(l, QUESTION, 'early_sign', 1),
        timestamp: '2026-12-01T09:00:00.000Z',
      })),
    ];
    const dir = tempDir({ 's.json': JSON.stringify(s) });
    const day = (d: string) => Date.parse(d);
    const r = await runReport([dir], index, {
      compare: [
        { from: day('2026-11-01'), to: day('2026-11-30'), label: 'November' },
        { from: day('2026-12-01'), to: day('2026-12-31'), label: 'December' },
      ],
    });
    const q = (i: number) =>
      r.compare!.columns[i].figures.questions.find((x) => x.key === QUESTION)!;
    expect([q(0).learners, q(0).correct, q(1).learners, q(1).correct]).toEqual([5, 0, 6, 6]);
    expect(renderReport(r, 'T')).toMatch(
      /<h2 id="compare">Two periods compared<\/h2>.*check\.back_from_leave<td>0%<td>100%/,
    );
  });
});
