import { describe, expect, test } from 'vitest';
import { checkContent } from '#src/course/check-content.ts';
import { indexContent } from '#src/report/content-index.ts';
import { StatementSplitter } from '#src/report/json-stream.ts';
import { runReport } from '#src/report/run.ts';
import { answered, IRI, moduleStatement, moodleTsv, QUESTION, tempDir } from './report-fixtures.ts';

const index = indexContent(checkContent(process.cwd()));
const split = (text: string, chunk = 7) => {
  const objects: Array<[number, string]> = [];
  const problems: Array<[number, string]> = [];
  const s = new StatementSplitter({
    object: (t, line) => objects.push([line, JSON.parse(t).id]),
    problem: (line, reason) => problems.push([line, reason]),
  });
  for (let i = 0; i < text.length; i += chunk) s.push(text.slice(i, i + chunk));
  s.end();
  return { objects, problems };
};

describe('statement splitter', () => {
  test('reads an array, a statements page and one statement per line, across chunk borders', () => {
    const a = { id: 'a', context: { x: [{ y: '}' }] } };
    const b = { id: 'b', s: 'quote \\" and { brace' };
    expect(split(JSON.stringify([a, b], null, 1)).objects.map((o) => o[1])).toEqual(['a', 'b']);
    const page = JSON.stringify({ statements: [a, b], more: '/xapi/statements?more=2' });
    expect(split(page).objects.map((o) => o[1])).toEqual(['a', 'b']);
    const lines = `${JSON.stringify(a)}\n${JSON.stringify(b)}\n`;
    expect(split(lines)).toEqual({
      objects: [
        [1, 'a'],
        [2, 'b'],
      ],
      problems: [],
    });
  });
  test('a truncated file is one problem naming the line of the cut statement', () => {
    const text = `[\n${JSON.stringify({ id: 'a' })},\n{"id": "b", "verb": {`;
    expect(split(text)).toEqual({
      objects: [[2, 'a']],
      problems: [
        [3, 'truncated JSON: the file ends inside this statement (was the export cut short?)'],
      ],
    });
  });
});

describe('report inputs', () => {
  test(
    'xAPI: counts learners per option, drops duplicates, explains other courses and old ' + 'ids',
    async () => {
      const statements = [
        ...['1', '2', '3', '4'].map((l) => answered(l, QUESTION, 'early_sign', 1)),
        ...['5', '6'].map((l) => answered(l, QUESTION, 'wrong_job', 1)),
        answered('1', QUESTION, 'wrong_job', 30), // a later answer: the first one counts
        answered('7', 'check.removed_question', 'x', 2),
      ];
      const other = {
        ...answered('8', QUESTION, 'early_sign', 3),
        object: { id: 'https://other.example/c/m/q' },
      };
      const dir = tempDir({
        'array.json': JSON.stringify(statements.slice(0, 4)),
        'page.json': JSON.stringify({ statements: statements.slice(4), more: '' }),
        'lines.ndjson': [statements[0], other].map((s) => JSON.stringify(s)).join('\n'),
      });
      const { main, files } = await runReport([dir], index);
      expect(files.map((f) => f.format)).toEqual(['xapi', 'xapi', 'xapi']);
      const q = main.questions.find((x) => x.key === QUESTION)!;
      expect(q.learners).toBe(6);
      expect(q.correct).toBe(4);
      expect(q.options.map((o) => [o.id, o.first])).toEqual([
        ['early_sign', 4],
        ['post_holiday_blues', 0],
        ['wrong_job', 2],
        ['longer_break', 0],
      ]);
      expect(q.distractor).toBe('wrong_job');
      expect(main.counts.duplicates).toBe(1);
      expect(main.unknownIds).toEqual([['check.removed_question', 1]]);
      expect(main.problems).toEqual([
        {
          file: expect.stringContaining('lines.ndjson'),
          line: 2,
          reason:
            `from another course: activity https://other.example/c/m/q is not under this ` +
            `course's IRI ${IRI}`,
        },
      ]);
    },
  );

  test('xAPI module statements give completions, pass rate, scores and time', async () => {
    const s = [
      moduleStatement('1', 'passed', 10, { result: { success: true, score: { scaled: 0.9 } } }),
      moduleStatement('2', 'failed', 10, { result: { success: false, score: { scaled: 0.5 } } }),
      moduleStatement('2', 'completed', 11),
      moduleStatement('1', 'terminated', 12, { result: { duration: 'PT25M' } }),
    ];
    const { main } = await runReport([tempDir({ 'm.json': JSON.stringify(s) })], index);
    const m = main.modules.find((x) => x.id === 'foundations')!;
    expect([m.learners, m.completed, m.passed, m.judged]).toEqual([2, 2, 1, 2]);
    expect(m.scores).toEqual([0, 0, 1, 0, 1]);
    expect(m.times).toEqual([0, 0, 0, 1, 0]);
    expect(m.medianMinutes).toBe(25);
  });

  test(
    'Moodle download: unescapes cells, maps 1.2 letters through the authored ' + 'order',
    async () => {
      // inner_case offers c_notice (a) and c_push (b); hart_open: h_acknowledge, h_reference,
      // h_reassure.
      const tsv = moodleTsv([
        {
          name: 'Ann O&#39;Brien',
          attempt: 1,
          answers: [
            ['rp.benefits_desk.inner_case', 'a'],
            ['rp.benefits_desk.hart_open', 'c'],
          ],
        },
        { name: 'Bo &amp; Co', attempt: 1, answers: [['rp.benefits_desk.inner_case', 'b']] },
        { name: 'Cy', attempt: 1, answers: [['rp.benefits_desk.inner_case', 'c_notice']] },
      ]);
      const extra = `${tsv.trimEnd().split('\n')[1]}\tstray cell\tanother\n`;
      const { main, files } = await runReport([tempDir({ 'moodle.txt': tsv + extra })], index);
      expect(files[0].format).toBe('moodle');
      const s = main.scenarios.find((x) => x.id === 'benefits_desk')!;
      const at = (node: string) => s.decisions.find((d) => d.node === node)!;
      expect(at('inner_case').choices.map((c) => [c.id, c.first])).toEqual([
        ['c_notice', 2],
        ['c_push', 1],
      ]);
      expect(at('hart_open').choices.map((c) => c.first)).toEqual([0, 0, 1]);
      expect(main.modules.find((m) => m.id === 'foundations')!.passed).toBe(3);
      expect(main.problems).toEqual([
        {
          file: expect.stringContaining('moodle.txt'),
          line: 5,
          reason: 'row has 17 cells but the header has 15',
        },
      ]);
    },
  );

  test('generic CSV: extra columns are named, bad rows listed, objectives counted', async () => {
    const csv = [
      'learner,time,interaction,response,result,department',
      `k1,2026-11-02T09:00:00Z,${QUESTION},early_sign,correct,sales`,
      'k2,2026-11-02T09:00:00Z,objective.self_awareness_signs,75,,sales',
      'k3,yesterday,check.x,a,correct,sales',
      'k4,2026-11-02T09:00:00Z,check.x,a,correct',
    ].join('\n');
    const { main } = await runReport([tempDir({ 'lms.csv': csv })], index);
    expect(main.problems.map((p) => [p.line, p.reason])).toEqual([
      [1, 'column "department" is not used by the report'],
      [4, 'time "yesterday" is not an ISO 8601 date'],
      [5, 'row has 5 cells but the header has 6'],
    ]);
    expect(main.questions.find((q) => q.key === QUESTION)!.correct).toBe(1);
  });
});
